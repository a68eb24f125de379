import { z } from "zod";

// Zod schemas of the draft page. Messages are keys in the "drafts" catalogue (drafts.validation.*).

export const ATTACHMENT_PURPOSE = "attachment";
/** A DOCX draft to import: Word files with a few images stay well below this. */
export const MAX_DRAFT_FILE_SIZE = 10 * 1024 * 1024;
/** The longest draft text accepted (the 2027 cooperation programme is ~40 000 characters). */
export const MAX_DRAFT_TEXT_LENGTH = 500_000;
export const MAX_REASON_LENGTH = 2_000;

export const draftSourceSchema = z.enum(["TEXT", "DOCX", "EDITOR"]);
export type DraftSourceValue = z.infer<typeof draftSourceSchema>;

// --- Tiptap document of a draft: only what the draft editor produces is accepted. ---

const UNIT_KEY = /^[a-z0-9._~]+$/;

const unitAttrs = {
  unitKey: z.string().max(200).regex(UNIT_KEY).nullable().optional(),
  kind: z
    .string()
    .max(40)
    .regex(/^[a-z_]+$/)
    .nullable()
    .optional(),
  citation: z.string().max(300).nullable().optional(),
};

const markSchema = z.object({ type: z.enum(["bold", "italic"]) }).strict();
const textNodeSchema = z
  .object({
    type: z.literal("text"),
    text: z.string().min(1).max(100_000),
    marks: z.array(markSchema).max(2).optional(),
  })
  .strict();
const hardBreakSchema = z
  .object({ type: z.literal("hardBreak"), marks: z.array(markSchema).max(2).optional() })
  .strict();
const inlineSchema = z.discriminatedUnion("type", [textNodeSchema, hardBreakSchema]);

const paragraphSchema = z
  .object({
    type: z.literal("paragraph"),
    attrs: z.object(unitAttrs).strict().optional(),
    content: z.array(inlineSchema).max(5_000).optional(),
  })
  .strict();
const headingSchema = z
  .object({
    type: z.literal("heading"),
    attrs: z.object({ level: z.number().int().min(1).max(3), ...unitAttrs }).strict(),
    content: z.array(inlineSchema).max(5_000).optional(),
  })
  .strict();

export const draftDocSchema = z
  .object({
    type: z.literal("doc"),
    content: z.array(z.discriminatedUnion("type", [paragraphSchema, headingSchema])).max(20_000),
  })
  .strict();

export type DraftDoc = z.infer<typeof draftDocSchema>;
export type DraftBlock = DraftDoc["content"][number];
export type DraftInline = NonNullable<DraftBlock["content"]>[number];

// --- Saving a version ---

export const draftFormSchema = z.object({
  sourceText: z
    .string()
    .max(MAX_DRAFT_TEXT_LENGTH, { error: "textTooLong" })
    .refine((t) => t.trim().length > 0, { error: "textRequired" }),
  reason: z.string().trim().max(MAX_REASON_LENGTH, { error: "reasonTooLong" }),
});
export type DraftFormValues = z.infer<typeof draftFormSchema>;

/** The form as the clerk sees it when a public reason is required (correction during the consultation). */
export const draftFormWithReasonSchema = draftFormSchema.extend({
  reason: draftFormSchema.shape.reason.refine((r) => r.length > 0, { error: "reasonRequired" }),
});

export const saveDraftInputSchema = draftFormSchema.extend({
  consultationId: z.string().min(1).max(100),
  source: draftSourceSchema,
  sourceFileName: z.string().max(255).nullable(),
  /** Sent when the text was written in the editor; validated, then its text is what is parsed. */
  document: draftDocSchema.nullable(),
  /**
   * The version the form started from (`versionStamp`; null: none yet). A save is refused when
   * another was saved since, so that two clerks do not silently undo each other's corrections.
   * Absent: not checked (older clients).
   */
  basedOn: z.string().max(120).nullable().optional(),
});
export type SaveDraftInput = z.infer<typeof saveDraftInputSchema>;

export const deleteAttachmentInputSchema = z.object({
  consultationId: z.string().min(1).max(100),
  fileId: z.string().min(1).max(100),
});

/** The multipart field of an upload: a file with a name (the name is kept for downloads). */
export const attachmentUploadSchema = z.object({
  file: z.instanceof(File).refine((f) => f.name.trim().length > 0 && f.name.length <= 255, { error: "fileRequired" }),
});
