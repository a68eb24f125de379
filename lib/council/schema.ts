import { z } from "zod";
import { isValidIsoDate } from "@/lib/time/warsaw";
import { hasQuorum, voteIssues } from "./votes";

/** What the secretary may record; WAIVED is never typed in, it follows from the deadline. */
export const opinionKinds = ["POSITIVE", "POSITIVE_WITH_REMARKS", "NEGATIVE"] as const;
export type RecordedOpinionKind = (typeof opinionKinds)[number];

// Messages are catalogue keys from the root (the council.json namespaces).
const E = "councilOpinion.errors";

const count = z
  .string()
  .trim()
  .regex(/^\d{1,3}$/, { error: `${E}.count` });

/** The opinion form, in the browser and on the server; numbers stay text as typed. */
export function councilOpinionSchema(councilSize: number) {
  return z
    .object({
      kind: z.enum(opinionKinds, { error: `${E}.kindRequired` }),
      text: z
        .string()
        .trim()
        .max(20_000, { error: `${E}.textTooLong` }),
      resolutionNumber: z
        .string()
        .trim()
        .min(1, { error: `${E}.resolutionRequired` })
        .max(60, { error: `${E}.resolutionTooLong` }),
      adoptedOn: z.string().refine(isValidIsoDate, { error: `${E}.adoptedOnInvalid` }),
      votesFor: count,
      votesAgainst: count,
      votesAbstaining: count,
      membersPresent: count,
      /** A scan already uploaded through the scan route (empty: none). */
      scanFileId: z.string().max(64),
      /** The secretary confirms recording an opinion adopted without a quorum. */
      quorumConfirmed: z.boolean(),
    })
    .superRefine((value, ctx) => {
      if (value.kind !== "POSITIVE" && !value.text) {
        ctx.addIssue({ code: "custom", path: ["text"], message: `${E}.textRequired` });
      }
      const votes = toVotes(value);
      if (!votes) return;
      for (const issue of voteIssues(votes, councilSize)) {
        ctx.addIssue({ code: "custom", path: [issue.field], message: `${E}.${issue.code}` });
      }
      if (votes.membersPresent > 0 && !hasQuorum(votes.membersPresent, councilSize) && !value.quorumConfirmed) {
        ctx.addIssue({ code: "custom", path: ["quorumConfirmed"], message: `${E}.quorumNotConfirmed` });
      }
    });
}

export type CouncilOpinionInput = z.input<ReturnType<typeof councilOpinionSchema>>;

/** The four counts as numbers, or null while any of them is not a whole number. */
export function toVotes(
  value: Pick<CouncilOpinionInput, "votesFor" | "votesAgainst" | "votesAbstaining" | "membersPresent">,
) {
  const numbers = [value.votesFor, value.votesAgainst, value.votesAbstaining, value.membersPresent].map((v) =>
    /^\d{1,3}$/.test(v.trim()) ? Number(v) : null,
  );
  if (numbers.some((n) => n === null)) return null;
  const [votesFor, votesAgainst, votesAbstaining, membersPresent] = numbers as number[];
  return {
    votesFor: votesFor ?? 0,
    votesAgainst: votesAgainst ?? 0,
    votesAbstaining: votesAbstaining ?? 0,
    membersPresent: membersPresent ?? 0,
  };
}

/** The reason a clerk gives for hiding an abusive comment; shown publicly in its place. */
export const hideCommentFormSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, { error: "commentModeration.errors.reasonRequired" })
    .max(500, { error: "commentModeration.errors.reasonTooLong" }),
});
export type HideCommentFormInput = z.infer<typeof hideCommentFormSchema>;

/** A page number from the address (`?strona=2`); anything else is the first page. */
export function pageNumber(value: string | string[] | undefined): number {
  const text = Array.isArray(value) ? value[0] : value;
  const page = Number(text);
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
}
