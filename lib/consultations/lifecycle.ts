import "server-only";
import { appendAuditEvents } from "@/lib/audit/log";
import { db } from "@/lib/db";

export type Advanced = { opened: string[]; closed: string[] };

/**
 * Moves consultations along as the clock passes their times: SCHEDULED → OPEN at
 * `opensAt`, OPEN (or a SCHEDULED one whose whole window has passed) → CLOSED at
 * `closesAt`. Run by the every-minute job, never by a page visit; pages meanwhile read
 * `effectiveStatus`, so a late job never shows or accepts anything the clock ruled out.
 * Idempotent: a second run at the same time changes nothing.
 */
export async function advanceConsultations(now: Date): Promise<Advanced> {
  return db.$transaction(async (tx) => {
    const closed = await tx.consultation.updateManyAndReturn({
      where: { status: { in: ["SCHEDULED", "OPEN"] }, closesAt: { lte: now } },
      data: { status: "CLOSED", closedAt: now },
      select: { id: true, closesAt: true },
    });
    const opened = await tx.consultation.updateManyAndReturn({
      where: { status: "SCHEDULED", opensAt: { lte: now }, closesAt: { gt: now } },
      data: { status: "OPEN" },
      select: { id: true, opensAt: true },
    });
    await appendAuditEvents(tx, [
      ...opened.map((c) => ({
        actorId: null,
        action: "consultation.opened",
        entityType: "Consultation",
        entityId: c.id,
        data: { opensAt: c.opensAt.toISOString() },
      })),
      ...closed.map((c) => ({
        actorId: null,
        action: "consultation.closed",
        entityType: "Consultation",
        entityId: c.id,
        data: { closesAt: c.closesAt.toISOString() },
      })),
    ]);
    return { opened: opened.map((c) => c.id), closed: closed.map((c) => c.id) };
  });
}
