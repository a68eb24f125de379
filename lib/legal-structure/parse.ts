import { placeFreeLine } from "./free-line";
import { messages } from "./messages";
import { type NormalizeOptions, normalizeDraftText } from "./normalize";
import { checkNumbering } from "./numbering-check";
import { detectMarker, type LineMarker } from "./patterns";
import type { ParseResult, ParseWarning, UnitKind, WarningCode } from "./schema";
import {
  appendLine,
  appendTail,
  continueLastLine,
  createUnitStore,
  type DraftUnit,
  finishUnits,
  lastText,
} from "./unit-builder";

export interface ParseOptions extends NormalizeOptions {
  /** Run `normalizeDraftText` first (default true). With false, the text is taken line by line as is. */
  normalize?: boolean;
}

export interface SourceLine {
  text: string;
  /** 1-based line number reported in units and warnings. */
  line: number;
  /** Last input line when the cleanup joined wrapped lines; defaults to `line`. */
  lineEnd?: number;
}

/** Articulated levels, outermost first; opening one closes every deeper one. */
const LEVELS = ["paragraph", "section", "point", "letter", "tiret", "double_tiret"] as const;
type Level = (typeof LEVELS)[number];

/** Parses the text of a draft act into drafting units. Pure; never throws on odd input. */
export function parseDraft(text: string, options: ParseOptions = {}): ParseResult {
  if (options.normalize === false) {
    const lines = text
      .split(/\r\n|\r|\n/)
      .map((t, i) => ({ text: t.trim(), line: i + 1 }))
      .filter((l) => l.text !== "");
    return parseLines(lines);
  }
  const normalized = normalizeDraftText(text, options);
  const lines =
    normalized.text === ""
      ? []
      : normalized.text
          .split("\n")
          .map((t, i) => ({
            text: t,
            line: normalized.lineMap[i] ?? i + 1,
            lineEnd: normalized.lineEndMap[i] ?? i + 1,
          }))
          .filter((l) => l.text !== "");
  const result = parseLines(lines);
  const warnings = [...normalized.notes, ...result.warnings].sort((a, b) => a.line - b.line);
  return { units: result.units, warnings };
}

