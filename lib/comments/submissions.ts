import "server-only";
import { randomUUID } from "node:crypto";
import { appendAuditEvents } from "@/lib/audit/log";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ConsultationStatus } from "@/lib/generated/prisma/enums";
import { settingDefaults } from "@/lib/settings/defaults";
import { warsawDate } from "@/lib/time/warsaw";
import { plainText } from "./body";
import { formatReceiptNumber, receiptHash } from "./receipt";
import {
  type CheckedSubmission,
  type ConsultationFacts,
  decideSubmission,
  type Existing,
  type SubmissionRequest,
  type SubmitResult,
} from "./submission-rules";

export type { Receipt, SubmissionRequest, SubmitResult } from "./submission-rules";

/**
 * Takes the next `count` receipt numbers of a consultation. The counter row stays locked
 * until the caller's transaction ends, so numbers follow one another without gaps.
 */
export async function takeReceiptNumbers(
  tx: Prisma.TransactionClient,
  consultation: { id: string; receiptCode: string },
  count: number,
  now: Date,
): Promise<string[]> {
  const rows = await tx.$queryRaw<{ receipts_issued: number }[]>`
    UPDATE consultations SET receipts_issued = receipts_issued + ${count}
    WHERE id = ${consultation.id} RETURNING receipts_issued`;
  const last = rows[0]?.receipts_issued;
  if (last === undefined) throw new Error(`consultation ${consultation.id} not found`);
  const year = Number(warsawDate(now).slice(0, 4));
  return Array.from({ length: count }, (_, i) =>
    formatReceiptNumber({
      cityCode: settingDefaults.cityCode,
      year,
      consultationCode: consultation.receiptCode,
      sequence: last - count + 1 + i,
    }),
  );
}

type ConsultationRow = {
  id: string;
  status: ConsultationStatus;
  opens_at: Date;
  closes_at: Date;
  receipt_code: string;
  who_may_comment: ConsultationFacts["whoMayComment"];
  justification_required: boolean;
  version_id: string | null;
};

/**
 * Checks and stores submissions in one transaction: each comment with its first revision,
 * its receipt number and hash, and its audit event. The consultation rows are locked first,
 * so the deadline, the numbering and the "seen this key before?" answer are all read as
 * of the moment of writing. A key seen before (a retry, a double click, a parallel
 * request) yields the receipt already given, never a second comment.
 */
