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

describe("performance", () => {
  it("parses a generated act of over 1,000 units in well under a second", () => {
    const text = generateAct(130);
    parseDraft(text); // warm-up, so JIT compilation does not count
    const start = performance.now();
    const { units, warnings } = parseDraft(text);
    const elapsed = performance.now() - start;
    expect(units.length).toBeGreaterThan(1000);
    expect(warnings).toEqual([]);
    expect(elapsed).toBeLessThan(250);
  });

  it("grows linearly: ten times the text takes far less than a hundred times the time", () => {
    const small = generateAct(100);
    const large = generateAct(1000);
    parseDraft(small);
    const t0 = performance.now();
    parseDraft(small);
    const t1 = performance.now();
    parseDraft(large);
    const t2 = performance.now();
    expect(t2 - t1).toBeLessThan(Math.max(30 * (t1 - t0), 200));
  });

  it("does not backtrack catastrophically on long lines of markers and dashes", () => {
    const nasty = [
      "§".repeat(20000),
      `${"1".repeat(5000)}.`,
      `${"– ".repeat(20000)}x`,
      `Rozdział ${"I".repeat(5000)}`,
      `a${")".repeat(20000)}`,
    ].join("\n");
    const start = performance.now();
    normalizeDraftText(nasty);
    parseDraft(nasty);
    expect(performance.now() - start).toBeLessThan(500);
  });
});
