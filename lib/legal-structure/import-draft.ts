import { type DocxFailureReason, type DocxMessage, docxToText, sniffFormat } from "./docx";
import { parseDraft } from "./parse";
import type { ParseResult } from "./schema";

export type ImportFailureReason = DocxFailureReason | "unsupported_format";

export type ImportDraftResult =
  | ({ ok: true; source: "docx" | "text"; messages: DocxMessage[] } & ParseResult)
  | { ok: false; reason: ImportFailureReason; message: string };

/**
 * Decodes a plain-text draft. UTF-8 first; files saved by older Windows tools are often
 * Windows-1250, which is tried when the bytes are not valid UTF-8. Returns null for binary data.
 */
export function decodeDraftText(bytes: Uint8Array): string | null {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder("windows-1250").decode(bytes);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return looksBinary(text) ? null : text;
}

/** NUL and most C0 control characters never occur in a typed or pasted draft. */
function looksBinary(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x08 || (code >= 0x0e && code <= 0x1a)) return true;
  }
  return false;
}

/** Reads a draft from a file's bytes (DOCX or text, decided by content) and parses it. */
export async function importDraft(bytes: Uint8Array): Promise<ImportDraftResult> {
  const format = sniffFormat(bytes);
  if (format === "zip" || format === "ole") {
    const docx = await docxToText(bytes);
    if (!docx.ok) return docx;
    // Word paragraphs are real paragraphs: do not join them as if they were wrapped PDF lines.
    const parsed = parseDraft(docx.text, { joinWrappedLines: false });
    return { ok: true, source: "docx", messages: docx.messages, ...parsed };
  }
  if (format === "empty") return { ok: false, reason: "empty", message: "Plik jest pusty (0 bajtów)." };
  const text = decodeDraftText(bytes);
  if (text === null) {
    return {
      ok: false,
      reason: "unsupported_format",
      message: "Nie rozpoznano formatu pliku. Wgraj dokument Word (.docx) albo plik tekstowy.",
    };
  }
  if (text.trim() === "") return { ok: false, reason: "empty", message: "Plik nie zawiera tekstu." };
  return { ok: true, source: "text", messages: [], ...parseDraft(text) };
}
