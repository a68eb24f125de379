import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { appendAuditEvent, appendAuditEvents } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/actor";
import { docFromPlainText, plainText } from "@/lib/comments/body";
import { receiptHash } from "@/lib/comments/receipt";
import { takeReceiptNumbers } from "@/lib/comments/submissions";
import { effectiveStatus } from "@/lib/consultations/status";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ConsultationStatus } from "@/lib/generated/prisma/enums";
import { startOfWarsawDay, warsawDate } from "@/lib/time/warsaw";
import { canAnswerGroup, canAssignComments, canEnterComment, isOwnerUnitClerk, isValidAssignee } from "./policy";
import { COMMENT_SCAN_PURPOSE } from "./queries";
import { type ChannelValue, jointWithList, type PositionValue } from "./schema";

type LockedConsultation = {
  id: string;
  owner_unit_id: string;
  status: ConsultationStatus;
  opens_at: Date;
  closes_at: Date;
  end_date: Date;
  receipt_code: string;
  version_id: string | null;
};

/**
 * Reads the consultation with a row lock held to the end of the transaction: a report being
 * published (a status change) waits for the answers being written, and the reverse.
 */
async function lockConsultation(tx: Prisma.TransactionClient, consultationId: string, mode: "share" | "update") {
  const lock = mode === "share" ? Prisma.sql`FOR SHARE OF c` : Prisma.sql`FOR UPDATE OF c`;
  const [row] = await tx.$queryRaw<LockedConsultation[]>`
    SELECT c.id, c.owner_unit_id, c.status::text AS status, c.opens_at, c.closes_at, c.end_date, c.receipt_code,
      (SELECT v.id FROM document_versions v WHERE v.consultation_id = c.id AND v.published_at < c.closes_at
       ORDER BY v.number DESC LIMIT 1) AS version_id
    FROM consultations c WHERE c.id = ${consultationId} ${lock}`;
  return row ?? null;
}

function clockStatus(row: LockedConsultation, now: Date) {
  return effectiveStatus({ status: row.status, opensAt: row.opens_at, closesAt: row.closes_at }, now);
}

// --- Answers --------------------------------------------------------------------------------------

export type AnswerInput = {
  commentIds: readonly string[];
  position: PositionValue;
  justification?: string;
  /** The answer's revision each comment had when the clerk opened the form (0: none), and its receipt then. */
  basedOn?: readonly { commentId: string; revision: number; receipt?: string | null }[];
};

export type AnswerResult =
  | { ok: true; saved: { commentId: string; revision: number }[] }
  | { ok: false; reason: "not_found" | "forbidden" | "locked" | "unknown_comments" | "changed" | "comment_changed" };

/**
 * Records one answer for one or more comments of a consultation (a single comment, a group, the
 * ticked ones): each comment's current answer is replaced, the previous ones stay in its history
 * with their authors, and each gets an audit event — all in one transaction.
 */
