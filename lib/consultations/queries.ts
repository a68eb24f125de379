import "server-only";
import { db } from "@/lib/db";
import type { ConsultationStatus } from "@/lib/generated/prisma/enums";
import { effectiveStatus } from "./status";

const PUBLIC_COMMENT = { status: "SUBMITTED" } as const;

export type ConsultationSummary = {
  id: string;
  slug: string;
  title: string;
  actType: string;
  status: ConsultationStatus;
  startDate: Date;
  endDate: Date;
  opensAt: Date;
  closesAt: Date;
  ownerUnitName: string;
  commentCount: number;
};

/** Every published consultation grouped as the home page shows them, by the clock's status. */
export async function listPublicConsultations(now: Date) {
  const rows = await db.consultation.findMany({
    where: { status: { not: "DRAFT" } },
    orderBy: [{ closesAt: "desc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      actType: true,
      status: true,
      startDate: true,
      endDate: true,
      opensAt: true,
      closesAt: true,
      ownerUnit: { select: { name: true } },
      _count: { select: { comments: { where: PUBLIC_COMMENT } } },
    },
  });
  const summaries: ConsultationSummary[] = rows.map((row) => ({
    ...row,
    status: effectiveStatus(row, now),
    ownerUnitName: row.ownerUnit.name,
    commentCount: row._count.comments,
  }));
  return {
    open: summaries.filter((c) => c.status === "OPEN").sort((a, b) => a.closesAt.getTime() - b.closesAt.getTime()),
    upcoming: summaries
      .filter((c) => c.status === "SCHEDULED")
      .sort((a, b) => a.opensAt.getTime() - b.opensAt.getTime()),
    closed: summaries.filter((c) => c.status === "CLOSED" || c.status === "REPORT_PUBLISHED"),
  };
}

/** A consultation with its newest version's drafting units and the number of public comments on each. */
export async function getConsultationForReading(slug: string, now: Date) {
  const consultation = await db.consultation.findUnique({
    where: { slug },
    include: {
      ownerUnit: { select: { id: true, name: true } },
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        select: { id: true, number: true, reason: true, createdAt: true },
      },
    },
  });
  if (!consultation) return null;
  const version = consultation.versions[0] ?? null;
  const [provisions, counts] = version
    ? await Promise.all([
        db.provision.findMany({
          where: { versionId: version.id },
          orderBy: { order: "asc" },
          select: {
            id: true,
            key: true,
            anchor: true,
            kind: true,
            label: true,
            marker: true,
            citation: true,
            text: true,
            depth: true,
            parentId: true,
          },
        }),
        db.comment.groupBy({
          by: ["provisionId"],
          where: { consultationId: consultation.id, versionId: version.id, ...PUBLIC_COMMENT },
          _count: { _all: true },
        }),
      ])
    : [[], []];
  const countByProvision = new Map(counts.map((c) => [c.provisionId, c._count._all]));
  return {
    ...consultation,
    status: effectiveStatus(consultation, now),
    version,
    provisions: provisions.map((p) => ({ ...p, commentCount: countByProvision.get(p.id) ?? 0 })),
    wholeDraftCommentCount: countByProvision.get(null) ?? 0,
  };
}

export type ConsultationForReading = NonNullable<Awaited<ReturnType<typeof getConsultationForReading>>>;

/** The panel's list: all consultations, or those of the given owner units. */
export async function listPanelConsultations(scope: { all: true } | { unitIds: readonly string[] }, now: Date) {
  const rows = await db.consultation.findMany({
    where: "all" in scope ? {} : { ownerUnitId: { in: [...scope.unitIds] } },
    orderBy: [{ updatedAt: "desc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      startDate: true,
      endDate: true,
      opensAt: true,
      closesAt: true,
      ownerUnit: { select: { name: true } },
      _count: { select: { comments: { where: PUBLIC_COMMENT } } },
    },
  });
  return rows.map((row) => ({
    ...row,
    status: effectiveStatus(row, now),
    ownerUnitName: row.ownerUnit.name,
    commentCount: row._count.comments,
  }));
}
