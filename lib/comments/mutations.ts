import "server-only";
import { appendAuditEvent } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/actor";
import { effectiveStatus } from "@/lib/consultations/status";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { queueReportCorrection } from "@/lib/reports/redact";
import { plainText } from "./body";
import { canHideComment, canModifyComment, checkCommentOnBehalf } from "./policy";
import { receiptHash } from "./receipt";
import { type CommentDraftInput, type CommentSubmission, hideReasonSchema } from "./schema";
import { type Receipt, type SubmitResult, submissionQueue, takeReceiptNumbers } from "./submissions";

export type { Receipt, SubmitResult } from "./submissions";

async function existingReceipt(idempotencyKey: string, authorId: string): Promise<SubmitResult | null> {
  const existing = await db.comment.findUnique({
    where: { idempotencyKey },
    select: { id: true, authorId: true, status: true, receiptNumber: true, receiptHash: true, submittedAt: true },
  });
  if (!existing || (existing.authorId === authorId && existing.status === "DRAFT")) return null;
  if (existing.authorId !== authorId || !existing.receiptNumber || !existing.receiptHash || !existing.submittedAt) {
    return { ok: false, reason: "idempotency_conflict" };
  }
  const { id: commentId, receiptNumber, receiptHash, submittedAt } = existing;
  return { ok: true, duplicate: true, receipt: { commentId, receiptNumber, receiptHash, submittedAt } };
}

/**
 * Stores a comment with its receipt in one transaction, with an audit event. The server
 * clock decides the deadline (23:59:59 Europe/Warsaw of the last day); the same
 * idempotency key always yields the same single comment, however often it is sent.
 * Submissions arriving together are checked and written together (`submissionQueue`).
 */
export async function submitComment(actor: Actor, input: CommentSubmission, now: Date): Promise<SubmitResult> {
  try {
    return await submissionQueue().submit({ actor, input, now });
  } catch (error) {
    // A parallel request with the same key won the race elsewhere: answer with its receipt.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await existingReceipt(input.idempotencyKey, actor.id);
      if (winner) return winner;
    }
    throw error;
  }
}

export type ReviseInput =
  | {
      kind: "edit";
      body: CommentSubmission["body"];
      proposedWording?: string;
      justification?: string;
      /** The receipt number of the version the editor started from: refused if the comment changed since. */
      basedOn?: string;
    }
  | { kind: "withdraw" };

export type ReviseResult =
  | { ok: true; receipt: Receipt }
  | { ok: false; reason: "not_found" | "forbidden" | "closed" | "withdrawn" | "justification_required" | "changed" };

/** Thrown inside the transaction to roll it back (and the receipt number it took) when the comment changed. */
class ChangedMeanwhile extends Error {}

/**
 * Edits or withdraws a submitted comment before the deadline. Every version is kept
 * (comment_revisions) and each change gets a new receipt.
 */