export async function saveAnswers(
  actor: Actor,
  consultationId: string,
  input: AnswerInput,
  now: Date,
): Promise<AnswerResult> {
  const ids = [...new Set(input.commentIds)].sort();
  if (ids.length === 0) return { ok: false, reason: "unknown_comments" };
  const justification = input.justification?.trim() || null;
  return db.$transaction(async (tx) => {
    const consultation = await lockConsultation(tx, consultationId, "share");
    if (!consultation) return { ok: false as const, reason: "not_found" as const };
    const ref = { ownerUnitId: consultation.owner_unit_id, status: clockStatus(consultation, now) };
    if (!isOwnerUnitClerk(actor, ref)) return { ok: false as const, reason: "forbidden" as const };
    if (!canAnswerGroup(actor, ref)) return { ok: false as const, reason: "locked" as const };
    // The comments' rows are locked in a fixed order: two clerks answering overlapping groups queue.
    const found = await tx.$queryRaw<{ id: string; revision: number | null; receipt_number: string | null }[]>`
      SELECT c.id, r.revision, c.receipt_number FROM comments c LEFT JOIN responses r ON r.comment_id = c.id
      WHERE c.id = ANY(${ids}::text[]) AND c.consultation_id = ${consultationId} AND c.status = 'SUBMITTED'
      ORDER BY c.id FOR UPDATE OF c`;
    if (found.length !== ids.length) return { ok: false as const, reason: "unknown_comments" as const };
    // Another clerk answered one of them after this form was opened: no silent overwrite of their answer.
    const current = new Map(found.map((c) => [c.id, c.revision ?? 0]));
    if (input.basedOn?.some((b) => current.has(b.commentId) && current.get(b.commentId) !== b.revision)) {
      return { ok: false as const, reason: "changed" as const };
    }
    // The commenter edited a comment after this form was opened: the answer was written to the old text.
    const receipts = new Map(found.map((c) => [c.id, c.receipt_number]));
    if (
      input.basedOn?.some(
        (b) => b.receipt !== undefined && receipts.has(b.commentId) && receipts.get(b.commentId) !== b.receipt,
      )
    ) {
      return { ok: false as const, reason: "comment_changed" as const };
    }
    const answered = found.filter((c) => c.revision !== null).map((c) => c.id);
    const fresh = found.filter((c) => c.revision === null).map((c) => c.id);
    if (answered.length > 0) {
      await tx.$executeRaw`
        UPDATE responses SET position = ${input.position}::"Position", justification = ${justification},
          author_id = ${actor.id}, revision = revision + 1, updated_at = ${now}
        WHERE comment_id = ANY(${answered}::text[])`;
    }
    if (fresh.length > 0) {
      await tx.response.createMany({
        data: fresh.map((commentId) => ({
          commentId,
          position: input.position,
          justification,
          authorId: actor.id,
          revision: 1,
          createdAt: now,
          updatedAt: now,
        })),
      });
    }
    const saved = found.map((c) => ({ commentId: c.id, revision: (c.revision ?? 0) + 1 }));
    await tx.responseRevision.createMany({
      data: saved.map(({ commentId, revision }) => ({
        commentId,
        revision,
        position: input.position,
        justification,
        authorId: actor.id,
        createdAt: now,
      })),
    });
    await appendAuditEvents(
      tx,
      saved.map(({ commentId, revision }) => ({
        actorId: actor.id,
        action: "response.saved",
        entityType: "Comment",
        entityId: commentId,
        data: {
          consultationId,
          position: input.position,
          justification,
          revision,
          ...(saved.length > 1 ? { answeredTogether: saved.length } : {}),
        },
      })),
    );
    return { ok: true as const, saved };
  });
}

// --- Assignment ------------------------------------------------------------------------------------

export type AssignResult =
  | { ok: true; assigneeId: string | null }
  | { ok: false; reason: "not_found" | "forbidden" | "locked" | "invalid_assignee" };

/** Assigns a comment to a clerk of the owner unit (or to nobody), with an audit event. */
export async function assignComment(
  actor: Actor,
  commentId: string,
  assigneeId: string | null,
  now: Date,
): Promise<AssignResult> {
  const comment = await db.comment.findUnique({
    where: { id: commentId },
    select: {
      id: true,
      status: true,
      assignedToId: true,
      consultation: { select: { id: true, ownerUnitId: true, status: true, opensAt: true, closesAt: true } },
    },
  });
  if (comment?.status !== "SUBMITTED") return { ok: false, reason: "not_found" };
  const ref = { ownerUnitId: comment.consultation.ownerUnitId, status: effectiveStatus(comment.consultation, now) };
  if (!isOwnerUnitClerk(actor, ref)) return { ok: false, reason: "forbidden" };
  if (!canAssignComments(actor, ref)) return { ok: false, reason: "locked" };
  if (assigneeId) {
    const assignee = await db.user.findUnique({
      where: { id: assigneeId },
      select: { roles: true, clerkOf: { select: { unitId: true } } },
    });
    const clerkUnitIds = assignee?.clerkOf.map((c) => c.unitId) ?? [];
    if (!assignee || !isValidAssignee({ roles: assignee.roles, clerkUnitIds }, ref)) {
      return { ok: false, reason: "invalid_assignee" };
    }
  }
  return db.$transaction(async (tx) => {
    // Raw, so that updated_at stays: who prepares the answer is not in the report, and a report
    // generated before an assignment must not become stale for it (lastChangeSql reads updated_at).
    await tx.$executeRaw`UPDATE comments SET assigned_to_id = ${assigneeId} WHERE id = ${comment.id}`;
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "comment.assigned",
      entityType: "Comment",
      entityId: comment.id,
      data: { consultationId: comment.consultation.id, assigneeId, previousAssigneeId: comment.assignedToId },
    });
    return { ok: true as const, assigneeId };
  });
}

