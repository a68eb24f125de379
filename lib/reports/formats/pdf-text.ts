import type { ContentBytes } from "./pdf-content";

/*
 * Fast text for large PDF tables. pdfkit's `text()` lays out every call again (about 15 µs a
 * line) and a 100,000-comment table has millions of lines. Here each character is shaped once by
 * pdfkit's own embedded font — which also records the glyph for the font subset and for the
 * ToUnicode map, so the text stays extractable — and kept as a glyph id and an advance in typed
 * arrays; lines are wrapped on those widths and written as content-stream bytes directly.
 * Characters are placed one by one: no kerning and no ligatures, which a dense table does not miss
 * (and text search gains from).
 *
 * It relies on members of pdfkit 0.20 that its public types do not declare (`_font` on the
 * document; `encode`, `ref`, `id` and `ascender` on an embedded font). The tests extract the
 * text with pdf.js, so an upgrade that changes them fails there, not in a city's report.
 */

type GlyphPosition = { xAdvance: number };

/** What the fast path uses of pdfkit's EmbeddedFont (advances in 1/1000 em). */
type EmbeddedFont = {
  id: string;
  ascender: number;
  encode(text: string): [string[], GlyphPosition[]];
  ref(): unknown;
};

/** Wrapped text: line i is `text` from `bounds[2i]` to `bounds[2i + 1]` (spaces at its ends left out). */
export type Lines = { text: string; bounds: number[] };

export function lineCount(lines: Lines): number {
  return lines.bounds.length / 2;
}

/** `lines` preceded by `count` empty lines. */
export function afterEmptyLines(lines: Lines, count: number): Lines {
  return { text: lines.text, bounds: [...new Array<number>(2 * count).fill(0), ...lines.bounds] };
}

const UNLOADED = -1;
/** A character that is not exactly one glyph (controls, characters outside the BMP, …). */
const SPECIAL = -2;
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding these characters is the point (they draw nothing).
const CONTROL = /^[\u0000-\u001F\u007F-\u009F]$/;

const isSpace = (code: number) => code === SPACE || code === TAB;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** Whether a character outside the BMP (a surrogate pair) starts at `i`, ending before `end`. */
const pairAt = (text: string, i: number, end: number) =>
  i + 1 < end && isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1));

/** Ends a paragraph's last line (an empty paragraph is one empty line), without trailing spaces. */
function endParagraph(text: string, paragraphStart: number, lineStart: number, end: number, bounds: number[]): void {
  if (lineStart < 0) {
    bounds.push(paragraphStart, paragraphStart);
    return;
  }
  let lineEnd = end;
  while (lineEnd > lineStart && isSpace(text.charCodeAt(lineEnd - 1))) lineEnd--;
  bounds.push(lineStart, lineEnd);
}

/** A number as PDF content wants it: at most two decimals, no exponent. */
export function pdfNumber(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}

export class PdfFont {
  readonly id: string;
  private readonly font: EmbeddedFont;
  /** Glyph id per UTF-16 code unit (BMP), or UNLOADED / SPECIAL. */
  private readonly glyphOf = new Int32Array(65536).fill(UNLOADED);
  /** Advance per UTF-16 code unit, in 1/1000 em (valid once loaded). */
  private readonly advanceOf = new Float64Array(65536);
  private readonly special = new Map<number, { glyphs: number[]; advance: number }>();
  private readonly spaceGlyph: number;

  constructor(doc: PDFKit.PDFDocument, name: string) {
    doc.font(name);
    this.font = (doc as unknown as { _font: EmbeddedFont })._font;
    this.id = this.font.id;
    this.load(SPACE);
    this.spaceGlyph = this.glyphOf[SPACE] ?? 0;
  }

  /** Distance from the top of a line box to its baseline, for a font size. */
  ascent(size: number): number {
    return (this.font.ascender * size) / 1000;
  }

  /** Width of a text in points. */
  widthOf(text: string, size: number): number {
    return (this.measure(text, 0, text.length) * size) / 1000;
  }

  /** Makes the font available on the current page (a page lists the fonts its content uses). */
  useOn(page: PDFKit.PDFPage): void {
    (page.fonts as Record<string, unknown>)[this.id] = this.font.ref();
  }

  /** Wraps text into lines at most `width` points wide; line breaks in the text are kept. */
  wrap(text: string, width: number, size: number): Lines {
    const limit = (width * 1000) / size;
    // A decomposed "ą" (a + combining ogonek) would be drawn as two glyphs side by side: compose
    // it first. Text is normally composed already, so this is checked while wrapping.
    return (
      this.wrapText(text, limit, true) ?? this.wrapText(text.normalize("NFC"), limit, false) ?? { text, bounds: [] }
    );
  }

