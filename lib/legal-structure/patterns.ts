// Recognising the marker that opens a line. Every pattern is anchored and uses only
// bounded or single-class repetitions, so matching stays linear in the line length.

export type MarkerKind =
  | "paragraph"
  | "section"
  | "point"
  | "letter"
  | "tiret"
  | "double_tiret"
  | "chapter"
  | "attachment"
  | "justification"
  | "preamble";

export interface LineMarker {
  kind: MarkerKind;
  /** Normalised number ("4" for Roman IV, "b" for a letter); null when the kind has none. */
  number: string | null;
  /** The marker as written, whitespace-normalised. */
  marker: string;
  /** Text after the marker on the same line. */
  rest: string;
}

const PARAGRAPH = /^§\s*(\d{1,4}[a-z]{0,2})(\s*\.)?\s*(.*)$/;
const SECTION = /^(\d{1,3}[a-z]?)\.(?:\s+(.*))?$/;
const POINT = /^(\d{1,3}[a-z]?)\)\s*(.*)$/;
const LETTER = /^(z{0,2}[a-z])\)\s*(.*)$/;
const DASH = "[\\-\u2010-\u2015\u2212]";
const DOUBLE_TIRET = new RegExp(`^${DASH}\\s*${DASH}\\s+(.*)$`);
const TIRET = new RegExp(`^${DASH}\\s+(.*)$`);
const CHAPTER =
  /^(Rozdział|ROZDZIAŁ|Rozdzial|ROZDZIAL)\s+(\d{1,3}|[IVXLCDM]{1,8})(?![\p{L}\d])\.?\s*(?:[-\u2013\u2014:.]\s*)?(.*)$/u;
const ATTACHMENT = /^(Załącznik|ZAŁĄCZNIK)(?:\s+(?:nr|Nr|NR)\.?\s*(\d{1,3}))?(?:\s+(.*))?$/;
const ATTACHMENT_TARGET = /^do\s+(uchwał|zarządzen|Uchwał|Zarządzen|UCHWAŁ|ZARZĄDZEN)/;
const JUSTIFICATION = /^(UZASADNIENIE|Uzasadnienie)\s*:?$/;
const PREAMBLE = /^(Na podstawie|Działając na podstawie)\s/;

export function detectMarker(line: string): LineMarker | null {
  const first = line.charAt(0);
  if (first === "§") {
    const m = PARAGRAPH.exec(line);
    if (!m) return null;
    const number = m[1] ?? "";
    const rest = m[3] ?? "";
    // Without the dot, "§ 3 ust. 1, …" at a line start is a wrapped reference, not a heading.
    if (m[2] === undefined && rest !== "" && !/^\p{Lu}/u.test(rest)) return null;
    return { kind: "paragraph", number, marker: `§ ${number}.`, rest };
  }
  if (first >= "0" && first <= "9") {
    const s = SECTION.exec(line);
    if (s) return { kind: "section", number: s[1] ?? "", marker: `${s[1]}.`, rest: s[2] ?? "" };
    const p = POINT.exec(line);
    if (p) return { kind: "point", number: p[1] ?? "", marker: `${p[1]})`, rest: p[2] ?? "" };
    return null;
  }
  if (first >= "a" && first <= "z") {
    const l = LETTER.exec(line);
    if (l) return { kind: "letter", number: l[1] ?? "", marker: `${l[1]})`, rest: l[2] ?? "" };
    return null;
  }
  const dbl = DOUBLE_TIRET.exec(line);
  if (dbl) return { kind: "double_tiret", number: null, marker: "– –", rest: dbl[1] ?? "" };
  const tir = TIRET.exec(line);
  if (tir) return { kind: "tiret", number: null, marker: "–", rest: tir[1] ?? "" };
  if (first === "R") {
    const c = CHAPTER.exec(line);
    if (c) {
      const numeral = c[2] ?? "";
      const value = /^\d/.test(numeral) ? Number(numeral) : romanToNumber(numeral);
      if (value === null || value < 1) return null;
      return { kind: "chapter", number: String(value), marker: `${c[1]} ${numeral}`, rest: c[3] ?? "" };
    }
    return null;
  }
  if (first === "Z") {
    const a = ATTACHMENT.exec(line);
    if (!a) return null;
    const number = a[2] ?? null;
    const rest = a[3] ?? "";
    // "Załącznik do niniejszej uchwały stanowi…" is a sentence, not a heading.
    if (rest !== "" && number === null && !ATTACHMENT_TARGET.test(rest)) return null;
    const marker = number === null ? (a[1] ?? "Załącznik") : `${a[1]} Nr ${number}`;
    return { kind: "attachment", number, marker, rest };
  }
  if (JUSTIFICATION.test(line)) {
    return { kind: "justification", number: null, marker: "UZASADNIENIE", rest: "" };
  }
  if (PREAMBLE.test(line)) return { kind: "preamble", number: null, marker: "", rest: line };
  return null;
}

export function isUpperCaseLine(line: string): boolean {
  return /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** Returns null for strings that are not canonical Roman numerals (e.g. "IIII", "VX"). */
export function romanToNumber(roman: string): number | null {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN[roman.charAt(i)];
    const next = ROMAN[roman.charAt(i + 1)] ?? 0;
    if (value === undefined) return null;
    total += value < next ? -value : value;
  }
  return total > 0 && numberToRoman(total) === roman ? total : null;
}

export function numberToRoman(value: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = value;
  let out = "";
  for (const [n, s] of table) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}

/** `a` → 1 … `z` → 26, `za` → 27 … `zz` → 52, `zza` → 53 (the Polish convention after `z)`). */
export function letterToIndex(letter: string): number {
  const last = letter.charCodeAt(letter.length - 1) - 96;
  return (letter.length - 1) * 26 + last;
}

export function indexToLetter(index: number): string {
  const prefix = Math.floor((index - 1) / 26);
  return "z".repeat(prefix) + String.fromCharCode(97 + ((index - 1) % 26));
}

/** Numeric part used to order numbers such as "3" and "3a" (inserted units). */
export function splitNumber(number: string): { base: number; suffix: string } {
  const m = /^(\d+)([a-z]*)$/.exec(number);
  if (!m) return { base: Number.NaN, suffix: "" };
  return { base: Number(m[1]), suffix: m[2] ?? "" };
}