// --- Comments from other channels ------------------------------------------------------------------

export type EnteredComment = {
  organizationId: string | null;
  submitterName: string | null;
  /** The sender is a private person (named only with their consent), not an organisation. */
  submitterPerson?: boolean;
  /** One organisation per line. */
  jointWith: string;
  provisionId: string | null;
  body: string;
  proposedWording: string;
  justification: string;
  /** Warsaw calendar date. */
  receivedOn: string;
  channel: Exclude<ChannelValue, "PLATFORM">;
  scanFileId: string | null;
  idempotencyKey: string;
};

export type EnterResult =
  | { ok: true; duplicate: boolean; commentId: string; receiptNumber: string; receiptHash: string }
  | {
      ok: false;
      reason:
        | "not_found"
        | "forbidden"
        | "not_open"
        | "locked"
        | "received_after_end"
        | "received_in_future"
        | "unknown_unit"
        | "unknown_organization"
        | "invalid_scan"
        | "idempotency_conflict";
    };

async function previousEntry(idempotencyKey: string, actorId: string): Promise<EnterResult | null> {
  const existing = await db.comment.findUnique({
    where: { idempotencyKey },
    select: { id: true, enteredById: true, receiptNumber: true, receiptHash: true },
  });
  if (!existing) return null;
  if (existing.enteredById !== actorId || !existing.receiptNumber || !existing.receiptHash) {
    return { ok: false, reason: "idempotency_conflict" };
  }
  return {
    ok: true,
    duplicate: true,
    commentId: existing.id,
    receiptNumber: existing.receiptNumber,
    receiptHash: existing.receiptHash,
  };
}

/**
 * Types in a comment that arrived by e-mail, post, in person or at an open meeting, so that the
 * report is complete: it gets the next receipt number like a platform comment, its first revision
 * and a `comment.entered` audit event, in one transaction. The clerk is its author and the person
 * who entered it; `submittedAt` is the moment of entry, `receivedAt` the day it arrived.
 */