  /**
   * Greedy wrapping in one pass: a line breaks at the last run of spaces that keeps it within the
   * limit, inside a word that is longer than a whole line, and at every line break of the text.
   * Returns null on a combining mark when `bailOnCombining` (the caller composes and retries).
   */
  private wrapText(text: string, limit: number, bailOnCombining: boolean): Lines | null {
    const bounds: number[] = [];
    const spaceAdvance = this.advanceOf[SPACE] ?? 0;
    let lineStart = -1;
    let lineWidth = 0;
    let breakAt = -1;
    let paragraphStart = 0;
    for (let i = 0; i < text.length; ) {
      const code = text.charCodeAt(i);
      if (isSpace(code)) {
        if (lineStart >= 0) {
          if (!isSpace(text.charCodeAt(i - 1))) breakAt = i;
          lineWidth += spaceAdvance;
        }
        i++;
        continue;
      }
      if (code === LF || code === CR) {
        endParagraph(text, paragraphStart, lineStart, i, bounds);
        i += code === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        paragraphStart = i;
        lineStart = -1;
        breakAt = -1;
        continue;
      }
      if (bailOnCombining && code >= 0x0300 && code <= 0x036f) return null;
      const units = pairAt(text, i, text.length) ? 2 : 1;
      const advance = this.advanceAt(text, i, units);
      if (lineStart < 0) {
        lineStart = i;
        lineWidth = 0;
      } else if (lineWidth + advance > limit) {
        if (breakAt > lineStart) {
          bounds.push(lineStart, breakAt);
          lineStart = breakAt;
          while (isSpace(text.charCodeAt(lineStart))) lineStart++;
          lineWidth = this.measure(text, lineStart, i);
          breakAt = -1;
        }
        if (lineWidth + advance > limit && lineStart < i) {
          bounds.push(lineStart, i);
          lineStart = i;
          lineWidth = 0;
        }
      }
      lineWidth += advance;
      i += units;
    }
    endParagraph(text, paragraphStart, lineStart, text.length, bounds);
    return { text, bounds };
  }

  /** Writes the glyphs of `text` from `start` to `end` as the inside of a PDF literal string. */
  writeGlyphs(out: ContentBytes, text: string, start: number, end: number): void {
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (isSpace(code)) {
        out.glyph(this.spaceGlyph);
        continue;
      }
      if (pairAt(text, i, end)) {
        for (const glyph of this.specialAt(text.codePointAt(i) ?? code).glyphs) out.glyph(glyph);
        i++;
        continue;
      }
      if (this.glyphOf[code] === UNLOADED) this.load(code);
      const glyph = this.glyphOf[code] ?? SPECIAL;
      if (glyph >= 0) out.glyph(glyph);
      else for (const g of this.specialAt(code).glyphs) out.glyph(g);
    }
  }

  private measure(text: string, start: number, end: number): number {
    let width = 0;
    for (let i = start; i < end; ) {
      const code = text.charCodeAt(i);
      const units = pairAt(text, i, end) ? 2 : 1;
      width += isSpace(code) ? (this.advanceOf[SPACE] ?? 0) : this.advanceAt(text, i, units);
      i += units;
    }
    return width;
  }

  private advanceAt(text: string, i: number, units: number): number {
    if (units === 2) return this.specialAt(text.codePointAt(i) ?? 0).advance;
    const code = text.charCodeAt(i);
    if (this.glyphOf[code] === UNLOADED) this.load(code);
    return this.advanceOf[code] ?? 0;
  }

  private specialAt(codePoint: number): { glyphs: number[]; advance: number } {
    let shaped = this.special.get(codePoint);
    if (!shaped) {
      shaped = this.shape(String.fromCodePoint(codePoint));
      this.special.set(codePoint, shaped);
    }
    return shaped;
  }

  /** Shapes one BMP character with pdfkit (registering its glyph in the subset). */
  private load(code: number): void {
    const shaped = this.shape(String.fromCharCode(code));
    this.advanceOf[code] = shaped.advance;
    const [only] = shaped.glyphs;
    if (shaped.glyphs.length === 1 && only !== undefined) {
      this.glyphOf[code] = only;
    } else {
      this.glyphOf[code] = SPECIAL;
      this.special.set(code, shaped);
    }
  }

  private shape(char: string): { glyphs: number[]; advance: number } {
    // Control characters (and lone surrogates) would show as empty boxes: they draw nothing.
    if (CONTROL.test(char) || /^[\uD800-\uDFFF]$/.test(char)) return { glyphs: [], advance: 0 };
    const [glyphs, positions] = this.font.encode(char);
    return {
      glyphs: glyphs.map((hex) => Number.parseInt(hex, 16)),
      advance: positions.reduce((sum, position) => sum + position.xAdvance, 0),
    };
  }
}
