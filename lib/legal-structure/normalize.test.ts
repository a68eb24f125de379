import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixMarkerSpacing, isPageNumberLine, normalizeDraftText, polishPlural } from "./normalize";
import { parseDraft } from "./parse";
import type { LegalUnit } from "./schema";

const fixture = (name: string) => readFileSync(path.join(__dirname, "fixtures", name), "utf8");
const withoutLines = (units: LegalUnit[]) => units.map(({ line: _l, lineEnd: _e, ...rest }) => rest);

describe("normalizeDraftText", () => {
  it("joins a line wrapped mid-sentence to the unit it continues and maps it to its first input line", () => {
    const result = normalizeDraftText("§ 1. Uchwała określa szczegółowy sposób\nkonsultowania projektów.\n§ 2. Drugi.");
    expect(result.text).toBe("§ 1. Uchwała określa szczegółowy sposób konsultowania projektów.\n§ 2. Drugi.");
    expect(result.lineMap).toEqual([1, 3]);
    expect(result.lineEndMap).toEqual([2, 3]);
  });

  it("joins a word hyphenated at the line end without the hyphen", () => {
    expect(normalizeDraftText("1) wspieranie organiza-\ncji pozarządowych;").text).toBe(
      "1) wspieranie organizacji pozarządowych;",
    );
  });

  it("drops page numbers in their usual forms and notes how many", () => {
    const result = normalizeDraftText("§ 1. Tekst\n3\n- 4 -\nStrona 5 z 10\n5/10\nciąg dalszy.");
    expect(result.text).toBe("§ 1. Tekst ciąg dalszy.");
    expect(result.notes).toEqual([
      expect.objectContaining({
        code: "page_numbers_removed",
        severity: "info",
        line: 2,
        message: "Pominięto 4 wiersze z numerami stron.",
      }),
    ]);
    expect(["1", "- 12 -", "Strona 3 z 10", "str. 4"].every(isPageNumberLine)).toBe(true);
    expect(["1.", "1)", "§ 3", "2027 r."].some(isPageNumberLine)).toBe(false);
  });

  it("drops a header repeated on at least three pages with an info note, keeping units that repeat", () => {
    const header = "Projekt uchwały Rady Miasta Białystok";
    const raw = [header, "§ 1. A;", header, "§ 2. B.", header, "1) uchylony;", "1) uchylony;", "1) uchylony;"].join(
      "\n",
    );
    const result = normalizeDraftText(raw);
    expect(result.text.split("\n")).toEqual(["§ 1. A;", "§ 2. B.", "1) uchylony;", "1) uchylony;", "1) uchylony;"]);
    expect(result.notes).toEqual([
      expect.objectContaining({ code: "header_footer_removed", severity: "info", line: 1 }),
    ]);
    expect(result.notes[0]?.message).toContain(header);
  });

  it("keeps chapter titles that repeat, e.g. the same title in several attachments", () => {
    const raw = [
      "Rozdział 1",
      "Przepisy końcowe",
      "§ 1. A.",
      "Rozdział 2",
      "Przepisy końcowe",
      "§ 2. B.",
      "Rozdział 3",
      "Przepisy końcowe",
      "§ 3. C.",
    ].join("\n");
    expect(normalizeDraftText(raw).text.split("\n")).toHaveLength(9);
  });

  it("restores the missing space after markers typed without it", () => {
    expect(fixMarkerSpacing("1.Uchwala się")).toBe("1. Uchwala się");
    expect(fixMarkerSpacing("§1.Tekst")).toBe("§ 1. Tekst");
    expect(fixMarkerSpacing("§ 2. 1.Konsultacje")).toBe("§ 2. 1. Konsultacje");
    expect(fixMarkerSpacing("1)tekst")).toBe("1) tekst");
    expect(fixMarkerSpacing("b)tekst")).toBe("b) tekst");
    expect(fixMarkerSpacing("1.5 mln zł")).toBe("1.5 mln zł");
  });

  it("normalises non-breaking spaces and the dashes that mark tirets", () => {
    const result = normalizeDraftText("§\u00a01.\u00a0Tekst:\n—\u00a0pierwsze,\n-drugie,\n•\ttrzecie,\n-- podwójne.");
    expect(result.text.split("\n")).toEqual(["§ 1. Tekst:", "– pierwsze,", "– drugie,", "– trzecie,", "– – podwójne."]);
  });

  it("keeps title lines apart but joins a wrapped 'w sprawie' line", () => {
    const result = normalizeDraftText(
      "UCHWAŁA NR 1/26\nRADY MIASTA BIAŁYSTOK\nz dnia 1 marca 2026 r.\nw sprawie programu\nz dnia 24 kwietnia 2003 r.\nNa podstawie art. 1 uchwala się, co następuje:",
    );
    expect(result.text.split("\n")).toEqual([
      "UCHWAŁA NR 1/26",
      "RADY MIASTA BIAŁYSTOK",
      "z dnia 1 marca 2026 r.",
      "w sprawie programu z dnia 24 kwietnia 2003 r.",
      "Na podstawie art. 1 uchwala się, co następuje:",
    ]);
  });

  it("does not take a wrapped ' – ' or '§ 3 ust. 1' reference for a new unit", () => {
    const result = normalizeDraftText(
      "1) ustawie\n– należy przez to rozumieć ustawę, o której mowa w\n§ 3 ust. 1, oraz inne;",
    );
    expect(result.text).toBe("1) ustawie – należy przez to rozumieć ustawę, o której mowa w § 3 ust. 1, oraz inne;");
  });

  it("leaves a chapter title and the justification heading on lines of their own", () => {
    const result = normalizeDraftText(
      "Rozdział 1\nPostanowienia ogólne\n§ 1. Tekst.\nUZASADNIENIE\nProjekt porządkuje sprawy.",
    );
    expect(result.text.split("\n")).toHaveLength(5);
  });

  it("is idempotent", () => {
    const once = normalizeDraftText(fixture("program-wspolpracy-2027.pdf-paste.txt")).text;
    expect(normalizeDraftText(once).text).toBe(once);
  });

  it("uses Polish plural forms in its notes", () => {
    expect([1, 2, 5, 12, 22, 25].map((n) => polishPlural(n, "wiersz", "wiersze", "wierszy"))).toEqual([
      "wiersz",
      "wiersze",
      "wierszy",
      "wierszy",
      "wiersze",
      "wierszy",
    ]);
  });
});

