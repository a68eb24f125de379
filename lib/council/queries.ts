import "server-only";
import { effectiveStatus } from "@/lib/consultations/status";
import { db } from "@/lib/db";
import { councilDeadlineDate, councilOpinionState } from "./opinion-state";

export const COUNCIL_SCAN_PURPOSE = "council-opinion";

const opinionColumns = {
  id: true,
  kind: true,
  text: true,
  resolutionNumber: true,
  adoptedOn: true,
  votesFor: true,
  votesAgainst: true,
  votesAbstaining: true,
  membersPresent: true,
  scanFileId: true,
  recordedAt: true,
} as const;

const timingColumns = {
  id: true,
  slug: true,
  title: true,
  status: true,
  opensAt: true,
  closesAt: true,
  publishedAt: true,
  councilOpinionDeadline: true,
} as const;

type Timing = {
  status: Parameters<typeof effectiveStatus>[0]["status"];
  opensAt: Date;
  closesAt: Date;
  publishedAt: Date | null;
  councilOpinionDeadline: Date | null;
};

function withState<T extends Timing, O extends { kind: string } | null>(row: T, opinion: O, now: Date, days: number) {
  return {
    ...row,
    status: effectiveStatus(row, now),
    deadlineDate: councilDeadlineDate(row, days),
    state: councilOpinionState(row, opinion, now, days),
  };
}

/**
 * Every published consultation as the Council sees it: whether its opinion is awaited
 * (soonest deadline first), given or waived. Two queries (the consultations, their scans).
 */
export async function listCouncilConsultations(now: Date, days: number) {
  const rows = await db.consultation.findMany({
    where: { status: { not: "DRAFT" } },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    select: { ...timingColumns, ownerUnit: { select: { name: true } }, councilOpinion: { select: opinionColumns } },
  });
  const scanIds = rows.flatMap((r) => (r.councilOpinion?.scanFileId ? [r.councilOpinion.scanFileId] : []));
  const scans = scanIds.length
    ? await db.storedFile.findMany({ where: { id: { in: scanIds } }, select: { id: true, fileName: true, size: true } })
    : [];
  const scanById = new Map(scans.map((s) => [s.id, s]));
  const all = rows.map(({ councilOpinion, ownerUnit, ...row }) => ({
    ...withState(row, councilOpinion, now, days),
    ownerUnitName: ownerUnit.name,
    opinion: councilOpinion
      ? {
          ...councilOpinion,
          scan: councilOpinion.scanFileId ? (scanById.get(councilOpinion.scanFileId) ?? null) : null,
        }
      : null,
  }));
  return {
    pending: all
      .filter((c) => c.state === "pending")
      .sort((a, b) => (a.deadlineDate ?? "").localeCompare(b.deadlineDate ?? "")),
    decided: all.filter((c) => c.state !== "pending"),
  };
}

/** The scan's name and size for a link, when the opinion has one. */
async function scanOf(scanFileId: string | null) {
  if (!scanFileId) return null;
  return db.storedFile.findUnique({
    where: { id: scanFileId },
    select: { id: true, fileName: true, size: true },
  });
}

/** What the public summary shows: the opinion with its scan, or the deadline and its state. Two queries at most. */
export async function getOpinionSummary(consultationId: string, now: Date, days: number) {
  const row = await db.consultation.findUnique({
    where: { id: consultationId },
    select: { ...timingColumns, councilOpinion: { select: opinionColumns } },
  });
  if (!row || row.status === "DRAFT") return null;
  const { councilOpinion, ...timing } = row;
  return {
    ...withState(timing, councilOpinion, now, days),
    opinion: councilOpinion ? { ...councilOpinion, scan: await scanOf(councilOpinion.scanFileId) } : null,
  };
}

export type OpinionSummaryData = NonNullable<Awaited<ReturnType<typeof getOpinionSummary>>>;

/** The opinion page: the consultation, its current opinion and scan, and the opinion's history from the audit log. */
export async function getConsultationForOpinion(consultationId: string, now: Date, days: number) {
  const summary = await getOpinionSummary(consultationId, now, days);
  if (!summary) return null;
  const history = summary.opinion
    ? await db.auditEvent.findMany({
        where: { entityType: "CouncilOpinion", entityId: summary.opinion.id },
        orderBy: { seq: "asc" },
        select: { seq: true, at: true, action: true, actorId: true, data: true },
      })
    : [];
  const actorIds = [...new Set(history.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const actors = actorIds.length
    ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } })
    : [];
  const nameOf = new Map(actors.map((a) => [a.id, a.name ?? a.email]));
  return {
    ...summary,
    history: history.map((e) => ({
      seq: e.seq.toString(),
      at: e.at,
      action: e.action,
      actorName: e.actorId ? (nameOf.get(e.actorId) ?? null) : null,
    })),
  };
}

/** What the opinion action and the report page need to decide: the consultation's status, dates and the Council's. */
export function getConsultationTiming(consultationId: string) {
  return db.consultation.findUnique({
    where: { id: consultationId },
    select: {
      id: true,
      slug: true,
      title: true,
      ownerUnitId: true,
      status: true,
      opensAt: true,
      closesAt: true,
      publishedAt: true,
      councilOpinionDeadline: true,
      councilOpinion: { select: { kind: true } },
    },
  });
}
