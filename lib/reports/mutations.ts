import "server-only";
import { appendAuditEvent } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/actor";
import { effectiveStatus } from "@/lib/consultations/status";
import { councilDeadlineLapsesAt, councilOpinionState } from "@/lib/council/opinion-state";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NEEDS_ANSWER } from "@/lib/responses/queries";
import { getSettings } from "@/lib/settings/queries";
import { canPrepareReport } from "./policy";
import { lastChangeSql } from "./source";

export type ReportRefusal =
  | "not_found"
  | "forbidden"
  | "generating"
  | "not_ready"
  | "stale"
  | "unanswered"
  | "council_pending";
export type ReportMutation<T> = { ok: true; data: T } | { ok: false; reason: ReportRefusal };

async function consultationFor(consultationId: string, now: Date) {
  const consultation = await db.consultation.findUnique({
    where: { id: consultationId },
    select: { id: true, ownerUnitId: true, status: true, opensAt: true, closesAt: true },
  });
  return consultation ? { ...consultation, status: effectiveStatus(consultation, now) } : null;
}

/**
 * A generation still GENERATING this long after its job started (or, not started yet, after it was
 * requested) was lost: the job expires after 15 minutes (lib/jobs/boss.ts) and is not retried, so a
 * restart or crash in the middle leaves it so.
 */
export const ABANDONED_AFTER_MS = 20 * 60_000;
/** The error a lost generation is marked with (the report page explains it). */
export const ABANDONED = "abandoned";

/**
 * Marks lost generations FAILED (from the minute job, and before a new one is requested), so that
 * the consultation is not blocked and its page stops waiting for them.
 */
export async function failAbandonedReports(
  now: Date,
  client: Prisma.TransactionClient = db,
  consultationId?: string,
): Promise<number> {
  const cutoff = new Date(now.getTime() - ABANDONED_AFTER_MS);
  const { count } = await client.report.updateMany({
    where: {
      status: "GENERATING",
      OR: [{ startedAt: { lt: cutoff } }, { startedAt: null, createdAt: { lt: cutoff } }],
      ...(consultationId ? { consultationId } : {}),
    },
    data: { status: "FAILED", error: ABANDONED },
  });
  return count;
}

/**
 * Starts building a draft report (the files are made by a job: `generateReport`). One
 * generation at a time per consultation; the clerk's outcome text is kept with it.
 */
export async function requestReport(
  actor: Actor,
  consultationId: string,
  outcome: string | null,
  now: Date,
): Promise<ReportMutation<{ reportId: string }>> {
  const consultation = await consultationFor(consultationId, now);
  if (!consultation) return { ok: false, reason: "not_found" };
  if (!canPrepareReport(actor, consultation)) return { ok: false, reason: "forbidden" };
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM consultations WHERE id = ${consultationId} FOR UPDATE`;
    await failAbandonedReports(now, tx, consultationId);
    const running = await tx.report.count({ where: { consultationId, status: "GENERATING" } });
    if (running > 0) return { ok: false as const, reason: "generating" as const };
    const report = await tx.report.create({
      data: { consultationId, status: "GENERATING", outcome, enteredById: actor.id, createdAt: now },
      select: { id: true },
    });
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "report.requested",
      entityType: "Report",
      entityId: report.id,
      data: { consultationId },
    });
    return { ok: true as const, data: { reportId: report.id } };
  });
}

/** When the job could not even be queued, the report says so instead of "generating" forever. */
export async function markReportFailed(reportId: string, error: string) {
  await db.report.update({ where: { id: reportId }, data: { status: "FAILED", error } });
}

/**
 * Publishes a generated report: the consultation becomes REPORT_PUBLISHED, answers are
 * final, and the BIP metadata is recorded (publishing body, responsible author, who
 * entered it, created and published times). Refused when anything the report shows
 * (comments, answers, the consultation, the Council's opinion) changed after the files
 * were generated: the published files must show what is stored; while any comment has
 * no position, as every comment must have one (domain.md, procedure 5); and while the
 * Council may still give its opinion, which publication would shut out.
 */
export async function publishReport(
  actor: Actor,
  reportId: string,
  authorName: string,
  now: Date,
): Promise<ReportMutation<{ consultationId: string }>> {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: { id: true, status: true, generatedAt: true, consultationId: true, createdAt: true },
  });
  if (!report) return { ok: false, reason: "not_found" };
  const consultation = await consultationFor(report.consultationId, now);
  if (!consultation) return { ok: false, reason: "not_found" };
  if (!canPrepareReport(actor, consultation)) return { ok: false, reason: "forbidden" };
  if (report.status !== "READY" || !report.generatedAt) return { ok: false, reason: "not_ready" };
  const settings = await getSettings();
  const generatedAt = report.generatedAt;
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM consultations WHERE id = ${report.consultationId} FOR UPDATE`;
    const [changed] = await tx.$queryRaw<{ last_change: Date | null }[]>`
      SELECT ${lastChangeSql(report.consultationId)} AS last_change`;
    if (changed?.last_change && changed.last_change.getTime() > generatedAt.getTime()) {
      return { ok: false as const, reason: "stale" as const };
    }
    // The owner unit answers every comment (hidden ones too), as it reads now (an answer given before
    // the comment's last edit does not count); after publication answers are locked.
    const [open] = await tx.$queryRaw<{ unanswered: number }[]>`
      SELECT count(*)::int AS unanswered FROM comments c LEFT JOIN responses r ON r.comment_id = c.id
      WHERE c.consultation_id = ${report.consultationId} AND c.status = 'SUBMITTED' AND ${NEEDS_ANSWER}`;
    if (open && open.unanswered > 0) return { ok: false as const, reason: "unanswered" as const };
    // Publication ends the Council's chance to give its opinion (it is refused after): not before its deadline.
    const timing = await tx.consultation.findUniqueOrThrow({
      where: { id: report.consultationId },
      select: { councilOpinionDeadline: true, publishedAt: true, councilOpinion: { select: { kind: true } } },
    });
    if (councilOpinionState(timing, timing.councilOpinion, now, settings.councilOpinionDays) === "pending") {
      return { ok: false as const, reason: "council_pending" as const };
    }
    // Generated while the Council could still give its opinion, the files do not say it waived it.
    const lapsesAt = councilDeadlineLapsesAt(timing, settings.councilOpinionDays);
    if (!timing.councilOpinion && lapsesAt && lapsesAt.getTime() > generatedAt.getTime()) {
      return { ok: false as const, reason: "stale" as const };
    }
    // Only the latest draft is published: a newer one being generated or ready wins.
    const newer = await tx.report.count({
      where: {
        consultationId: report.consultationId,
        createdAt: { gt: report.createdAt },
        status: { in: ["GENERATING", "READY"] },
      },
    });
    if (newer > 0) return { ok: false as const, reason: "not_ready" as const };
    await tx.report.update({
      where: { id: reportId },
      data: {
        status: "PUBLISHED",
        publishedAt: now,
        publishingBody: settings.publishingBody,
        authorName,
        enteredById: actor.id,
      },
    });
    await tx.consultation.update({ where: { id: report.consultationId }, data: { status: "REPORT_PUBLISHED" } });
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "report.published",
      entityType: "Report",
      entityId: reportId,
      data: { consultationId: report.consultationId, authorName, publishedAt: now.toISOString() },
    });
    return { ok: true as const, data: { consultationId: report.consultationId } };
  });
}
