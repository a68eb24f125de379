import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDraft } from "./parse";

const clean = readFileSync(path.join(__dirname, "fixtures", "konsultacje-uchwala.txt"), "utf8");

/** Applies one edit to the clean sample and remembers the 1-based line of the edited text. */
function breakSample() {
  let lines = clean.split("\n");
  const replaceLine = (from: string, to: string | null) => {
    const index = lines.findIndex((l) => l.startsWith(from));
    if (index < 0) throw new Error(`fixture line not found: ${from}`);
    if (to === null) lines = [...lines.slice(0, index), ...lines.slice(index + 1)];
    else lines[index] = to + (lines[index] ?? "").slice(from.length);
  };
  const lineOf = (start: string) => lines.findIndex((l) => l.startsWith(start)) + 1;
  // Gap: pkt 2 of § 2 ust. 1 removed, so 3) follows 1).
  replaceLine("2) pisemnego zgłaszania uwag i opinii na formularzu", null);
  // Repeat: the third ust. of § 4 is numbered 2 again.
  replaceLine("3. Uwagi zgłoszone po terminie", "2. Uwagi zgłoszone po terminie");
  // A letter directly under ust. 2 of § 6, which has no points.
  const ust2 = lineOf("2. Sprawozdanie, o którym mowa");
  lines.splice(ust2, 0, "a) litera bez punktu,");
  // A mistyped marker where the next § is expected.
  replaceLine("§ 7. Wykonanie uchwały", "$ 7. Wykonanie uchwały");
  // Gap in § numbering: § 8 becomes § 9.
  replaceLine("§ 8. Uchwała wchodzi", "§ 9. Uchwała wchodzi");
  return {
    text: lines.join("\n"),
    lines: {
      pointGap: lineOf("3) otwartego spotkania"),
      repeat: lineOf("2. Uwagi zgłoszone po terminie"),
      letter: lineOf("a) litera bez punktu"),
      unrecognised: lineOf("$ 7."),
      paragraphGap: lineOf("§ 9."),
    },
  };
}

describe("warnings on a deliberately broken copy of konsultacje-uchwala.txt", () => {
  const broken = breakSample();
  const { units, warnings } = parseDraft(broken.text);

  it("reports each problem with its code, line and citation, in line order", () => {
    expect(warnings.map((w) => ({ code: w.code, line: w.line, citation: w.citation }))).toEqual([
      { code: "numbering_gap", line: broken.lines.pointGap, citation: "§ 2 ust. 1 pkt 3" },
      { code: "numbering_repeat", line: broken.lines.repeat, citation: "§ 4 ust. 2" },
      { code: "letter_without_point", line: broken.lines.letter, citation: undefined },
      { code: "unrecognised_line", line: broken.lines.unrecognised, citation: "§ 6 ust. 3" },
      { code: "numbering_gap", line: broken.lines.paragraphGap, citation: "§ 9" },
    ]);
    expect(warnings.every((w) => w.severity === "warning")).toBe(true);
  });

  it("writes messages a clerk can act on, in Polish", () => {
    const messages = warnings.map((w) => w.message);
    expect(messages[0]).toBe("Luka w numeracji w § 2 ust. 1: po pkt 1 występuje pkt 3 – brakuje pkt 2.");
    expect(messages[1]).toBe("Powtórzony numer w § 4: ust. 2 występuje drugi raz.");
    expect(messages[2]).toContain("Litera „a)” nie należy do żadnego punktu");
    expect(messages[3]).toContain("Nie rozpoznano wiersza jako jednostki redakcyjnej: „$ 7. Wykonanie uchwały");
    expect(messages[4]).toBe("Luka w numeracji: po § 6 występuje § 9 – brakuje od § 7 do § 8.");
  });

  it("still builds units, keeping a repeated number apart with a distinct key", () => {
    const repeated = units.filter((u) => u.citation === "§ 4 ust. 2");
    expect(repeated.map((u) => u.key)).toEqual(["par4.ust2", "par4.ust2_2"]);
    expect(repeated.map((u) => u.anchor)).toEqual(["par-4-ust-2", "par-4-ust-2-dup-2"]);
    expect(units.find((u) => u.kind === "letter" && u.text === "litera bez punktu,")?.parentKey).toBe("par6.ust2");
    expect(units.find((u) => u.citation === "§ 6 ust. 3")?.text).toContain("$ 7. Wykonanie uchwały");
  });
});

describe("structural warnings", () => {
  it("warns about an ust. outside any § once, and hangs its points under it", () => {
    const { units, warnings } = parseDraft("Załącznik Nr 1 do uchwały Nr X\n1. Ustęp bez paragrafu:\n1) punkt ustępu.");
    expect(warnings.map((w) => [w.code, w.line])).toEqual([["section_outside_paragraph", 2]]);
    expect(units.map((u) => u.citation)).toEqual([
      "załącznik nr 1",
      "ust. 1 załącznika nr 1",
      "ust. 1 pkt 1 załącznika nr 1",
    ]);
  });

  it("warns about a pkt outside any §", () => {
    const { warnings } = parseDraft("Załącznik Nr 1 do uchwały Nr X\nWykaz zadań:\n1) punkt bez paragrafu;\n2) drugi.");
    expect(warnings.map((w) => [w.code, w.line])).toEqual([["point_outside_paragraph", 3]]);
  });

  it("warns when numbering starts from the wrong number or goes backwards", () => {
    const { warnings } = parseDraft("§ 2. Pierwszy.\n§ 3. Drugi.\n§ 1. Trzeci.");
    expect(warnings.map((w) => [w.code, w.line])).toEqual([
      ["numbering_gap", 1],
      ["numbering_out_of_order", 3],
    ]);
    expect(warnings[0]?.message).toBe("Numeracja zaczyna się od § 2 zamiast od § 1.");
  });

  it("accepts inserted units such as § 3a between § 3 and § 4", () => {
    const { units, warnings } = parseDraft("§ 1. A.\n§ 2. B.\n§ 3. C.\n§ 3a. D.\n§ 4. E.");
    expect(units.map((u) => u.key)).toEqual(["par1", "par2", "par3", "par3a", "par4"]);
    expect(warnings).toEqual([]);
  });

  it("reports an empty document instead of returning nothing silently", () => {
    expect(parseDraft("  \n\n").warnings.map((w) => w.code)).toEqual(["empty_document"]);
  });
});