export async function reviseComment(
  actor: Actor,
  commentId: string,
  change: ReviseInput,
  now: Date,
): Promise<ReviseResult> {
  const comment = await db.comment.findUnique({
    where: { id: commentId },
    include: {
      provision: { select: { citation: true } },
      consultation: {
        select: {
          id: true,
          status: true,
          opensAt: true,
          closesAt: true,
          receiptCode: true,
          justificationRequired: true,
        },
      },
    },
  });
  if (!comment || comment.status === "DRAFT") return { ok: false, reason: "not_found" };
  if (!canModifyComment(actor, comment)) return { ok: false, reason: "forbidden" };
  if (effectiveStatus(comment.consultation, now) !== "OPEN") return { ok: false, reason: "closed" };
  if (comment.status === "WITHDRAWN") return { ok: false, reason: "withdrawn" };
  if (change.kind === "edit" && comment.consultation.justificationRequired && !change.justification) {
    return { ok: false, reason: "justification_required" };
  }
  const next =
    change.kind === "edit"
      ? {
          status: "SUBMITTED" as const,
          body: change.body,
          proposedWording: change.proposedWording || null,
          justification: change.justification || null,
        }
      : {
          status: "WITHDRAWN" as const,
          body: comment.body,
          proposedWording: comment.proposedWording,
          justification: comment.justification,
        };
  try {
    return await db.$transaction(async (tx) => {
      const [receiptNumber] = (await takeReceiptNumbers(tx, comment.consultation, 1, now)) as [string];
      // Re-read under the counter's lock: two edits at once must not both become revision n+1.
      const current = await tx.comment.findUniqueOrThrow({
        where: { id: comment.id },
        select: { revision: true, receiptNumber: true },
      });
      // Two members editing at once: the second must not silently replace the first one's text.
      if (change.kind === "edit" && change.basedOn && current.receiptNumber !== change.basedOn) {
        throw new ChangedMeanwhile();
      }
      const { revision } = current;
      const hash = receiptHash({
        receiptNumber,
        consultationId: comment.consultationId,
        provisionCitation: comment.provision?.citation ?? null,
        organizationId: comment.organizationId,
        authorId: comment.authorId,
        revision: revision + 1,
        status: next.status,
        body: next.body,
        proposedWording: next.proposedWording,
        justification: next.justification,
        submittedAt: now,
      });
      await tx.comment.update({
        where: { id: comment.id },
        data: {
          status: next.status,
          body: next.body as Prisma.InputJsonValue,
          bodyText: plainText(next.body as { content?: unknown[] }),
          proposedWording: next.proposedWording,
          justification: next.justification,
          revision: revision + 1,
          submittedAt: now,
          receiptNumber,
          receiptHash: hash,
          revisions: {
            create: {
              revision: revision + 1,
              status: next.status,
              body: next.body as Prisma.InputJsonValue,
              proposedWording: next.proposedWording,
              justification: next.justification,
              receiptNumber,
              receiptHash: hash,
              createdAt: now,
            },
          },
        },
      });
      await appendAuditEvent(tx, {
        actorId: actor.id,
        action: change.kind === "edit" ? "comment.edited" : "comment.withdrawn",
        entityType: "Comment",
        entityId: comment.id,
        data: { receiptNumber, receiptHash: hash, revision: revision + 1 },
      });
      return {
        ok: true as const,
        receipt: { commentId: comment.id, receiptNumber, receiptHash: hash, submittedAt: now },
      };
    });
  } catch (error) {
    if (error instanceof ChangedMeanwhile) return { ok: false, reason: "changed" };
    throw error;
  }
}

export type HideResult =
  | { ok: true; hiddenAt: Date }
  | { ok: false; reason: "not_found" | "forbidden" | "reason_required" | "already_hidden" };

/**
 * Hides an abusive comment (a clerk who manages the consultation, or an admin). The
 * comment and its versions stay stored for the record and the report; the public page
 * shows only the reason. One transaction with an audit event.
 */
export async function hideComment(actor: Actor, commentId: string, reason: string, now: Date): Promise<HideResult> {
  const parsedReason = hideReasonSchema.safeParse(reason);
  if (!parsedReason.success) return { ok: false, reason: "reason_required" };
  const comment = await db.comment.findUnique({
    where: { id: commentId },
    select: {
      id: true,
      status: true,
      hiddenAt: true,
      consultationId: true,
      consultation: { select: { ownerUnitId: true, status: true } },
    },
  });
  if (!comment || comment.status === "DRAFT") return { ok: false, reason: "not_found" };
  if (!canHideComment(actor, comment.consultation)) return { ok: false, reason: "forbidden" };
  const result = await db.$transaction(async (tx) => {
    // Only a visible comment is hidden: two clerks at once must not both record a hiding.
    const updated = await tx.comment.updateMany({
      where: { id: comment.id, hiddenAt: null },
      data: { hiddenAt: now, hiddenReason: parsedReason.data, hiddenById: actor.id },
    });
    if (updated.count === 0) return { ok: false as const, reason: "already_hidden" as const };
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "comment.hidden",
      entityType: "Comment",
      entityId: comment.id,
      data: { reason: parsedReason.data, hiddenAt: now.toISOString() },
    });
    return { ok: true as const, hiddenAt: now };
  });
  // Hidden after the report was published: its files are written again without the text.
  if (result.ok && comment.consultation.status === "REPORT_PUBLISHED") {
    await queueReportCorrection(comment.consultationId);
  }
  return result;
}

