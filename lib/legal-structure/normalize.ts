import { detectMarker, isUpperCaseLine } from "./patterns";
import type { ParseWarning } from "./schema";

export interface NormalizeOptions {
  /**
   * Join lines wrapped mid-sentence (text pasted from a PDF) and words hyphenated at a line
   * end. Turn it off for DOCX, where every line is a real paragraph. Default: true.
   */
  joinWrappedLines?: boolean;
  /** Drop page numbers and headers/footers repeated on every page. Default: true. */
  dropPageArtifacts?: boolean;
}

export interface NormalizedText {
  text: string;
  /** For each output line (0-based index), the 1-based input line it starts at. */
  lineMap: number[];
  /** For each output line, the 1-based input line it ends at (later than the start when lines were joined). */
  lineEndMap: number[];
  /** Info-level notes about what was removed, with input line numbers. */
  notes: ParseWarning[];
}

/** A line repeated this many times is taken for a page header or footer. */
const REPEATED_LINE_THRESHOLD = 3;

const SPACE_LIKE = /[\u00A0\u2007\u202F\u2000-\u200A\u3000\t]/g;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const PAGE_NUMBER = [
  /^\d{1,4}$/,
  /^[-\u2013\u2014]\s*\d{1,4}\s*[-\u2013\u2014]$/,
  /^(strona|str\.)\s*\d{1,4}(\s*(z|\/)\s*\d{1,4})?$/i,
  /^\d{1,4}\s*(z|\/)\s*\d{1,4}$/,
];
const LEADING_DASH = /^[-\u2010-\u2015\u2212\u2022\u25E6\u25AA\u00B7]\s*(?:([-\u2010-\u2015\u2212])\s*)?(?=\S)/;

function cleanSpaces(line: string): string {
  return line.replace(INVISIBLE, "").replace(SPACE_LIKE, " ").replace(/ {2,}/g, " ").trim();
}

export function isPageNumberLine(line: string): boolean {
  return PAGE_NUMBER.some((re) => re.test(line));
}

