import type { UnitKind } from "./schema";

// Keys, anchors, labels and citations are all derived from the same structural path,
// so a unit keeps its key when the text around it (or its chapter) changes.

const KEY_PREFIX: Record<UnitKind, string> = {
  title: "tytul",
  preamble: "podstawa",
  chapter: "rozdz",
  paragraph: "par",
  section: "ust",
  point: "pkt",
  letter: "lit",
  tiret: "tir",
  double_tiret: "dtir",
  attachment: "zal",
  justification: "uzasadnienie",
  text: "tekst",
};

/** Kinds whose labels chain into an articulated citation (`§ 3 ust. 2 pkt 1 lit. a tiret drugie`). */
const ARTICULATED: ReadonlySet<UnitKind> = new Set([
  "paragraph",
  "section",
  "point",
  "letter",
  "tiret",
  "double_tiret",
]);

export function isArticulated(kind: UnitKind): boolean {
  return ARTICULATED.has(kind);
}

export interface PathSegment {
  kind: UnitKind;
  /** Normalised number; for tirets the 1-based position among siblings. */
  number: string | null;
  /** Makes keys unique when a number repeats by mistake (second `§ 2` → `par2_2`). */
  duplicate?: number;
}

export function segmentKey(segment: PathSegment): string {
  const base = `${KEY_PREFIX[segment.kind]}${segment.number ?? ""}`;
  return segment.duplicate ? `${base}_${segment.duplicate}` : base;
}

export function segmentAnchor(segment: PathSegment): string {
  const prefix = KEY_PREFIX[segment.kind];
  const base = segment.number === null ? prefix : `${prefix}-${segment.number}`;
  return segment.duplicate ? `${base}-dup-${segment.duplicate}` : base;
}

export function joinKey(parentKey: string | null, segment: PathSegment): string {
  const own = segmentKey(segment);
  return parentKey ? `${parentKey}.${own}` : own;
}

export function joinAnchor(parentAnchor: string | null, segment: PathSegment): string {
  const own = segmentAnchor(segment);
  return parentAnchor ? `${parentAnchor}-${own}` : own;
}

const UNITS = ["", "pierwsze", "drugie", "trzecie", "czwarte", "piąte", "szóste", "siódme", "ósme", "dziewiąte"];
const TEENS = [
  "dziesiąte",
  "jedenaste",
  "dwunaste",
  "trzynaste",
  "czternaste",
  "piętnaste",
  "szesnaste",
  "siedemnaste",
  "osiemnaste",
  "dziewiętnaste",
];
const TENS = [
  "",
  "",
  "dwudzieste",
  "trzydzieste",
  "czterdzieste",
  "pięćdziesiąte",
  "sześćdziesiąte",
  "siedemdziesiąte",
  "osiemdziesiąte",
  "dziewięćdziesiąte",
];

/** Neuter ordinal word used to cite tirets: 1 → "pierwsze", 22 → "dwudzieste drugie". */
export function ordinalWord(n: number): string {
  if (n >= 1 && n <= 9) return UNITS[n] ?? String(n);
  if (n >= 10 && n <= 19) return TEENS[n - 10] ?? String(n);
  if (n >= 20 && n <= 99) {
    const tens = TENS[Math.floor(n / 10)] ?? "";
    const ones = UNITS[n % 10] ?? "";
    return ones ? `${tens} ${ones}` : tens;
  }
  if (n === 100) return "setne";
  return `${n}.`;
}

/**
 * Label of a single unit. Chapters keep the numeral as written (`rozdział IV`), because
 * that is what the reader sees in the draft; their key uses the Arabic value.
 */
export function unitLabel(kind: UnitKind, number: string | null, writtenNumeral?: string): string {
  switch (kind) {
    case "title":
      return "tytuł";
    case "preamble":
      return "podstawa prawna";
    case "justification":
      return "uzasadnienie";
    case "chapter":
      return `rozdział ${writtenNumeral ?? number}`;
    case "paragraph":
      return `§ ${number}`;
    case "section":
      return `ust. ${number}`;
    case "point":
      return `pkt ${number}`;
    case "letter":
      return `lit. ${number}`;
    case "tiret":
      return `tiret ${ordinalWord(Number(number))}`;
    case "double_tiret":
      return `podwójne tiret ${ordinalWord(Number(number))}`;
    case "attachment":
      return `załącznik nr ${number}`;
    case "text":
      return `tekst ${number}`;
  }
}

/** Inside an attachment every citation ends with the genitive: `§ 1 ust. 2 załącznika nr 1`. */
export function attachmentSuffix(attachmentNumber: string | null): string {
  return attachmentNumber === null ? "" : ` załącznika nr ${attachmentNumber}`;
}
