import { z } from "zod";
import { COMMENT_TEXT_MAX, commentBodySchema, commentDocSchema } from "./body";

/** On whose behalf a comment is made. */
export const onBehalfSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("organization"), organizationId: z.string().min(1) }),
  z.object({ kind: z.literal("individual") }),
  z.object({ kind: z.literal("council") }),
]);
export type OnBehalf = z.infer<typeof onBehalfSchema>;

const longText = z.string().trim().max(COMMENT_TEXT_MAX, { error: "comment.text.tooLong" });

export const commentSubmissionSchema = z.object({
  consultationId: z.string().min(1),
  /** null: a comment on the draft as a whole. */
  provisionId: z.string().min(1).nullable(),
  onBehalf: onBehalfSchema,
  body: commentBodySchema,
  proposedWording: longText.optional(),
  justification: longText.optional(),
  /** Made by the browser when the panel opens: a retried or doubled submit creates one comment. */
  idempotencyKey: z.uuid(),
});
export type CommentSubmission = z.infer<typeof commentSubmissionSchema>;

/**
 * What autosave sends while someone types: the same fields, any of them still empty or
 * unfinished (the body may be empty, "on behalf of" not chosen yet). Nothing is public.
 */
export const commentDraftSchema = commentSubmissionSchema.extend({
  onBehalf: onBehalfSchema.nullable(),
  body: commentDocSchema,
});
export type CommentDraftInput = z.infer<typeof commentDraftSchema>;

/** An edit of a submitted comment (the receipt is renewed). */
export const commentEditSchema = commentSubmissionSchema
  .pick({
    body: true,
    proposedWording: true,
    justification: true,
  })
  .extend({
    /** The receipt number of the version the edit started from (the comment must not have changed since). */
    basedOn: z.string().max(64).optional(),
  });

/** Why a clerk hid a comment: shown publicly in place of the text. */
export const hideReasonSchema = z
  .string()
  .trim()
  .min(1, { error: "comment.hide.reasonRequired" })
  .max(500, { error: "comment.hide.reasonTooLong" });
