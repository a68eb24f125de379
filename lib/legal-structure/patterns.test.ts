import { describe, expect, it } from "vitest";
import { ordinalWord, unitLabel } from "./citation";
import { checkNumbering } from "./numbering-check";
import { detectMarker, indexToLetter, letterToIndex, romanToNumber } from "./patterns";

describe("detectMarker", () => {
  it.each([
    ["§ 12. Tekst", "paragraph", "12", "Tekst"],
    ["§ 3a. Tekst", "paragraph", "3a", "Tekst"],
    ["§ 2. 1. Tekst", "paragraph", "2", "1. Tekst"],
    ["3. Tekst", "section", "3", "Tekst"],
    ["3) tekst", "point", "3", "tekst"],
    ["b) tekst", "letter", "b", "tekst"],
    ["za) tekst", "letter", "za", "tekst"],
    ["– tekst", "tiret", null, "tekst"],
    ["– – tekst", "double_tiret", null, "tekst"],
    ["Rozdział IV", "chapter", "4", ""],
    ["Rozdział 2. Cele", "chapter", "2", "Cele"],
    ["Załącznik Nr 2 do uchwały Nr X", "attachment", "2", "do uchwały Nr X"],
    ["Załącznik do uchwały Nr X", "attachment", null, "do uchwały Nr X"],
    ["UZASADNIENIE", "justification", null, ""],
  ])("reads %j as %s %s", (line, kind, number, rest) => {
    expect(detectMarker(line)).toMatchObject({ kind, number, rest });
  });

  it.each([
    "§ 3 ust. 1, o którym mowa",
    "2027 r. był rokiem",
    "1.5 mln zł",
    "Załącznik do niniejszej uchwały stanowi wzór",
    "Rozdziały programu",
    "Rozdział IIII",
    "ą) nie jest literą",
    "w sprawie programu",
  ])("does not take %j for a unit marker", (line) => {
    expect(detectMarker(line)).toBeNull();
  });
});

describe("numbers, letters and ordinals", () => {
  it("converts Roman numerals and rejects malformed ones", () => {
    expect(["I", "IV", "IX", "XIV", "XL"].map(romanToNumber)).toEqual([1, 4, 9, 14, 40]);
    expect(["IIII", "VX", "IC"].map(romanToNumber)).toEqual([null, null, null]);
  });

  it("continues letters after z with za, zb", () => {
    expect([1, 26, 27, 28, 52].map(indexToLetter)).toEqual(["a", "z", "za", "zb", "zz"]);
    expect(["a", "z", "za", "zz"].map(letterToIndex)).toEqual([1, 26, 27, 52]);
  });

  it("cites tirets with neuter ordinal words", () => {
    expect([1, 2, 5, 10, 13, 20, 21, 34].map(ordinalWord)).toEqual([
      "pierwsze",
      "drugie",
      "piąte",
      "dziesiąte",
      "trzynaste",
      "dwudzieste",
      "dwudzieste pierwsze",
      "trzydzieste czwarte",
    ]);
    expect(unitLabel("double_tiret", "3")).toBe("podwójne tiret trzecie");
  });

  it("classifies numbering problems", () => {
    expect(checkNumbering("point", "1", "2", "")).toBeNull();
    expect(checkNumbering("point", "1", "3", "")?.code).toBe("numbering_gap");
    expect(checkNumbering("point", "2", "2", "")?.code).toBe("numbering_repeat");
    expect(checkNumbering("point", "3", "1", "")?.code).toBe("numbering_out_of_order");
    expect(checkNumbering("letter", "p", "r", "")).toBeNull();
    expect(checkNumbering("letter", "a", "c", "")?.message).toBe(
      "Luka w numeracji: po lit. a występuje lit. c – brakuje lit. b.",
    );
  });
});
