import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDraft } from "./parse";
import type { LegalUnit } from "./schema";
import { unitsToText } from "./serialize";

const fixture = (name: string) => readFileSync(path.join(__dirname, "fixtures", name), "utf8");
const withoutLines = (units: LegalUnit[]) => units.map(({ line: _l, lineEnd: _e, ...rest }) => rest);

describe("unitsToText", () => {
  it.each(["konsultacje-uchwala.txt", "program-wspolpracy-2027.txt", "program-wspolpracy-2027.pdf-paste.txt"])(
    "round-trips %s: parse → text → parse gives the same units",
    (name) => {
      const first = parseDraft(fixture(name));
      const text = unitsToText(first.units);
      const second = parseDraft(text);
      expect(withoutLines(second.units)).toEqual(withoutLines(first.units));
      expect(second.warnings.filter((w) => w.severity === "warning")).toEqual([]);
    },
  );

  it("writes the drafting conventions back: § with its first ust. on one line, chapters with titles", () => {
    const text = unitsToText(parseDraft(fixture("program-wspolpracy-2027.txt")).units);
    expect(text).toContain("\n§ 1. 1. Program określa cele");
    expect(text).toContain("\nRozdział 1\nPostanowienia ogólne\n");
    expect(text).toContain("\nZałącznik do uchwały nr ........./26");
    expect(text).toContain("\na) w zakresie zarządzania i pozyskiwania źródeł finansowania,\n");
    expect(text).toContain("\nUZASADNIENIE\nObowiązek uchwalenia");
  });

  it("round-trips tirets, double tirets, Roman chapters and a closing common part", () => {
    const source = [
      "Rozdział IV",
      "Przepisy szczególne",
      "§ 1. Dotację przekazuje się:",
      "1) na zadania:",
      "a) pomocy społecznej, obejmujące:",
      "– pomoc rodzinom,",
      "– pomoc osobom starszym, w tym:",
      "– – opiekę domową,",
      "b) kultury,",
      "",
      "w terminie 14 dni od dnia zawarcia umowy;",
      "2) w transzach.",
    ].join("\n");
    const first = parseDraft(source);
    const text = unitsToText(first.units);
    expect(text).toContain("Rozdział IV\n");
    expect(withoutLines(parseDraft(text).units)).toEqual(withoutLines(first.units));
    expect(first.units.find((u) => u.citation === "§ 1 pkt 1")?.tail).toBe("w terminie 14 dni od dnia zawarcia umowy;");
  });

  it("lets a clerk fix a numbering error in the text and parse it again without the warning", () => {
    const broken = parseDraft("§ 1. Pierwszy.\n§ 3. Drugi.");
    expect(broken.warnings.map((w) => w.code)).toEqual(["numbering_gap"]);
    const edited = unitsToText(broken.units).replace("§ 3.", "§ 2.");
    expect(parseDraft(edited).warnings).toEqual([]);
  });
});
