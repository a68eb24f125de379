import { parseDraft } from "@/lib/legal-structure/parse";
import type { LegalUnit, ParseResult } from "@/lib/legal-structure/schema";
import type { DraftSourceValue } from "./schema";

// Pure, and free of the DOCX reader, so the browser can re-parse the text as the clerk edits it.

/**
 * Parses the draft text the way its source needs: Word paragraphs are real paragraphs (no joining
 * of wrapped lines), while pasted and typed text gets the full PDF cleanup.
 */
export function parseDraftSource(text: string, source: DraftSourceValue): ParseResult {
  return parseDraft(text, { joinWrappedLines: source !== "DOCX" });
}

const ARTICULATED = new Set(["chapter", "paragraph", "section", "point", "letter", "attachment"]);

/** A draft act has at least one numbered unit (§, ust., pkt, lit., chapter or attachment). */
export function hasArticulatedUnits(units: readonly LegalUnit[]): boolean {
  return units.some((u) => ARTICULATED.has(u.kind));
}