export async function writeSubmissions(batch: readonly SubmissionRequest[]): Promise<SubmitResult[]> {
  const provisionIds = [...new Set(batch.flatMap((r) => (r.input.provisionId ? [r.input.provisionId] : [])))];
  // Published units never change: they can be read before the transaction.
  const provisions = new Map(
    (provisionIds.length === 0
      ? []
      : await db.provision.findMany({
          where: { id: { in: provisionIds } },
          select: { id: true, versionId: true, citation: true, text: true },
        })
    ).map((p) => [p.id, p]),
  );
  return db.$transaction(async (tx) => {
    const consultationIds = [...new Set(batch.map((r) => r.input.consultationId))].sort();
    // Writers of one consultation queue on its row, always in the same order (no deadlock).
    const consultationRows = await tx.$queryRaw<ConsultationRow[]>`
      SELECT c.id, c.status::text AS status, c.opens_at, c.closes_at, c.receipt_code,
             c.who_may_comment::text AS who_may_comment, c.justification_required,
             (SELECT v.id FROM document_versions v WHERE v.consultation_id = c.id AND v.published_at IS NOT NULL
              ORDER BY v.number DESC LIMIT 1) AS version_id
      FROM consultations c WHERE c.id IN (${Prisma.join(consultationIds)}) ORDER BY c.id FOR UPDATE OF c`;
    const consultations = new Map<string, ConsultationFacts>(
      consultationRows.map((c) => [
        c.id,
        {
          id: c.id,
          status: c.status,
          opensAt: c.opens_at,
          closesAt: c.closes_at,
          receiptCode: c.receipt_code,
          whoMayComment: c.who_may_comment,
          justificationRequired: c.justification_required,
          versionId: c.version_id,
        },
      ]),
    );
    const stored = await tx.comment.findMany({
      where: { idempotencyKey: { in: batch.map((r) => r.input.idempotencyKey) } },
      select: {
        id: true,
        authorId: true,
        status: true,
        idempotencyKey: true,
        receiptNumber: true,
        receiptHash: true,
        submittedAt: true,
      },
    });
    const byKey = new Map<string, Existing>(
      stored.map((c) => [
        c.idempotencyKey,
        {
          id: c.id,
          authorId: c.authorId,
          status: c.status,
          receipt:
            c.receiptNumber && c.receiptHash && c.submittedAt
              ? {
                  commentId: c.id,
                  receiptNumber: c.receiptNumber,
                  receiptHash: c.receiptHash,
                  submittedAt: c.submittedAt,
                }
              : null,
        },
      ]),
    );

    const results: (SubmitResult | null)[] = [];
    const toWrite: { index: number; submission: CheckedSubmission; draftId: string | null }[] = [];
    const claimed = new Map<string, number>();
    for (const [index, request] of batch.entries()) {
      const key = request.input.idempotencyKey;
      const first = claimed.get(key);
      if (first !== undefined) {
        // The same key twice in one batch: the first one decides; filled in at the end.
        results.push(
          batch[first]?.actor.id === request.actor.id ? null : { ok: false, reason: "idempotency_conflict" },
        );
        continue;
      }
      claimed.set(key, index);
      const decision = decideSubmission(request, {
        existing: byKey.get(key),
        consultation: consultations.get(request.input.consultationId),
        provision: request.input.provisionId ? provisions.get(request.input.provisionId) : undefined,
      });
      if ("write" in decision) {
        toWrite.push({ index, submission: decision.write, draftId: decision.draftId });
        results.push(null);
      } else results.push(decision);
    }

    const numbers = new Map<number, string>();
    for (const consultationId of consultationIds) {
      const writes = toWrite.filter((w) => w.submission.consultation.id === consultationId);
      const first = writes[0];
      if (!first) continue;
      const taken = await takeReceiptNumbers(tx, first.submission.consultation, writes.length, first.submission.now);
      for (const [i, w] of writes.entries()) numbers.set(w.index, taken[i] as string);
    }

    const rows = toWrite.map(({ index, submission: s, draftId }) => {
      const receiptNumber = numbers.get(index) as string;
      const hash = receiptHash({
        receiptNumber,
        consultationId: s.consultation.id,
        provisionCitation: s.provision?.citation ?? null,
        organizationId: s.organizationId,
        authorId: s.authorId,
        revision: 1,
        status: "SUBMITTED",
        body: s.body,
        proposedWording: s.proposedWording,
        justification: s.justification,
        submittedAt: s.now,
      });
      const comment = {
        consultationId: s.consultation.id,
        versionId: s.versionId,
        provisionId: s.provision?.id ?? null,
        authorId: s.authorId,
        organizationId: s.organizationId,
        asCouncil: s.asCouncil,
        body: s.body,
        bodyText: plainText(s.body),
        currentWording: s.provision?.text ?? null,
        proposedWording: s.proposedWording,
        justification: s.justification,
        status: "SUBMITTED" as const,
        revision: 1,
        submittedAt: s.now,
        receiptNumber,
        receiptHash: hash,
        idempotencyKey: s.idempotencyKey,
      } satisfies Prisma.CommentUncheckedCreateInput;
      return { index, draftId, comment };
    });
    if (rows.length === 0) return finish(batch, results, claimed);

    const ids = new Map<string, string>();
    const fresh = rows
      .filter((r) => r.draftId === null)
      .map(({ comment: c }) => ({
        ...c,
        id: randomUUID(),
        revisionId: randomUUID(),
        submittedAt: c.submittedAt.toISOString(),
      }));
    if (fresh.length > 0) {
      // Comments and their first revisions in one statement (Prisma's createMany maps each row in JavaScript).
      await tx.$executeRaw`
        WITH x AS (
          SELECT * FROM jsonb_to_recordset(${JSON.stringify(fresh)}::jsonb) AS x(id text, "revisionId" text,
            "consultationId" text, "versionId" text, "provisionId" text, "authorId" text, "organizationId" text,
            "asCouncil" boolean, body jsonb, "bodyText" text, "currentWording" text, "proposedWording" text,
            justification text, "submittedAt" text, "receiptNumber" text, "receiptHash" text, "idempotencyKey" text)
        ), inserted AS (
          INSERT INTO comments (id, consultation_id, version_id, provision_id, author_id, organization_id, as_council,
            body, body_text, current_wording, proposed_wording, justification, status, revision, submitted_at,
            receipt_number, receipt_hash, idempotency_key, created_at, updated_at)
          SELECT id, "consultationId", "versionId", "provisionId", "authorId", "organizationId", "asCouncil",
            body, "bodyText", "currentWording", "proposedWording", justification, 'SUBMITTED', 1,
            "submittedAt"::timestamptz AT TIME ZONE 'UTC', "receiptNumber", "receiptHash", "idempotencyKey",
            "submittedAt"::timestamptz AT TIME ZONE 'UTC', "submittedAt"::timestamptz AT TIME ZONE 'UTC'
          FROM x RETURNING id
        )
        INSERT INTO comment_revisions (id, comment_id, revision, status, body, proposed_wording, justification,
          receipt_number, receipt_hash, created_at)
        SELECT x."revisionId", x.id, 1, 'SUBMITTED', x.body, x."proposedWording", x.justification, x."receiptNumber",
          x."receiptHash", x."submittedAt"::timestamptz AT TIME ZONE 'UTC'
        FROM x JOIN inserted ON inserted.id = x.id`;
      for (const c of fresh) ids.set(c.idempotencyKey, c.id);
    }
    for (const { draftId, comment } of rows) {
      if (draftId === null) continue;
      await tx.comment.update({
        where: { id: draftId },
        data: {
          ...comment,
          revisions: {
            create: {
              revision: 1,
              status: "SUBMITTED",
              body: comment.body,
              proposedWording: comment.proposedWording,
              justification: comment.justification,
              receiptNumber: comment.receiptNumber,
              receiptHash: comment.receiptHash,
              createdAt: comment.submittedAt,
            },
          },
        },
        select: { id: true },
      });
      ids.set(comment.idempotencyKey, draftId);
    }
    await appendAuditEvents(
      tx,
      rows.map(({ comment: c }) => ({
        actorId: c.authorId,
        action: "comment.submitted",
        entityType: "Comment",
        entityId: ids.get(c.idempotencyKey) as string,
        data: { receiptNumber: c.receiptNumber, receiptHash: c.receiptHash, consultationId: c.consultationId },
      })),
    );
    for (const { index, comment: c } of rows) {
      results[index] = {
        ok: true,
        duplicate: false,
        receipt: {
          commentId: ids.get(c.idempotencyKey) as string,
          receiptNumber: c.receiptNumber,
          receiptHash: c.receiptHash,
          submittedAt: c.submittedAt,
        },
      };
    }
    return finish(batch, results, claimed);
  });
}

