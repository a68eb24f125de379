// Public API of the legal-structure module: pure functions, no server or database imports.
export { attachmentSuffix, ordinalWord, unitLabel } from "./citation";
export {
  type DocxFailureReason,
  type DocxMessage,
  type DocxTextResult,
  docxToText,
  type FileFormat,
  sniffFormat,
} from "./docx";
export { decodeDraftText, type ImportDraftResult, type ImportFailureReason, importDraft } from "./import-draft";
export { type NormalizedText, type NormalizeOptions, normalizeDraftText } from "./normalize";
export { type ParseOptions, parseDraft, parseLines, type SourceLine } from "./parse";
export { indexToLetter, letterToIndex, romanToNumber } from "./patterns";
export {
  type LegalUnit,
  legalUnitSchema,
  type ParseResult,
  type ParseWarning,
  parseResultSchema,
  parseWarningSchema,
  type UnitKind,
  unitKindSchema,
  type WarningCode,
  warningCodeSchema,
} from "./schema";
export { unitsToText } from "./serialize";
