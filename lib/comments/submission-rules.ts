import type { Actor } from "@/lib/auth/actor";
import { effectiveStatus } from "@/lib/consultations/status";
import type { ConsultationStatus } from "@/lib/generated/prisma/enums";
import { checkCommentOnBehalf } from "./policy";
import type { CommentSubmission } from "./schema";

export type Receipt = { commentId: string; receiptNumber: string; receiptHash: string; submittedAt: Date };

export type SubmitResult =
  | { ok: true; receipt: Receipt; duplicate: boolean }
  | {
      ok: false;
      reason:
        | "not_found"
        | "not_open"
        | "closed"
        | "unknown_unit"
        | "justification_required"
        | "forbidden"
        | "idempotency_conflict";
      detail?: string;
    };

/** What a person sent, as the server received it (its clock read at arrival). */
export type SubmissionRequest = { actor: Actor; input: CommentSubmission; now: Date };

/** A submission that passed every check and only waits to be stored with its receipt. */
export type CheckedSubmission = {
  authorId: string;
  consultation: { id: string; receiptCode: string };
  versionId: string;
  provision: { id: string; citation: string; text: string } | null;
  organizationId: string | null;
  asCouncil: boolean;
  body: CommentSubmission["body"];
  proposedWording: string | null;
  justification: string | null;
  idempotencyKey: string;
  now: Date;
};

export type Existing = { id: string; authorId: string; status: string; receipt: Receipt | null };

export type ConsultationFacts = {
  id: string;
  status: ConsultationStatus;
  opensAt: Date;
  closesAt: Date;
  receiptCode: string;
  whoMayComment: "ORGANIZATIONS" | "ORGANIZATIONS_AND_RESIDENTS";
  justificationRequired: boolean;
  versionId: string | null;
};

export type ProvisionFacts = { id: string; versionId: string; citation: string; text: string };

/**
 * What happens to one submission, from what the database holds when its transaction
 * looks: the receipt given before (a repeat), a refusal, or "write" with the checked data.
 * A repeat is answered before the deadline check: a retry after the close still gets its receipt.
 */
export function decideSubmission(
  { actor, input, now }: SubmissionRequest,
  facts: { existing?: Existing; consultation?: ConsultationFacts; provision?: ProvisionFacts },
): SubmitResult | { write: CheckedSubmission; draftId: string | null } {
  const { existing, consultation, provision } = facts;
  let draftId: string | null = null;
  if (existing) {
    if (existing.authorId !== actor.id) return { ok: false, reason: "idempotency_conflict" };
    if (existing.status !== "DRAFT") {
      return existing.receipt
        ? { ok: true, duplicate: true, receipt: existing.receipt }
        : { ok: false, reason: "idempotency_conflict" };
    }
    // The author's own autosaved draft under this key becomes the submitted comment.
    draftId = existing.id;
  }
  if (!consultation) return { ok: false, reason: "not_found" };
  const status = effectiveStatus(consultation, now);
  if (status === "CLOSED" || status === "REPORT_PUBLISHED") return { ok: false, reason: "closed" };
  if (status !== "OPEN" || !consultation.versionId) return { ok: false, reason: "not_open" };
  const behalf = checkCommentOnBehalf(actor, consultation, input.onBehalf);
  if (!behalf.ok) return { ok: false, reason: "forbidden", detail: behalf.reason };
  if (consultation.justificationRequired && !input.justification) {
    return { ok: false, reason: "justification_required" };
  }
  if (input.provisionId && provision?.versionId !== consultation.versionId)
    return { ok: false, reason: "unknown_unit" };
  return {
    draftId,
    write: {
      authorId: actor.id,
      consultation: { id: consultation.id, receiptCode: consultation.receiptCode },
      versionId: consultation.versionId,
      provision: input.provisionId && provision ? provision : null,
      organizationId: input.onBehalf.kind === "organization" ? input.onBehalf.organizationId : null,
      asCouncil: input.onBehalf.kind === "council",
      body: input.body,
      proposedWording: input.proposedWording || null,
      justification: input.justification || null,
      idempotencyKey: input.idempotencyKey,
      now,
    },
  };
}
