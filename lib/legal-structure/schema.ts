import { z } from "zod";

export const unitKindSchema = z.enum([
  "title",
  "preamble",
  "chapter",
  "paragraph",
  "section",
  "point",
  "letter",
  "tiret",
  "double_tiret",
  "attachment",
  "justification",
  "text",
]);
export type UnitKind = z.infer<typeof unitKindSchema>;

export const legalUnitSchema = z.object({
  /** Stable across versions of a draft: built from the structural path only (e.g. `zal1.par1.ust2`). */
  key: z.string().regex(/^[a-z0-9._~]+$/),
  /** URL-fragment-safe id, e.g. `zal-1-par-2-ust-2`. */
  anchor: z.string().regex(/^[a-z][a-z0-9-]*$/),
  kind: unitKindSchema,
  /** Normalised number: "4" for `Rozdział IV`, "b" for `b)`, "3a" for `§ 3a.`; null for unnumbered kinds. */
  number: z.string().nullable(),
  /** The marker as it was written (`§ 1.`, `1)`, `Rozdział IV`, `Załącznik Nr 1`), so the text can be rebuilt. */
  marker: z.string().nullable(),
  label: z.string().min(1),
  citation: z.string().min(1),
  /** The unit's own text; children are not repeated. Lines of a multi-line text are joined with "\n". */
  text: z.string(),
  /** Closing common part (część wspólna) after the unit's enumeration; it is also the last line(s) of `text`. */
  tail: z.string().nullable(),
  order: z.number().int().nonnegative(),
  parentKey: z.string().nullable(),
  depth: z.number().int().nonnegative(),
  /** 1-based line numbers in the text given to the parser (before cleanup). */
  line: z.number().int().positive(),
  lineEnd: z.number().int().positive(),
});
export type LegalUnit = z.infer<typeof legalUnitSchema>;

export const warningCodeSchema = z.enum([
  "numbering_gap",
  "numbering_repeat",
  "numbering_out_of_order",
  "letter_without_point",
  "point_outside_paragraph",
  "section_outside_paragraph",
  "tiret_without_parent",
  "double_tiret_without_tiret",
  "unrecognised_line",
  "chapter_without_title",
  "empty_document",
  "header_footer_removed",
  "page_numbers_removed",
]);
export type WarningCode = z.infer<typeof warningCodeSchema>;

export const parseWarningSchema = z.object({
  code: warningCodeSchema,
  severity: z.enum(["warning", "info"]),
  message: z.string().min(1),
  line: z.number().int().positive(),
  citation: z.string().optional(),
});
export type ParseWarning = z.infer<typeof parseWarningSchema>;

export const parseResultSchema = z.object({
  units: z.array(legalUnitSchema),
  warnings: z.array(parseWarningSchema),
});
export type ParseResult = z.infer<typeof parseResultSchema>;
