import "server-only";
import { appendAuditEvent } from "@/lib/audit/log";
import { councilDeadlineDate, councilDeadlineLapsesAt, councilOpinionState } from "@/lib/council/opinion-state";
import { db } from "@/lib/db";

/**
 * Records the Council's waiver on every published consultation whose opinion deadline
 * has passed without an opinion: a WAIVED opinion recorded by nobody, with an audit
 * event. Pages already show the waiver from the clock (`councilOpinionState`); this puts
 * it on record for the report. Once per consultation: the consultation row is locked (as
 * recording an opinion does) and the opinion is unique per consultation. A Council
 * secretary who later enters an opinion adopted in time replaces the waiver.
 */
export async function recordCouncilWaivers(now: Date, councilOpinionDays: number): Promise<string[]> {
  const candidates = await db.consultation.findMany({
    where: {
      status: { not: "DRAFT" },
      councilOpinion: { is: null },
      OR: [
        { councilOpinionDeadline: { lte: now } },
        { councilOpinionDeadline: null, publishedAt: { not: null, lte: now } },
      ],
    },
    select: { id: true, publishedAt: true, councilOpinionDeadline: true },
  });
  const lapsed = candidates.filter((c) => councilOpinionState(c, null, now, councilOpinionDays) === "waived");
  const waived: string[] = [];
  for (const c of lapsed) {
    const recorded = await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM consultations WHERE id = ${c.id} FOR UPDATE`;
      if (await tx.councilOpinion.findUnique({ where: { consultationId: c.id }, select: { id: true } })) return false;
      // Dated when the deadline lapsed, not when this job ran: a report generated in between already
      // says the Council waived it (lib/reports/source.ts) and must not become stale by this row.
      const lapsedAt = councilDeadlineLapsesAt(c, councilOpinionDays) ?? now;
      const opinion = await tx.councilOpinion.create({
        data: { consultationId: c.id, kind: "WAIVED", recordedById: null, recordedAt: lapsedAt },
        select: { id: true },
      });
      await appendAuditEvent(tx, {
        actorId: null,
        action: "council_opinion.waived",
        entityType: "CouncilOpinion",
        entityId: opinion.id,
        data: { consultationId: c.id, kind: "WAIVED", deadline: councilDeadlineDate(c, councilOpinionDays) },
      });
      return true;
    });
    if (recorded) waived.push(c.id);
  }
  return waived;
}
