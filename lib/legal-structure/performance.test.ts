import { describe, expect, it } from "vitest";
import { normalizeDraftText } from "./normalize";
import { parseDraft } from "./parse";

/** Builds an act with `paragraphs` §, each with 2 ust., 3 pkt and 2 lit. (8 units per §, plus chapters). */
function generateAct(paragraphs: number): string {
  const lines = [
    "PROJEKT",
    "UCHWAŁA NR 1/26",
    "RADY MIASTA BIAŁYSTOK",
    "w sprawie testu wydajności",
    "Na podstawie art. 1 uchwala się, co następuje:",
  ];
  for (let p = 1; p <= paragraphs; p++) {
    if (p % 20 === 1) lines.push(`Rozdział ${Math.ceil(p / 20)}`, "Przepisy wspólne");
    lines.push(`§ ${p}. 1. Ustęp pierwszy paragrafu ${p} zawiera w szczególności:`);
    lines.push("1) punkt pierwszy;", "2) punkt drugi, w tym:", "a) litera a,", "b) litera b;", "3) punkt trzeci.");
    lines.push(`2. Ustęp drugi paragrafu ${p} kończy się kropką.`);
  }
  lines.push("UZASADNIENIE", "Uzasadnienie projektu.");
  return lines.join("\n");
}

// Timing figures are printed by `npm run bench:import`; these tests check the results at size.
describe("large and hostile input", () => {
  it("parses a generated act of over 1,000 units completely and without warnings", () => {
    const { units, warnings } = parseDraft(generateAct(130));
    expect(units.length).toBeGreaterThan(1000);
    expect(warnings).toEqual([]);
    expect(units.filter((u) => u.kind === "paragraph")).toHaveLength(130);
    expect(new Set(units.map((u) => u.key)).size).toBe(units.length);
  });

  it("keeps every unit of a ten times larger act, in order", () => {
    const { units } = parseDraft(generateAct(1000));
    expect(units.filter((u) => u.kind === "paragraph")).toHaveLength(1000);
    expect(units.every((u, i) => u.order === i)).toBe(true);
  });

  it("does not backtrack catastrophically on long lines of markers and dashes", () => {
    const nasty = [
      "§".repeat(20000),
      `${"1".repeat(5000)}.`,
      `${"– ".repeat(20000)}x`,
      `Rozdział ${"I".repeat(5000)}`,
      `a${")".repeat(20000)}`,
    ].join("\n");
    expect(normalizeDraftText(nasty).text.length).toBeGreaterThan(0);
    const { units, warnings } = parseDraft(nasty);
    expect(units.length + warnings.length).toBeGreaterThan(0);
  });
});