export function parseLines(lines: SourceLine[]): ParseResult {
  const store = createUnitStore();
  const warnings: ParseWarning[] = [];
  const open: Record<Level, DraftUnit | null> = {
    paragraph: null,
    section: null,
    point: null,
    letter: null,
    tiret: null,
    double_tiret: null,
  };
  const lastNumber = new Map<string, string>();
  const childCount = new Map<string, number>();
  // Declared with `as` because handlers assigned in closures would otherwise be narrowed away.
  let phase = "title" as "title" | "preamble" | "body" | "justification";
  let title = null as DraftUnit | null;
  let preamble = null as DraftUnit | null;
  let justification = null as DraftUnit | null;
  let attachment = null as DraftUnit | null;
  let chapter = null as DraftUnit | null;
  let chapterAwaitingTitle = false as boolean;
  let containerHasStructure = false;
  let attachmentCount = 0;

  // Last input line of the line being handled; differs from its start when wrapped lines were joined.
  let currentEnd = 1;
  const addUnit: typeof store.add = (spec) => {
    const unit = store.add(spec);
    unit.lineEnd = currentEnd;
    return unit;
  };
  const warn = (code: WarningCode, message: string, line: number, citation?: string) => {
    warnings.push({ code, severity: "warning", message, line, ...(citation ? { citation } : {}) });
  };
  const closeFrom = (level: Level) => {
    for (let i = LEVELS.indexOf(level); i < LEVELS.length; i++) open[LEVELS[i] as Level] = null;
  };
  const deepestOpen = (): DraftUnit | null => {
    for (let i = LEVELS.length - 1; i >= 0; i--) {
      const unit = open[LEVELS[i] as Level];
      if (unit) return unit;
    }
    return null;
  };
  const container = () => chapter ?? attachment;
  const nextChildIndex = (scope: string, kind: UnitKind) => {
    const id = `${scope}|${kind}`;
    const n = (childCount.get(id) ?? 0) + 1;
    childCount.set(id, n);
    return n;
  };
  const verifyNumber = (kind: UnitKind, scope: DraftUnit | null, number: string, line: number, citation: string) => {
    const id = `${scope?.key ?? ""}|${kind}`;
    const where = scope ? `w ${scope.kind === "attachment" ? `załączniku nr ${scope.number}` : scope.citation}` : "";
    const problem = checkNumbering(kind, lastNumber.get(id) ?? null, number, where);
    lastNumber.set(id, number);
    if (problem) warn(problem.code, problem.message, line, citation);
  };

  const addArticulated = (kind: Level, marker: LineMarker, parent: DraftUnit | null, line: number, text: string) => {
    const pathParent = parent && parent.kind !== "chapter" ? parent : attachment;
    const number =
      kind === "tiret" || kind === "double_tiret" ? String(nextChildIndex(pathParent?.key ?? "", kind)) : marker.number;
    const unit = addUnit({
      kind,
      number,
      marker: marker.marker,
      text,
      parent: parent ?? container(),
      pathParent,
      attachmentNumber: attachment?.number ?? null,
      line,
    });
    if (number !== null && kind !== "tiret" && kind !== "double_tiret") {
      verifyNumber(kind, pathParent, number, line, unit.citation);
    }
    closeFrom(kind);
    open[kind] = unit;
    containerHasStructure = true;
    return unit;
  };

  const handleMarker = (m: LineMarker, line: number) => {
    switch (m.kind) {
      case "paragraph": {
        const inline = detectMarker(m.rest);
        const startsSection = inline?.kind === "section" && inline.number === "1";
        addArticulated("paragraph", m, container(), line, startsSection ? "" : m.rest);
        if (inline && startsSection) addArticulated("section", inline, open.paragraph, line, inline.rest);
        return;
      }
      case "section":
        // One warning per run of orphans: later siblings follow the first one.
        if (!open.paragraph && !open.section)
          warn("section_outside_paragraph", messages.sectionOutsideParagraph(m.marker), line);
        addArticulated("section", m, open.paragraph, line, m.rest);
        return;
      case "point": {
        const parent = open.section ?? open.paragraph;
        if (!parent && !open.point) warn("point_outside_paragraph", messages.pointOutsideParagraph(m.marker), line);
        addArticulated("point", m, parent, line, m.rest);
        return;
      }
      case "letter": {
        const parent = open.point ?? open.section ?? open.paragraph;
        if (!open.point && !open.letter) warn("letter_without_point", messages.letterWithoutPoint(m.marker), line);
        addArticulated("letter", m, parent, line, m.rest);
        return;
      }
      case "tiret": {
        const parent = open.letter ?? open.point ?? open.section ?? open.paragraph;
        if (!parent) warn("tiret_without_parent", messages.tiretWithoutParent(), line);
        addArticulated("tiret", m, parent, line, m.rest);
        return;
      }
      case "double_tiret": {
        const parent = open.tiret ?? open.letter ?? open.point ?? open.section ?? open.paragraph;
        if (!open.tiret) warn("double_tiret_without_tiret", messages.doubleTiretWithoutTiret(), line);
        addArticulated("double_tiret", m, parent, line, m.rest);
        return;
      }
      case "chapter": {
        closeFrom("paragraph");
        const numeral = m.marker.replace(/^\S+\s+/, "");
        chapter = addUnit({
          kind: "chapter",
          number: m.number,
          marker: m.marker,
          text: m.rest,
          parent: attachment,
          pathParent: attachment,
          attachmentNumber: attachment?.number ?? null,
          line,
          writtenNumeral: numeral,
        });
        verifyNumber("chapter", attachment, m.number ?? "", line, chapter.citation);
        chapterAwaitingTitle = m.rest === "";
        return;
      }
      case "attachment": {
        closeFrom("paragraph");
        chapter = null;
        attachmentCount++;
        const number = m.number ?? String(attachmentCount);
        attachment = addUnit({
          kind: "attachment",
          number,
          marker: m.marker,
          text: m.rest,
          attachmentNumber: number,
          line,
        });
        verifyNumber("attachment", null, number, line, attachment.citation);
        containerHasStructure = false;
        return;
      }
      case "justification":
        closeFrom("paragraph");
        chapter = null;
        attachment = null;
        justification = addUnit({ kind: "justification", marker: m.marker, line });
        phase = "justification";
        return;
      case "preamble":
        preamble = addUnit({ kind: "preamble", text: m.rest, line });
        phase = "preamble";
        return;
    }
  };

  const handleFreeLine = (text: string, line: number) => {
    const deepest = deepestOpen();
    if (!deepest) {
      // Free text outside any unit, e.g. an attachment's heading line.
      const number = String(nextChildIndex(attachment?.key ?? "", "text"));
      const unit = addUnit({
        kind: "text",
        number,
        text,
        parent: container(),
        pathParent: attachment,
        attachmentNumber: attachment?.number ?? null,
        line,
      });
      if (containerHasStructure) warn("unrecognised_line", messages.unrecognisedLineAsText(text), line, unit.citation);
      return;
    }
    const parent = deepest.parent;
    switch (placeFreeLine(deepest.kind, lastText(deepest), parent !== null)) {
      case "own_text":
        appendLine(deepest, text, currentEnd);
        return;
      case "continuation":
        continueLastLine(deepest, text, currentEnd);
        return;
      case "common_part":
        if (parent) appendTail(parent, text, currentEnd);
        closeFrom(deepest.kind as Level);
        return;
      case "unrecognised":
        appendLine(deepest, text, currentEnd);
        warn("unrecognised_line", messages.unrecognisedLineAppended(text, deepest.citation), line, deepest.citation);
    }
  };

  for (const { text, line, lineEnd } of lines) {
    currentEnd = lineEnd ?? line;
    if (phase === "justification" && justification) {
      appendLine(justification, text, currentEnd);
      continue;
    }
    let marker = detectMarker(text);
    // "Na podstawie …" only opens the legal basis before the articulated text starts.
    if (marker?.kind === "preamble" && (phase === "body" || phase === "preamble")) marker = null;
    if (chapterAwaitingTitle && chapter) {
      chapterAwaitingTitle = false;
      if (marker === null) {
        appendLine(chapter, text, currentEnd);
        continue;
      }
      warn("chapter_without_title", messages.chapterWithoutTitle(chapter.label), chapter.line, chapter.citation);
    }
    if (marker) {
      phase = "body";
      handleMarker(marker, line);
      continue;
    }
    if (phase === "title") {
      title ??= addUnit({ kind: "title", line });
      appendLine(title, text, currentEnd);
    } else if (phase === "preamble" && preamble) {
      appendLine(preamble, text, currentEnd);
    } else {
      handleFreeLine(text, line);
    }
  }

  if (store.units.length === 0) {
    warn("empty_document", messages.emptyDocument(), 1);
  }
  return { units: finishUnits(store.units), warnings };
}
