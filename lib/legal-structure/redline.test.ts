import { describe, expect, it } from "vitest";
import { type DiffPart, isSameText, normalizeWhitespace, wordDiff } from "./redline";

const rebuild = (parts: DiffPart[], side: "before" | "after") =>
  parts
    .filter((p) => p.type === "equal" || p.type === (side === "before" ? "delete" : "insert"))
    .map((p) => p.text)
    .join("");

const withoutSpace = (text: string) => text.replace(/\s+/g, "");

describe("isSameText", () => {
  it("ignores differences in spaces, line breaks, NBSP and leading or trailing whitespace", () => {
    expect(isSameText("Uwagi  zgłoszone\npo terminie ", " Uwagi zgłoszone\u00a0po terminie")).toBe(true);
  });

  it("treats a decomposed Polish letter (from a PDF paste) as the composed one", () => {
    expect(isSameText("uwzględnia", "uwzgle\u0328dnia")).toBe(true);
  });

  it("notices a changed word, a changed punctuation mark and a changed letter case", () => {
    expect(isSameText("termin 7 dni", "termin 14 dni")).toBe(false);
    expect(isSameText("uzasadnienie;", "uzasadnienie.")).toBe(false);
    expect(isSameText("Rada", "rada")).toBe(false);
  });

  it("normalizes to single spaces without trimming away words", () => {
    expect(normalizeWhitespace("  a\t\tb \n c ")).toBe("a b c");
  });
});

describe("wordDiff", () => {
  it("returns one equal part for identical texts and nothing for two empty ones", () => {
    expect(wordDiff("Uchwała wchodzi w życie.", "Uchwała wchodzi w życie.")).toEqual([
      { type: "equal", text: "Uchwała wchodzi w życie." },
    ]);
    expect(wordDiff("", "")).toEqual([]);
  });

  it("replaces a number as one deletion followed by one insertion, keeping Polish words whole", () => {
    expect(wordDiff("Termin zgłaszania uwag wynosi 7 dni.", "Termin zgłaszania uwag wynosi 14 dni.")).toEqual([
      { type: "equal", text: "Termin zgłaszania uwag wynosi " },
      { type: "delete", text: "7" },
      { type: "insert", text: "14" },
      { type: "equal", text: " dni." },
    ]);
  });

  it("keeps the full stop outside a changed last word", () => {
    const parts = wordDiff("od dnia ogłoszenia.", "od dnia doręczenia.");
    expect(parts).toEqual([
      { type: "equal", text: "od dnia " },
      { type: "delete", text: "ogłoszenia" },
      { type: "insert", text: "doręczenia" },
      { type: "equal", text: "." },
    ]);
  });

  it("shows a changed punctuation mark as its own change", () => {
    expect(wordDiff("3) uzasadnienie;", "3) uzasadnienie.")).toEqual([
      { type: "equal", text: "3) uzasadnienie" },
      { type: "delete", text: ";" },
      { type: "insert", text: "." },
    ]);
  });

  it("merges a replacement of several neighbouring words into one deletion and one insertion", () => {
    const parts = wordDiff("może zostać skrócony do 3 dni", "może zostać wydłużony o 5 dni");
    expect(parts.map((p) => p.type)).toEqual(["equal", "delete", "insert", "equal"]);
    expect(parts[1]?.text.trim()).toBe("skrócony do 3");
    expect(parts[2]?.text.trim()).toBe("wydłużony o 5");
  });

  it("shows pure insertions and pure deletions without an empty counterpart", () => {
    const added = wordDiff("konsultacje w formie pisemnej", "konsultacje w formie pisemnej i ustnej");
    expect(added.map((p) => [p.type, p.text.trim()])).toEqual([
      ["equal", "konsultacje w formie pisemnej"],
      ["insert", "i ustnej"],
    ]);
    const removed = wordDiff("zawiera w szczególności przedmiot", "zawiera przedmiot");
    expect(removed.filter((p) => p.type !== "equal").map((p) => [p.type, p.text.trim()])).toEqual([
      ["delete", "w szczególności"],
    ]);
  });

  it("does not report a change when only whitespace or line wrapping differs", () => {
    const parts = wordDiff("Uwagi zgłoszone\npo terminie", "Uwagi  zgłoszone po terminie");
    expect(parts).toEqual([{ type: "equal", text: "Uwagi  zgłoszone po terminie" }]);
  });

  it("does not show a diacritics encoding difference as a change", () => {
    expect(wordDiff("uwzgle\u0328dnia", "uwzględnia")).toEqual([{ type: "equal", text: "uwzględnia" }]);
  });

  it("never emits two parts of the same type in a row, nor an insertion before a deletion", () => {
    const before = "1) pisemnego zgłaszania uwag i opinii za pośrednictwem elektronicznej platformy konsultacyjnej;";
    const after = "1) zgłaszania uwag, opinii lub propozycji przez platformę konsultacyjną, e-mailem albo pisemnie.";
    const parts = wordDiff(before, after);
    for (let i = 1; i < parts.length; i++) {
      const [prev, cur] = [parts[i - 1]?.type, parts[i]?.type];
      expect(prev).not.toBe(cur);
      expect(prev === "insert" && cur === "delete").toBe(false);
    }
    expect(parts.every((p) => p.text !== "")).toBe(true);
  });

  it("rebuilds the proposed wording exactly and the current wording up to whitespace", () => {
    const cases: [string, string][] = [
      [
        "Konsultacje trwają 14 dni, licząc od dnia ogłoszenia.",
        "Konsultacje trwają 21 dni – licząc od dnia po ogłoszeniu.",
      ],
      ["a)  adres platformy\nkonsultacyjnej,", "a) adres  strony internetowej platformy,"],
      ["", "Nowy ustęp dodany w całości."],
      ["Ustęp usunięty w całości.", ""],
      ["§ 3 ust. 1 pkt 2 „Rada”", "§ 4 ust. 2 pkt 2 „Rada Pożytku”"],
    ];
    for (const [before, after] of cases) {
      const parts = wordDiff(before, after);
      expect(rebuild(parts, "after")).toBe(after);
      expect(withoutSpace(rebuild(parts, "before"))).toBe(withoutSpace(before));
    }
  });

  it("falls back to replacing the whole text when the texts have too little in common", () => {
    const before = Array.from({ length: 60 }, (_, i) => `stare${i}`).join(" ");
    const after = Array.from({ length: 60 }, (_, i) => `nowe${i}`).join(" ");
    expect(wordDiff(before, after, { maxEditLength: 20 })).toEqual([
      { type: "delete", text: before },
      { type: "insert", text: after },
    ]);
  });
});
