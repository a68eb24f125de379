import { z } from "zod";
import { recordId } from "@/lib/actions/ids";
import { isValidIsoDate } from "@/lib/time/warsaw";

export const positions = ["ACCEPTED", "PARTLY_ACCEPTED", "REJECTED", "EXPLAINED"] as const;
export type PositionValue = (typeof positions)[number];

/** How a comment reached the consultation; all but PLATFORM are typed in by a clerk. */
export const channels = ["PLATFORM", "EMAIL", "POST", "IN_PERSON", "MEETING"] as const;
export type ChannelValue = (typeof channels)[number];
export const enteredChannels = ["EMAIL", "POST", "IN_PERSON", "MEETING"] as const;

/** Comments answered at once (a group, or those ticked in the inbox). */
export const MAX_ANSWERED_AT_ONCE = 200;

const responseFields = z.object({
  position: z.enum(positions, { error: "response.position.required" }),
  justification: z.string().trim().max(10_000, { error: "response.justification.tooLong" }).optional(),
});

function requireJustification(value: { position: PositionValue; justification?: string }, ctx: z.RefinementCtx) {
  if (value.position !== "ACCEPTED" && !value.justification) {
    ctx.addIssue({ code: "custom", path: ["justification"], message: "response.justification.required" });
  }
}

/** The owner unit's answer: a justification is required for everything but "uwzględniona". */
export const responseSchema = responseFields.superRefine(requireJustification);
export type ResponseInput = z.infer<typeof responseSchema>;

/** One answer given to several comments: a group of near-identical ones, or those ticked in the list. */
export const answerCommentsSchema = responseFields
  .extend({
    commentIds: z
      .array(recordId)
      .min(1, { error: "response.comments.required" })
      .max(MAX_ANSWERED_AT_ONCE, { error: "response.comments.tooMany" })
      .transform((ids) => [...new Set(ids)]),
    /**
     * The answer's revision each comment had when the form was opened (0: none), and the comment's
     * receipt number then (an edit renews it): refused if either changed since.
     */
    basedOn: z
      .array(
        z.object({
          commentId: recordId,
          revision: z.number().int().min(0),
          receipt: z.string().max(64).nullable().optional(),
        }),
      )
      .max(MAX_ANSWERED_AT_ONCE)
      .optional(),
  })
  .superRefine(requireJustification);
export type AnswerCommentsInput = z.input<typeof answerCommentsSchema>;

/** The schema's messages (kept stable for other modules) → keys of the "inbox.errors" catalogue. */
export const responseMessageKeys: Record<string, string> = {
  "response.position.required": "inbox.errors.positionRequired",
  "response.justification.required": "inbox.errors.justificationRequired",
  "response.justification.tooLong": "inbox.errors.justificationTooLong",
  "response.comments.required": "inbox.errors.commentsRequired",
  "response.comments.tooMany": "inbox.errors.commentsTooMany",
};

/** Assigning a comment to a clerk of the owner unit; null takes the assignment away. */
export const assignCommentSchema = z.object({
  commentId: recordId,
  assigneeId: recordId.nullable(),
});
export type AssignCommentInput = z.infer<typeof assignCommentSchema>;

// --- A comment that arrived by e-mail, post, in person or at a meeting -------------------------

const E = "inbox.enter.errors";
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${E}.tooLong` });

/**
 * What the clerk types in from a letter, an e-mail or a meeting's minutes. The date received
 * may not be after the consultation's last day (`endDate`) nor after today (`today`), both
 * Warsaw calendar dates: the browser and the server check the same rule.
 */
export function enteredCommentSchema(limits: { endDate: string; today: string }) {
  return z
    .object({
      /** A platform organisation, another organisation (by name), or a private person (named only with consent). */
      submitterKind: z.enum(["organization", "other", "person"], { error: `${E}.submitterKindRequired` }),
      organizationId: z.string().max(64),
      submitterName: optionalText(300),
      /** Other organisations that signed it, one per line. */
      jointWith: optionalText(5_000),
      /** A unit of the current version, or "" for the draft as a whole. */
      provisionId: z.string().max(64),
      body: z
        .string()
        .trim()
        .min(1, { error: `${E}.bodyRequired` })
        .max(20_000, { error: `${E}.tooLong` }),
      proposedWording: optionalText(20_000),
      justification: optionalText(20_000),
      receivedOn: z.string().refine(isValidIsoDate, { error: `${E}.receivedOnInvalid` }),
      channel: z.enum(enteredChannels, { error: `${E}.channelRequired` }),
      /** A scan uploaded first through the scan route ("" for none). */
      scanFileId: z.string().max(64),
      /** Made when the form opens: a doubled submit enters one comment. */
      idempotencyKey: z.uuid(),
    })
    .superRefine(
      (value, ctx) => {
        if (value.submitterKind === "organization" && !value.organizationId) {
          ctx.addIssue({ code: "custom", path: ["organizationId"], message: `${E}.organizationRequired` });
        }
        if (value.submitterKind === "other" && !value.submitterName) {
          ctx.addIssue({ code: "custom", path: ["submitterName"], message: `${E}.submitterNameRequired` });
        }
        if (typeof value.receivedOn === "string" && isValidIsoDate(value.receivedOn)) {
          if (value.receivedOn > limits.endDate) {
            ctx.addIssue({ code: "custom", path: ["receivedOn"], message: `${E}.receivedAfterEnd` });
          } else if (value.receivedOn > limits.today) {
            ctx.addIssue({ code: "custom", path: ["receivedOn"], message: `${E}.receivedInFuture` });
          }
        }
      },
      // Also when other fields are wrong, so that the form lists every problem at once.
      { when: (payload) => typeof payload.value === "object" && payload.value !== null },
    );
}
export type EnteredCommentInput = z.input<ReturnType<typeof enteredCommentSchema>>;

/** The co-signing organisations as typed, one per line: trimmed, blank lines and repeats dropped. */
export function jointWithList(text: string): string[] {
  const names = text
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/\s+/g, " "))
    .filter(Boolean);
  return [...new Set(names)].slice(0, 50);
}
