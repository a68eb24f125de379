import "server-only";
import { appendAuditEvent } from "@/lib/audit/log";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { QUEUES, runningJobQueue } from "@/lib/jobs/boss";
import { now } from "@/lib/time/clock";
import { writeReportFiles } from "./generate";
import { loadReportSource } from "./source";

/** What a correction of a published report records (audit event `report.corrected`). */
export type ReportCorrection = {
  at: Date;
  /** The comments whose text was taken out, with the reason each was hidden. */
  hidden: { receiptNumber: string | null; reason: string | null }[];
};

/**
 * Comments of the report's consultation hidden after its generation and not yet taken out of its
 * files: each correction records the comments it took out (`report.corrected`), so a hiding whose
 * transaction was still open while a correction read the data is caught by the next run.
 */
const PENDING_HIDDEN = (reportRow: Prisma.Sql) => Prisma.sql`
  SELECT c.id, c.receipt_number, c.hidden_reason FROM comments c
  WHERE c.consultation_id = ${reportRow}.consultation_id AND c.status = 'SUBMITTED'
    AND c.hidden_at > ${reportRow}.generated_at
    AND NOT EXISTS (
      SELECT 1 FROM audit_events e
      WHERE e.entity_type = 'Report' AND e.entity_id = ${reportRow}.id AND e.action = 'report.corrected'
        AND e.data -> 'hidden' @> jsonb_build_array(jsonb_build_object('commentId', c.id)))`;

/** Long enough to write a 100,000-comment report's files again inside one transaction. */
const CORRECTION_TIMEOUT_MS = 10 * 60_000;

/**
 * A comment hidden after its report was published (personal data or abuse noticed later) must not
 * stay readable in the published files: each published report of the consultation with a comment hidden
 * since is written again from the data as it is now (the hidden text replaced by the
 * reason, as on the web page), and the correction is logged: when, which comments, why, and every
 * file's SHA-256 before and after. Nothing else changes (outcome, publication record). Returns the
 * reports corrected; run again, it does nothing.
 */
export async function redactPublishedReports(consultationId?: string): Promise<string[]> {
  // One query finds the reports to correct (the scan runs it every 5 minutes over all of them).
  const due = await db.$queryRaw<{ id: string }[]>`
    SELECT r.id FROM reports r
    WHERE r.status = 'PUBLISHED' AND r.generated_at IS NOT NULL
      AND (${consultationId ?? null}::text IS NULL OR r.consultation_id = ${consultationId ?? null})
      AND EXISTS (${PENDING_HIDDEN(Prisma.sql`r`)})`;
  const corrected: string[] = [];
  for (const { id } of due) if (await correctReport(id)) corrected.push(id);
  return corrected;
}

/**
 * Writes one published report's files again inside one transaction: readers keep the published
 * files until the new ones are complete, a failure leaves everything as it was (and still due),
 * and the row lock makes the job and the scan take turns.
 */
async function correctReport(reportId: string): Promise<boolean> {
  return db.$transaction(
    async (tx) => {
      const [report] = await tx.$queryRaw<{ id: string; consultation_id: string; outcome: string | null }[]>`
        SELECT id, consultation_id, outcome FROM reports
        WHERE id = ${reportId} AND status = 'PUBLISHED' AND generated_at IS NOT NULL FOR UPDATE`;
      if (!report) return false;
      const pending = await tx.$queryRaw<{ id: string; receipt_number: string | null; hidden_reason: string | null }[]>`
        SELECT p.* FROM reports r, LATERAL (${PENDING_HIDDEN(Prisma.sql`r`)}) p WHERE r.id = ${reportId}`;
      if (pending.length === 0) return false;
      const before = await tx.reportFile.findMany({ where: { reportId }, select: { format: true, sha256: true } });
      const source = await loadReportSource(report.consultation_id, report.outcome);
      const after = await writeReportFiles(reportId, source, now(), undefined, tx);
      await appendAuditEvent(tx, {
        actorId: null,
        action: "report.corrected",
        entityType: "Report",
        entityId: reportId,
        data: {
          consultationId: report.consultation_id,
          hidden: pending.map((c) => ({ commentId: c.id, receiptNumber: c.receipt_number, reason: c.hidden_reason })),
          before: Object.fromEntries(before.map((f) => [f.format, f.sha256])),
          after,
        },
      });
      return true;
    },
    { timeout: CORRECTION_TIMEOUT_MS, maxWait: 60_000 },
  );
}

/**
 * After a hiding: the published report's files are corrected by a job at once (when this process
 * runs the queue); the 5-minute scan catches whatever this misses.
 */
export async function queueReportCorrection(consultationId: string): Promise<void> {
  try {
    const queue = runningJobQueue();
    if (queue) await (await queue).send(QUEUES.redactReports, { consultationId }, { singletonKey: consultationId });
  } catch (error) {
    console.error("report correction not queued (the scan will do it)", error);
  }
}

/** The corrections of a published report, oldest first, for its public page. */
export async function reportCorrections(reportId: string): Promise<ReportCorrection[]> {
  const events = await db.auditEvent.findMany({
    where: { entityType: "Report", entityId: reportId, action: "report.corrected" },
    orderBy: { seq: "asc" },
    select: { at: true, data: true },
  });
  return events.map((event) => {
    const data = (event.data ?? {}) as { hidden?: { receiptNumber?: unknown; reason?: unknown }[] };
    return {
      at: event.at,
      hidden: (Array.isArray(data.hidden) ? data.hidden : []).map((h) => ({
        receiptNumber: typeof h.receiptNumber === "string" ? h.receiptNumber : null,
        reason: typeof h.reason === "string" ? h.reason : null,
      })),
    };
  });
}
