import { attachmentSuffix, isArticulated, joinAnchor, joinKey, type PathSegment, unitLabel } from "./citation";
import type { LegalUnit, UnitKind } from "./schema";

/** A unit while the parser still adds lines to it. */
export interface DraftUnit {
  kind: UnitKind;
  number: string | null;
  marker: string | null;
  key: string;
  anchor: string;
  label: string;
  /** Articulated citation without the attachment suffix; children extend it. */
  citationCore: string;
  citation: string;
  lines: string[];
  tailLines: string[];
  parent: DraftUnit | null;
  /** Where keys and citations continue from; differs from `parent` for § inside a chapter. */
  pathParent: DraftUnit | null;
  attachmentNumber: string | null;
  depth: number;
  line: number;
  lineEnd: number;
}

/** Omitted fields default to null (and text to ""), as for top-level units. */
export interface NewUnit {
  kind: UnitKind;
  number?: string | null;
  marker?: string | null;
  text?: string;
  parent?: DraftUnit | null;
  pathParent?: DraftUnit | null;
  attachmentNumber?: string | null;
  line: number;
  /** Chapters keep the Roman numeral as written in the label. */
  writtenNumeral?: string;
}

const FIXED_KEYS: Partial<Record<UnitKind, string>> = {
  title: "tytul",
  preamble: "podstawa",
  justification: "uzasadnienie",
};

export function createUnitStore() {
  const units: DraftUnit[] = [];
  const keyUses = new Map<string, number>();

  function add(input: NewUnit): DraftUnit {
    const spec = {
      ...input,
      number: input.number ?? null,
      marker: input.marker ?? null,
      text: input.text ?? "",
      parent: input.parent ?? null,
      pathParent: input.pathParent ?? null,
      attachmentNumber: input.attachmentNumber ?? null,
    };
    const segment: PathSegment = { kind: spec.kind, number: spec.number };
    const fixed = FIXED_KEYS[spec.kind];
    let key = fixed ?? joinKey(spec.pathParent?.key ?? null, segment);
    const uses = (keyUses.get(key) ?? 0) + 1;
    keyUses.set(key, uses);
    if (uses > 1) {
      segment.duplicate = uses;
      key = fixed ? `${fixed}_${uses}` : joinKey(spec.pathParent?.key ?? null, segment);
    }
    const anchor = fixed
      ? uses > 1
        ? `${fixed}-dup-${uses}`
        : fixed
      : joinAnchor(spec.pathParent?.anchor ?? null, segment);
    const label = unitLabel(spec.kind, spec.number, spec.writtenNumeral);
    const pathParent = spec.pathParent;
    const citationCore =
      isArticulated(spec.kind) && pathParent && isArticulated(pathParent.kind)
        ? `${pathParent.citationCore} ${label}`
        : label;
    const citation = spec.kind === "attachment" ? label : citationCore + attachmentSuffix(spec.attachmentNumber);
    const unit: DraftUnit = {
      kind: spec.kind,
      number: spec.number,
      marker: spec.marker,
      key,
      anchor,
      label,
      citationCore,
      citation,
      lines: spec.text === "" ? [] : [spec.text],
      tailLines: [],
      parent: spec.parent,
      pathParent,
      attachmentNumber: spec.attachmentNumber,
      depth: spec.parent ? spec.parent.depth + 1 : 0,
      line: spec.line,
      lineEnd: spec.line,
    };
    units.push(unit);
    return unit;
  }

  return { units, add };
}

export function appendLine(unit: DraftUnit, text: string, line: number): void {
  unit.lines.push(text);
  unit.lineEnd = Math.max(unit.lineEnd, line);
}

/** Continues the last line of a sentence wrapped across lines. */
export function continueLastLine(unit: DraftUnit, text: string, line: number): void {
  const last = unit.lines.length - 1;
  if (last < 0) unit.lines.push(text);
  else unit.lines[last] = `${unit.lines[last]} ${text}`;
  if (unit.tailLines.length > 0) {
    const tail = unit.tailLines.length - 1;
    unit.tailLines[tail] = `${unit.tailLines[tail]} ${text}`;
  }
  unit.lineEnd = Math.max(unit.lineEnd, line);
}

export function appendTail(unit: DraftUnit, text: string, line: number): void {
  unit.tailLines.push(text);
  appendLine(unit, text, line);
}

export function lastText(unit: DraftUnit): string {
  return unit.lines[unit.lines.length - 1] ?? "";
}

export function finishUnits(units: DraftUnit[]): LegalUnit[] {
  return units.map((u, order) => ({
    key: u.key,
    anchor: u.anchor,
    kind: u.kind,
    number: u.number,
    marker: u.marker,
    label: u.label,
    citation: u.citation,
    text: u.lines.join("\n"),
    tail: u.tailLines.length > 0 ? u.tailLines.join("\n") : null,
    order,
    parentKey: u.parent?.key ?? null,
    depth: u.depth,
    line: u.line,
    lineEnd: u.lineEnd,
  }));
}
