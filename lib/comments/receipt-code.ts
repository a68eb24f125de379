// No server imports here: the consultation form (a client component) suggests the code as the clerk types.

/** A consultation's receipt code from its title's initials ("Program współpracy" → "PW"). */
export function defaultReceiptCode(title: string): string {
  const letters = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ł/gi, "l")
    .split(/\s+/)
    .filter((w) => w.length > 2 && /^[a-z]/i.test(w))
    .map((w) => w[0]?.toUpperCase() ?? "")
    .join("");
  return (letters || "K").slice(0, 4);
}