export async function enterComment(
  actor: Actor,
  consultationId: string,
  input: EnteredComment,
  now: Date,
): Promise<EnterResult> {
  const repeated = await previousEntry(input.idempotencyKey, actor.id);
  if (repeated) return repeated;
  try {
    return await db.$transaction(async (tx): Promise<EnterResult> => {
      const consultation = await lockConsultation(tx, consultationId, "update");
      if (!consultation) return { ok: false, reason: "not_found" };
      const status = clockStatus(consultation, now);
      const ref = { ownerUnitId: consultation.owner_unit_id, status };
      // Who may enter at all (as if it were open), then whether the consultation still takes entries.
      if (!canEnterComment(actor, { ...ref, status: "OPEN" })) return { ok: false, reason: "forbidden" };
      if (status === "REPORT_PUBLISHED") return { ok: false, reason: "locked" };
      if (!canEnterComment(actor, ref) || !consultation.version_id) return { ok: false, reason: "not_open" };
      if (input.receivedOn > consultation.end_date.toISOString().slice(0, 10)) {
        return { ok: false, reason: "received_after_end" };
      }
      if (input.receivedOn > warsawDate(now)) return { ok: false, reason: "received_in_future" };
      const provision = input.provisionId
        ? await tx.provision.findFirst({
            where: { id: input.provisionId, versionId: consultation.version_id },
            select: { id: true, citation: true, text: true },
          })
        : null;
      if (input.provisionId && !provision) return { ok: false, reason: "unknown_unit" };
      if (input.organizationId) {
        const organization = await tx.organization.findFirst({
          where: { id: input.organizationId, verification: { not: "REJECTED" } },
          select: { id: true },
        });
        if (!organization) return { ok: false, reason: "unknown_organization" };
      }
      if (input.scanFileId) {
        const scan = await tx.storedFile.findFirst({
          where: {
            id: input.scanFileId,
            consultationId,
            purpose: COMMENT_SCAN_PURPOSE,
            uploadedById: actor.id,
            commentScans: { none: {} },
          },
          select: { id: true },
        });
        if (!scan) return { ok: false, reason: "invalid_scan" };
      }
      const [receiptNumber] = (await takeReceiptNumbers(
        tx,
        { id: consultation.id, receiptCode: consultation.receipt_code },
        1,
        now,
      )) as [string];
      const body = docFromPlainText(input.body);
      const proposedWording = input.proposedWording.trim() || null;
      const justification = input.justification.trim() || null;
      const organizationId = input.organizationId || null;
      const hash = receiptHash({
        receiptNumber,
        consultationId: consultation.id,
        provisionCitation: provision?.citation ?? null,
        organizationId,
        authorId: actor.id,
        revision: 1,
        status: "SUBMITTED",
        body,
        proposedWording,
        justification,
        submittedAt: now,
      });
      const comment = await tx.comment.create({
        data: {
          consultationId: consultation.id,
          versionId: consultation.version_id,
          provisionId: provision?.id ?? null,
          authorId: actor.id,
          organizationId,
          channel: input.channel,
          enteredById: actor.id,
          receivedAt: startOfWarsawDay(input.receivedOn),
          body,
          bodyText: plainText(body),
          currentWording: provision?.text ?? null,
          proposedWording,
          justification,
          status: "SUBMITTED",
          revision: 1,
          submittedAt: now,
          receiptNumber,
          receiptHash: hash,
          idempotencyKey: input.idempotencyKey,
          submitterName: organizationId ? null : input.submitterName?.trim() || null,
          submitterPerson: !organizationId && (input.submitterPerson ?? false),
          jointWith: jointWithList(input.jointWith),
          scanFileId: input.scanFileId,
          createdAt: now,
          revisions: {
            create: {
              revision: 1,
              status: "SUBMITTED",
              body,
              proposedWording,
              justification,
              receiptNumber,
              receiptHash: hash,
              createdAt: now,
            },
          },
        },
        select: { id: true },
      });
      await appendAuditEvent(tx, {
        actorId: actor.id,
        action: "comment.entered",
        entityType: "Comment",
        entityId: comment.id,
        data: {
          consultationId: consultation.id,
          receiptNumber,
          receiptHash: hash,
          channel: input.channel,
          receivedOn: input.receivedOn,
        },
      });
      return { ok: true, duplicate: false, commentId: comment.id, receiptNumber, receiptHash: hash };
    });
  } catch (error) {
    // The same form sent twice at once: the other request entered it; answer with its receipt.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await previousEntry(input.idempotencyKey, actor.id);
      if (winner) return winner;
    }
    throw error;
  }
}

/** Stores the scan of a comment received on paper or by e-mail, before the comment is entered. */
export async function storeCommentScan(input: {
  consultationId: string;
  actorId: string;
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}) {
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const fileName = input.fileName.slice(-200) || `skan-${randomUUID().slice(0, 8)}`;
  return db.$transaction(async (tx) => {
    const file = await tx.storedFile.create({
      data: {
        consultationId: input.consultationId,
        purpose: COMMENT_SCAN_PURPOSE,
        fileName,
        mimeType: input.mimeType,
        size: input.bytes.byteLength,
        sha256,
        content: new Uint8Array(input.bytes),
        uploadedById: input.actorId,
      },
      select: { id: true, fileName: true, size: true },
    });
    await appendAuditEvent(tx, {
      actorId: input.actorId,
      action: "comment.scan_uploaded",
      entityType: "StoredFile",
      entityId: file.id,
      data: { consultationId: input.consultationId, fileName, size: file.size, sha256 },
    });
    return file;
  });
}
