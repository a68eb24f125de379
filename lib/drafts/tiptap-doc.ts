import type { LegalUnit } from "@/lib/legal-structure/schema";
import { defaultMarker, headText } from "@/lib/legal-structure/serialize";
import type { DraftBlock, DraftDoc, DraftInline } from "./schema";

// The draft as a Tiptap document: one block per drafting unit, carrying the unit's key, kind
// and citation, and text written in the drafting conventions the parser reads back
// (the same lines as `unitsToText`). A unit's closing common part is a block of its own.

/** Units written directly under the previous line; every other block is preceded by a blank line. */
const LIST_KINDS = new Set(["section", "point", "letter", "tiret", "double_tiret"]);
const TAIL_KIND = "tail";

function unitLines(unit: LegalUnit): string[] {
  const marker = unit.marker ?? defaultMarker(unit);
  const head = headText(unit);
  const withMarker = (text: string) => (text === "" ? marker : `${marker} ${text}`);
  switch (unit.kind) {
    case "title":
    case "preamble":
    case "text":
      return head.split("\n");
    case "chapter":
    case "justification":
      return head === "" ? [marker] : [marker, ...head.split("\n")];
    default: {
      const [first = "", ...rest] = head.split("\n");
      return [withMarker(first), ...rest];
    }
  }
}

function inline(lines: readonly string[]): DraftInline[] {
  const out: DraftInline[] = [];
  lines.forEach((line, i) => {
    if (i > 0) out.push({ type: "hardBreak" });
    if (line !== "") out.push({ type: "text", text: line });
  });
  return out;
}

function block(unit: LegalUnit, kind: string, lines: readonly string[]): DraftBlock {
  const attrs = { unitKey: unit.key, kind, citation: unit.citation };
  const content = inline(lines);
  if (unit.kind === "title" || unit.kind === "chapter" || unit.kind === "attachment") {
    if (kind !== TAIL_KIND)
      return { type: "heading", attrs: { level: unit.kind === "title" ? 1 : 2, ...attrs }, content };
  }
  return { type: "paragraph", attrs, content };
}

/** Builds the editor document from parsed units (in document order). */
export function unitsToDoc(units: readonly LegalUnit[]): DraftDoc {
  const parentOf = new Map(units.map((u) => [u.key, u.parentKey]));
  const isAncestor = (ancestor: string, key: string | null): boolean => {
    for (let k = key; k !== null; k = parentOf.get(k) ?? null) {
      if (k === ancestor) return true;
    }
    return false;
  };
  const content: DraftBlock[] = [];
  const pendingTails: LegalUnit[] = [];
  const flushTails = (next: LegalUnit | null) => {
    while (pendingTails.length > 0) {
      const top = pendingTails[pendingTails.length - 1] as LegalUnit;
      if (next && isAncestor(top.key, next.key)) break;
      pendingTails.pop();
      content.push(block(top, TAIL_KIND, (top.tail ?? "").split("\n")));
    }
  };
  for (const unit of units) {
    flushTails(unit);
    content.push(block(unit, unit.kind, unitLines(unit)));
    if (unit.tail !== null) pendingTails.push(unit);
  }
  flushTails(null);
  return { type: "doc", content };
}

function blockText(node: DraftBlock): string {
  return (node.content ?? []).map((n) => (n.type === "text" ? n.text : "\n")).join("");
}

/**
 * The text of an editor document, for the parser: one line per block (line breaks inside a
 * block kept), with a blank line before every block except enumerated units (ust., pkt, lit.,
 * tiret), as a drafter types them. Blocks without a kind (typed in the editor) stand apart.
 */
export function docToText(doc: DraftDoc): string {
  const out: string[] = [];
  doc.content.forEach((node, index) => {
    const kind = node.attrs?.kind ?? null;
    if (index > 0 && !(kind !== null && LIST_KINDS.has(kind))) out.push("");
    out.push(blockText(node));
  });
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n")}\n`;
}