/** A repeat of a key decided earlier in the same batch gets that answer (a receipt marked as a repeat). */
function finish(
  batch: readonly SubmissionRequest[],
  results: readonly (SubmitResult | null)[],
  claimed: ReadonlyMap<string, number>,
): SubmitResult[] {
  return batch.map((request, index) => {
    const result = results[index];
    if (result) return result;
    const first = results[claimed.get(request.input.idempotencyKey) as number];
    if (!first) throw new Error("a submission in the batch was left without an answer");
    return first.ok ? { ...first, duplicate: true } : first;
  });
}

const MAX_BATCH = 100;
type Waiting = { request: SubmissionRequest; resolve: (w: SubmitResult) => void; reject: (e: unknown) => void };

/**
 * Submissions that arrive while a transaction is being written wait and go together in
 * the next one (group commit): one receipt-counter lock, one audit-chain lock and one
 * flush to disk for many comments instead of one each. Alone, a submission is written at once.
 */
class SubmissionQueue {
  private waiting: Waiting[] = [];
  private writing = false;

  submit(request: SubmissionRequest): Promise<SubmitResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ request, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain() {
    this.writing = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, MAX_BATCH);
        try {
          const written = await writeSubmissions(batch.map((w) => w.request));
          for (const [i, w] of batch.entries()) w.resolve(written[i] as SubmitResult);
        } catch {
          // One bad submission must not fail the others: write each alone.
          for (const w of batch) {
            try {
              const [written] = await writeSubmissions([w.request]);
              w.resolve(written as SubmitResult);
            } catch (error) {
              w.reject(error);
            }
          }
        }
      }
    } finally {
      this.writing = false;
    }
  }
}

const globalQueue = globalThis as unknown as { konsultacjeSubmissionQueue?: SubmissionQueue };

/** One queue per server process, shared by every route bundle that submits comments. */
export function submissionQueue(): SubmissionQueue {
  globalQueue.konsultacjeSubmissionQueue ??= new SubmissionQueue();
  return globalQueue.konsultacjeSubmissionQueue;
}
