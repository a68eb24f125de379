import "server-only";
import { db } from "@/lib/db";
import type { ConsultationStatus } from "@/lib/generated/prisma/enums";
import { publicVersionWhere } from "@/lib/versions/visibility";
import { provisionColumns } from "./provisions";
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

/**
 * A consultation with one public version's drafting units (the newest, or `versionNumber`) and each
 * version's number of public comments. Three queries whatever the size of the act: the consultation
 * with its versions, the units, and one groupBy of the public comments by version.
 * `version` is null when the consultation has no public version or `versionNumber` is not one.
 */
export async function getConsultationForReading(slug: string, now: Date, versionNumber: number | null = null) {
  const consultation = await db.consultation.findUnique({
    where: { slug },
    include: {
      ownerUnit: { select: { id: true, name: true } },
      versions: {
        where: publicVersionWhere(now),
        orderBy: { number: "desc" },
        select: { id: true, number: true, reason: true, createdAt: true, publishedAt: true },
      },
    },
  });
  if (!consultation) return null;
  const { versions, ...rest } = consultation;
  const latest = versions[0] ?? null;
  const version = versionNumber === null ? latest : (versions.find((v) => v.number === versionNumber) ?? null);
  const [provisions, counts] = version
    ? await Promise.all([
        db.provision.findMany({
          where: { versionId: version.id },
          orderBy: { order: "asc" },
          select: provisionColumns,
        }),
        // Per version only: the page lists the comments themselves (listPublicComments).
        db.comment.groupBy({
          by: ["versionId"],
          where: { consultationId: consultation.id, ...PUBLIC_COMMENT },
          _count: { _all: true },
        }),
      ])
    : [[], []];
  const countByVersion = new Map(counts.map((c) => [c.versionId, c._count._all]));
  return {
    ...rest,
    status: effectiveStatus(consultation, now),
    version,
    latestVersion: latest,
    /** Public versions, newest first, each with the number of public comments made on it. */
    versions: versions.map((v) => ({ ...v, commentCount: countByVersion.get(v.id) ?? 0 })),
    provisions,
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

/** The owner units a consultation may be assigned to: all, or the given ones, by name. */
export async function listOwnerUnits(scope: { all: true } | { unitIds: readonly string[] }) {
  return db.ownerUnit.findMany({
    where: "all" in scope ? {} : { id: { in: [...scope.unitIds] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** One consultation for its management page, with the clock's status and what publishing needs. */
export async function getConsultationForPanel(id: string, now: Date) {
  const consultation = await db.consultation.findUnique({
    where: { id },
    include: {
      ownerUnit: { select: { id: true, name: true } },
      versions: {
        orderBy: { number: "desc" },
        select: {
          id: true,
          number: true,
          publishedAt: true,
          createdAt: true,
          _count: { select: { provisions: true } },
        },
      },
    },
  });
  if (!consultation) return null;
  const { versions, ...rest } = consultation;
  return {
    ...rest,
    storedStatus: consultation.status,
    status: effectiveStatus(consultation, now),
    versions: versions.map(({ _count, ...v }) => ({ ...v, provisionCount: _count.provisions })),
    hasPublishableVersion: versions.some((v) => v._count.provisions > 0),
  };
}

export type ConsultationForPanel = NonNullable<Awaited<ReturnType<typeof getConsultationForPanel>>>;
