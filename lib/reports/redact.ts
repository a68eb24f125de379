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
 * A comment hidden after its report was published (personal data or abuse noticed later) must not
 * stay readable in the published files: each published report of the consultation whose files
 * predate a hiding is written again from the data as it is now (the hidden text replaced by the
 * reason, as on the web page), and the correction is logged: when, which comments, why, and every
 * file's SHA-256 before and after. Nothing else changes (outcome, publication record). Returns the
 * reports corrected; run again, it does nothing.
 */
/** When a report's files were last written (a correction writes them again; the report's own time stays). */
const FILES_WRITTEN_AT = Prisma.sql`COALESCE((SELECT max(f.generated_at) FROM report_files f WHERE f.report_id = r.id), r.generated_at)`;

export async function redactPublishedReports(consultationId?: string): Promise<string[]> {
  // One query finds the reports to correct (the scan runs it every 5 minutes over all of them).
  const due = await db.$queryRaw<{ id: string }[]>`
    SELECT r.id FROM reports r
    WHERE r.status = 'PUBLISHED' AND r.generated_at IS NOT NULL
      AND (${consultationId ?? null}::text IS NULL OR r.consultation_id = ${consultationId ?? null})
      AND EXISTS (SELECT 1 FROM comments c WHERE c.consultation_id = r.consultation_id
                  AND c.status = 'SUBMITTED' AND c.hidden_at > ${FILES_WRITTEN_AT})`;
  if (due.length === 0) return [];
  const reports = await db.report.findMany({
    where: { id: { in: due.map((r) => r.id) } },
    select: {
      id: true,
      consultationId: true,
      outcome: true,
      generatedAt: true,
      files: { select: { format: true, sha256: true, generatedAt: true } },
    },
  });
  const corrected: string[] = [];
  for (const report of reports) {
    // The files' own time: the report's (its record's "created") stays that of the generation.
    const written = new Date(
      Math.max((report.generatedAt as Date).getTime(), ...report.files.map((f) => f.generatedAt.getTime())),
    );
    const hidden = await db.comment.findMany({
      where: { consultationId: report.consultationId, status: "SUBMITTED", hiddenAt: { gt: written } },
      select: { id: true, receiptNumber: true, hiddenReason: true },
      orderBy: { hiddenAt: "asc" },
    });
    if (hidden.length === 0) continue;
    const at = now();
    const source = await loadReportSource(report.consultationId, report.outcome);
    const after = await writeReportFiles(report.id, source, at);
    await db.$transaction(async (tx) => {
      await appendAuditEvent(tx, {
        actorId: null,
        action: "report.corrected",
        entityType: "Report",
        entityId: report.id,
        data: {
          consultationId: report.consultationId,
          hidden: hidden.map((c) => ({ commentId: c.id, receiptNumber: c.receiptNumber, reason: c.hiddenReason })),
          before: Object.fromEntries(report.files.map((f) => [f.format, f.sha256])),
          after,
        },
      });
    });
    corrected.push(report.id);
  }
  return corrected;
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
