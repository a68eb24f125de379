import type { LegalUnit } from "./schema";

/** The number as the drafting conventions write it, for units parsed without one. */
export function defaultMarker(unit: LegalUnit): string {
  switch (unit.kind) {
    case "paragraph":
      return `§ ${unit.number}.`;
    case "section":
      return `${unit.number}.`;
    case "point":
    case "letter":
      return `${unit.number})`;
    case "tiret":
      return "–";
    case "double_tiret":
      return "– –";
    case "chapter":
      return `Rozdział ${unit.number}`;
    case "attachment":
      return `Załącznik Nr ${unit.number}`;
    case "justification":
      return "UZASADNIENIE";
    default:
      return "";
  }
}

/** The unit's text before its enumeration; the closing common part is written after the children. */
export function headText(unit: LegalUnit): string {
  if (unit.tail === null) return unit.text;
  const head = unit.text.slice(0, unit.text.length - unit.tail.length);
  return head.endsWith("\n") ? head.slice(0, -1) : head;
}

const BLOCK_KINDS = new Set(["preamble", "paragraph", "chapter", "attachment", "justification", "text"]);

/**
 * Writes units back as plain text in the drafting conventions the parser reads, so a clerk
 * can correct the text and parse it again. Units must be in document order.
 */
export function unitsToText(units: readonly LegalUnit[]): string {
  const parentOf = new Map(units.map((u) => [u.key, u.parentKey]));
  const isAncestor = (ancestor: string, key: string | null): boolean => {
    for (let k = key; k !== null && k !== undefined; k = parentOf.get(k) ?? null) {
      if (k === ancestor) return true;
    }
    return false;
  };
  const out: string[] = [];
  // Units whose common part must be written once their last descendant is out.
  const pendingTails: LegalUnit[] = [];
  let pendingParagraphMarker: string | null = null;

  const flushTails = (next: LegalUnit | null) => {
    while (pendingTails.length > 0) {
      const top = pendingTails[pendingTails.length - 1] as LegalUnit;
      if (next && isAncestor(top.key, next.key)) break;
      pendingTails.pop();
      out.push("", top.tail ?? "");
    }
  };
  const flushParagraphMarker = () => {
    if (pendingParagraphMarker !== null) out.push(pendingParagraphMarker);
    pendingParagraphMarker = null;
  };

  units.forEach((unit, index) => {
    flushTails(unit);
    const marker = unit.marker ?? defaultMarker(unit);
    const head = headText(unit);
    const next = units[index + 1];
    if (BLOCK_KINDS.has(unit.kind) || (unit.kind === "title" && index > 0)) {
      flushParagraphMarker();
      if (out.length > 0) out.push("");
    }
    switch (unit.kind) {
      case "title":
      case "preamble":
      case "text":
        out.push(head);
        break;
      case "chapter":
      case "justification":
        out.push(marker);
        if (head !== "") out.push(head);
        break;
      case "attachment":
        out.push(head === "" ? marker : `${marker} ${head}`);
        break;
      case "paragraph":
        // "§ 2. 1. Tekst": the first ust. starts on the line of its §.
        if (head === "" && next?.kind === "section" && next.parentKey === unit.key) {
          pendingParagraphMarker = marker;
        } else {
          out.push(head === "" ? marker : `${marker} ${head}`);
        }
        break;
      default: {
        const [first = "", ...rest] = head.split("\n");
        const line = first === "" ? marker : `${marker} ${first}`;
        if (pendingParagraphMarker !== null) {
          out.push(`${pendingParagraphMarker} ${line}`);
          pendingParagraphMarker = null;
        } else {
          out.push(line);
        }
        out.push(...rest);
      }
    }
    if (unit.tail !== null) pendingTails.push(unit);
  });
  flushTails(null);
  flushParagraphMarker();
  return `${out.join("\n")}\n`;
}