export type DraftResult =
  | { ok: true; savedAt: Date }
  | { ok: false; reason: "not_found" | "closed" | "not_open" | "unknown_unit" | "submitted" | "idempotency_conflict" };

/**
 * Autosave: keeps what is being typed as a DRAFT comment under the panel's idempotency
 * key (never public, no receipt). Submitting with the same key turns it into the comment.
 * "On behalf of" is remembered only when the person may speak for that choice.
 */
export async function saveCommentDraft(actor: Actor, input: CommentDraftInput, now: Date): Promise<DraftResult> {
  const existing = await db.comment.findUnique({
    where: { idempotencyKey: input.idempotencyKey },
    select: { id: true, authorId: true, status: true, consultationId: true, provisionId: true },
  });
  if (existing && existing.authorId !== actor.id) return { ok: false, reason: "idempotency_conflict" };
  if (existing && existing.status !== "DRAFT") return { ok: false, reason: "submitted" };
  if (existing && (existing.consultationId !== input.consultationId || existing.provisionId !== input.provisionId)) {
    return { ok: false, reason: "idempotency_conflict" };
  }
  const consultation = await db.consultation.findUnique({
    where: { id: input.consultationId },
    select: {
      id: true,
      status: true,
      opensAt: true,
      closesAt: true,
      whoMayComment: true,
      versions: { where: { publishedAt: { not: null } }, orderBy: { number: "desc" }, take: 1, select: { id: true } },
    },
  });
  if (!consultation) return { ok: false, reason: "not_found" };
  const status = effectiveStatus(consultation, now);
  if (status === "CLOSED" || status === "REPORT_PUBLISHED") return { ok: false, reason: "closed" };
  const versionId = consultation.versions[0]?.id;
  if (status !== "OPEN" || !versionId) return { ok: false, reason: "not_open" };
  const provision = input.provisionId
    ? await db.provision.findFirst({ where: { id: input.provisionId, versionId }, select: { id: true, text: true } })
    : null;
  if (input.provisionId && !provision) return { ok: false, reason: "unknown_unit" };
  const allowed = input.onBehalf ? checkCommentOnBehalf(actor, consultation, input.onBehalf).ok : false;
  const fields = {
    organizationId: allowed && input.onBehalf?.kind === "organization" ? input.onBehalf.organizationId : null,
    asCouncil: allowed && input.onBehalf?.kind === "council",
    body: input.body,
    bodyText: plainText(input.body),
    proposedWording: input.proposedWording ?? null,
    justification: input.justification ?? null,
  };
  try {
    if (existing) {
      // Only while it is still a draft: a submit that just happened must not be overwritten.
      const updated = await db.comment.updateMany({
        where: { id: existing.id, status: "DRAFT" },
        data: { ...fields, updatedAt: now },
      });
      if (updated.count === 0) return { ok: false, reason: "submitted" };
    } else {
      await db.comment.create({
        data: {
          ...fields,
          consultationId: consultation.id,
          versionId,
          provisionId: provision?.id ?? null,
          authorId: actor.id,
          currentWording: provision?.text ?? null,
          status: "DRAFT",
          idempotencyKey: input.idempotencyKey,
          updatedAt: now,
        },
      });
    }
  } catch (error) {
    // Two autosaves of a new draft at once: the other one created the row; save again over it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return saveCommentDraft(actor, input, now);
    }
    throw error;
  }
  return { ok: true, savedAt: now };
}