describe("a PDF-pasted copy of program-wspolpracy-2027", () => {
  const pasted = fixture("program-wspolpracy-2027.pdf-paste.txt");
  const cleanResult = parseDraft(fixture("program-wspolpracy-2027.txt"));
  const pastedResult = parseDraft(pasted);

  it("contains the artefacts it is meant to test", () => {
    expect(pasted).toContain("organiza-\ncjami");
    expect(pasted).toContain("2.Ilekroć");
    expect(pasted).toContain("1)powierzania");
    expect(pasted).toContain("§3.Współpraca");
    expect(pasted).toContain("\u00a0");
    expect(pasted).toMatch(/\n- 2 -\n/);
    expect(pasted).toMatch(/\nStrona 1 z 4\n/);
    expect(pasted.split("Projekt uchwały Rady Miasta Białystok\n").length - 1).toBe(4);
    expect(pasted).toContain("Rozdział 2\nStrona 1 z 4\n\nProjekt uchwały Rady Miasta Białystok\nCel główny");
  });

  it("parses to the same units as the clean sample", () => {
    expect(withoutLines(pastedResult.units)).toEqual(withoutLines(cleanResult.units));
  });

  it("reports only info notes about the removed page artefacts", () => {
    expect(pastedResult.warnings.map((w) => [w.code, w.severity])).toEqual([
      ["header_footer_removed", "info"],
      ["page_numbers_removed", "info"],
    ]);
  });

  it("reports source line ranges of the pasted text", () => {
    const unit = pastedResult.units.find((u) => u.citation === "§ 1 ust. 2 pkt 1 załącznika nr 1");
    expect([unit?.line, unit?.lineEnd]).toEqual([27, 28]);
  });
});
