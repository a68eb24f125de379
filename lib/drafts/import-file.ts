import "server-only";
import { docxToText } from "@/lib/legal-structure/docx";
import { isLegacyWordDocument, sniffFormat } from "@/lib/legal-structure/file-signature";
import { MAX_DRAFT_FILE_SIZE } from "./schema";
import type { ImportErrorKey } from "./warnings";

export type DraftFileResult = { ok: true; text: string; docxWarning: boolean } | { ok: false; error: ImportErrorKey };

/**
 * Reads the text of an uploaded DOCX draft, recognised by its content: a file named .docx that
 * is plain text, a PDF or anything else is refused, whatever its name says. Word's automatic
 * numbering is written into the text, which the clerk then checks and parses.
 */
export async function readDraftFile(bytes: Uint8Array): Promise<DraftFileResult> {
  if (bytes.byteLength > MAX_DRAFT_FILE_SIZE) return { ok: false, error: "too_large" };
  const format = sniffFormat(bytes);
  if (format === "empty") return { ok: false, error: "empty" };
  if (format === "other") return { ok: false, error: "not_docx" };
  if (format === "ole") return { ok: false, error: isLegacyWordDocument(bytes) ? "legacy_doc" : "encrypted" };
  const result = await docxToText(bytes);
  if (!result.ok) return { ok: false, error: result.reason };
  return { ok: true, text: result.text, docxWarning: result.messages.some((m) => m.type !== "info") };
}