/** Restores the space a PDF export drops after a marker ("§1.Tekst", "1.Tekst", "1)Tekst") and unifies tiret dashes. */
export function fixMarkerSpacing(line: string): string {
  let out = line.replace(/^§\s*(?=\d)/, "§ ");
  out = out.replace(/^(§ \d{1,4}[a-z]{0,2}\.)(?=\S)/, "$1 ");
  const paragraphHead = /^§ \d{1,4}[a-z]{0,2}\. /.exec(out);
  const offset = paragraphHead ? paragraphHead[0].length : 0;
  const head = out.slice(0, offset);
  let rest = out.slice(offset);
  rest = rest.replace(/^(\d{1,3}[a-z]?\.)(?=[\p{L}„"(])/u, "$1 ");
  if (offset === 0) {
    rest = rest.replace(/^(\d{1,3}[a-z]?\)|z{0,2}[a-z]\))(?=\S)/, "$1 ");
    rest = rest.replace(LEADING_DASH, (_m, second: string | undefined) => (second ? "– – " : "– "));
  }
  return head + rest;
}

/** Polish plural forms: 1 wiersz, 2–4 wiersze, 5+ wierszy (but 12–14 wierszy, 22 wiersze). */
export function polishPlural(n: number, one: string, few: string, many: string): string {
  if (n === 1) return one;
  const tens = n % 100;
  const ones = n % 10;
  return ones >= 2 && ones <= 4 && (tens < 12 || tens > 14) ? few : many;
}

function endsSentence(line: string): boolean {
  return /[.:;!?]$/.test(line);
}

function startsLowercase(line: string): boolean {
  return /^\p{Ll}/u.test(line);
}

interface PendingLine {
  text: string;
  sourceLine: number;
  lastSourceLine: number;
  /** A blank line came before it in the input. */
  gapBefore: boolean;
}

/**
 * Cleans text pasted from a PDF (or typed) before parsing. Pure and idempotent:
 * running it on clean text does not change its structure.
 */
export function normalizeDraftText(raw: string, options: NormalizeOptions = {}): NormalizedText {
  const joinWrapped = options.joinWrappedLines ?? true;
  const dropArtifacts = options.dropPageArtifacts ?? true;
  const notes: ParseWarning[] = [];
  const input = raw.split(/\r\n|\r|\n/).map(cleanSpaces);

  const kept: PendingLine[] = [];
  const counts = new Map<string, number>();
  if (dropArtifacts) {
    let previous: ReturnType<typeof detectMarker> = null;
    for (const line of input) {
      if (line === "") continue;
      const marker = detectMarker(line);
      // Units and chapter titles may legitimately repeat ("Przepisy końcowe" in two attachments).
      const isChapterTitle = previous?.kind === "chapter" && previous.rest === "";
      if (marker === null && !isChapterTitle) counts.set(line, (counts.get(line) ?? 0) + 1);
      previous = marker;
    }
  }
  const reportedHeaders = new Set<string>();
  let pageNumbers = 0;
  let firstPageNumberLine = 0;
  // A blank line separates paragraphs, unless it only surrounds a dropped page artifact.
  let sawBlank = false;
  let sawArtifact = false;
  input.forEach((line, index) => {
    if (line === "") {
      sawBlank = true;
      return;
    }
    if (dropArtifacts && isPageNumberLine(line)) {
      pageNumbers++;
      if (firstPageNumberLine === 0) firstPageNumberLine = index + 1;
      sawArtifact = true;
      return;
    }
    const count = counts.get(line) ?? 0;
    if (count >= REPEATED_LINE_THRESHOLD) {
      if (!reportedHeaders.has(line)) {
        reportedHeaders.add(line);
        notes.push({
          code: "header_footer_removed",
          severity: "info",
          line: index + 1,
          message: `Pominięto wiersz powtarzający się ${count} razy – prawdopodobnie nagłówek lub stopkę strony: „${line}”.`,
        });
      }
      sawArtifact = true;
      return;
    }
    kept.push({
      text: fixMarkerSpacing(line),
      sourceLine: index + 1,
      lastSourceLine: index + 1,
      gapBefore: sawBlank && !sawArtifact,
    });
    sawBlank = false;
    sawArtifact = false;
  });
  if (pageNumbers > 0) {
    notes.push({
      code: "page_numbers_removed",
      severity: "info",
      line: firstPageNumberLine,
      message: `Pominięto ${pageNumbers} ${polishPlural(pageNumbers, "wiersz", "wiersze", "wierszy")} z numerami stron.`,
    });
  }

  const out = joinWrapped ? joinWrappedLines(kept) : kept;
  // Blank lines are kept (one at most) so that running the cleanup again gives the same result.
  const text: string[] = [];
  const lineMap: number[] = [];
  const lineEndMap: number[] = [];
  out.forEach((l, i) => {
    if (l.gapBefore && i > 0) {
      text.push("");
      lineMap.push(l.sourceLine);
      lineEndMap.push(l.sourceLine);
    }
    text.push(l.text);
    lineMap.push(l.sourceLine);
    lineEndMap.push(l.lastSourceLine);
  });
  return { text: text.join("\n"), lineMap, lineEndMap, notes };
}

type Phase = "title" | "title_subject" | "body";

function joinWrappedLines(lines: PendingLine[]): PendingLine[] {
  const out: PendingLine[] = [];
  let phase: Phase = "title";
  // The line after "Rozdział 1" or "UZASADNIENIE" is a heading/paragraph of its own.
  let prevIsHeading = false;
  for (const line of lines) {
    const prev = out[out.length - 1];
    let marker = detectMarker(line.text);
    // " – " is common inside Polish sentences, so a wrap can start with a dash; a real tiret
    // follows a lead-in or a sibling that ends with punctuation.
    if (
      prev &&
      (marker?.kind === "tiret" || marker?.kind === "double_tiret") &&
      /[\p{L}\d]$/u.test(prev.text) &&
      !line.gapBefore
    ) {
      marker = null;
    }
    if (prev && marker === null && shouldJoin(prev.text, line, phase, prevIsHeading)) {
      prev.text =
        /\p{L}-$/u.test(prev.text) && startsLowercase(line.text)
          ? prev.text.slice(0, -1) + line.text
          : `${prev.text} ${line.text}`;
      prev.lastSourceLine = line.lastSourceLine;
      continue;
    }
    out.push({ ...line });
    if (marker !== null) {
      phase = "body";
      prevIsHeading = marker.kind === "justification" || (marker.kind === "chapter" && marker.rest === "");
    } else {
      prevIsHeading = false;
      if (phase === "title" && /^(w sprawie|W sprawie|W SPRAWIE)\s/.test(line.text)) phase = "title_subject";
    }
  }
  return out;
}

function shouldJoin(prev: string, line: PendingLine, phase: Phase, prevIsHeading: boolean): boolean {
  const next = line.text;
  // Title lines before "w sprawie" are short and separate ("UCHWAŁA NR …", "RADY MIASTA …").
  if (phase === "title" || prevIsHeading) return false;
  if (isUpperCaseLine(next) && !isUpperCaseLine(prev)) return false;
  // Across a blank line only a phrase cut off mid-way continues; a lowercase start is not
  // enough there, because a closing common part also starts lowercase.
  if (line.gapBefore) return !/[.,;:!?]$/.test(prev);
  if (phase === "title_subject") return true;
  return !endsSentence(prev) || startsLowercase(next);
}
