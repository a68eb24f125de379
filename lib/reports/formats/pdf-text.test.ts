import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { DIACRITICS, longText } from "./fixture";
import { fontFile } from "./pdf";
import { type Lines, lineCount, PdfFont } from "./pdf-text";

function font(): PdfFont {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont("DejaVuSans", fontFile("DejaVuSans"));
  return new PdfFont(doc, "DejaVuSans");
}

const texts = (lines: Lines) =>
  Array.from({ length: lineCount(lines) }, (_, i) => lines.text.slice(lines.bounds[2 * i], lines.bounds[2 * i + 1]));

describe("PdfFont.wrap", () => {
  const regular = font();

  it("keeps the text's line breaks, empty lines included", () => {
    expect(texts(regular.wrap("pierwsza\n\ntrzecia\r\nczwarta\rpiąta", 500, 10))).toEqual([
      "pierwsza",
      "",
      "trzecia",
      "czwarta",
      "piąta",
    ]);
    expect(texts(regular.wrap("", 500, 10))).toEqual([""]);
  });

  it("breaks between words, keeps every line within the width and loses no word", () => {
    const text = longText(12, "Tekst");
    const lines = texts(regular.wrap(text, 120, 8));
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      expect(regular.widthOf(line, 8)).toBeLessThanOrEqual(120);
      expect(line).toBe(line.trim());
    }
    expect(lines.join(" ")).toBe(text);
  });

  it("cuts a word longer than a whole line", () => {
    const url = `https://bip.bialystok.example/${"bardzo-dlugi-adres-".repeat(6)}`;
    const lines = texts(regular.wrap(`Adres: ${url} koniec`, 100, 8));
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(regular.widthOf(line, 8)).toBeLessThanOrEqual(100);
    expect(lines.join("")).toBe(`Adres:${url}koniec`);
  });

  it("measures a character outside the BMP as one and skips a lone surrogate without losing its neighbour", () => {
    expect(texts(regular.wrap("a\u{1F600}b \uD800c", 500, 10))).toEqual(["a\u{1F600}b \uD800c"]);
    expect(regular.widthOf("\uD800c", 10)).toBe(regular.widthOf("c", 10));
  });

  it("composes letters written as a base and a combining mark", () => {
    const lines = regular.wrap(DIACRITICS.normalize("NFD"), 500, 10);
    expect(texts(lines)).toEqual([DIACRITICS]);
  });
});
