import type { ParseWarning } from "@/lib/legal-structure/schema";
import { warningCodeSchema } from "@/lib/legal-structure/schema";

/**
 * A parser warning as a catalogue message: key under `drafts.warnings`, with the line and the
 * citation (when the parser named one) as values. A code this version does not know keeps the
 * parser's own Polish text.
 */
export type WarningMessage =
  | { kind: "catalogue"; key: string; values: { line: number; citation: string } }
  | { kind: "fallback"; text: string };

export function warningMessage(warning: ParseWarning): WarningMessage {
  const code = warningCodeSchema.safeParse(warning.code);
  if (!code.success) return { kind: "fallback", text: warning.message };
  const variant = warning.citation ? "at" : "plain";
  return {
    kind: "catalogue",
    key: `warnings.${code.data}.${variant}`,
    values: { line: warning.line, citation: warning.citation ?? "" },
  };
}

/** Import failures of a DOCX draft, as keys under `drafts.importErrors`. */
export const IMPORT_ERROR_KEYS = [
  "corrupt",
  "encrypted",
  "empty",
  "not_docx",
  "legacy_doc",
  "too_large",
  "failed",
] as const;
export type ImportErrorKey = (typeof IMPORT_ERROR_KEYS)[number];
