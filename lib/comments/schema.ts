import { z } from "zod";
import { commentBodySchema } from "./body";

/** On whose behalf a comment is made. */
export const onBehalfSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("organization"), organizationId: z.string().min(1) }),
  z.object({ kind: z.literal("individual") }),
  z.object({ kind: z.literal("council") }),
]);
export type OnBehalf = z.infer<typeof onBehalfSchema>;

const longText = z.string().trim().max(20_000, { error: "comment.text.tooLong" });

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
