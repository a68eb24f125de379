import "server-only";
import { effectiveStatus } from "@/lib/consultations/status";
import { councilDeadlineDate } from "@/lib/council/opinion-state";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ConsultationStatus } from "@/lib/generated/prisma/enums";
import { getSettings } from "@/lib/settings/queries";
import { publicVersionWhere } from "@/lib/versions/visibility";
import type { ConsultationFilter } from "./params";
import type { CommentRecord, ConsultationRow, ReportRow, UnitRow } from "./present";
import type { PublicStatus } from "./schema";

/*
 * Reads for the open-data API. Only what the public pages show: never a DRAFT consultation,
 * only SUBMITTED comments, only published versions and reports. Lists are paged by offset;
 * the CSV exports read by keyset in batches so that a large list never sits in memory.
 */

const BATCH = 1_000;
const PUBLIC_COMMENT = { status: "SUBMITTED" } as const;
const LIVE: ConsultationStatus[] = ["SCHEDULED", "OPEN"];

/** The rows whose clock-effective status (effectiveStatus) is `status`, as a database condition. */
export function effectiveStatusWhere(status: PublicStatus, now: Date): Prisma.ConsultationWhereInput {
  switch (status) {
    case "SCHEDULED":
      return { status: { in: LIVE }, opensAt: { gt: now }, closesAt: { gt: now } };
    case "OPEN":
      return { status: { in: LIVE }, opensAt: { lte: now }, closesAt: { gt: now } };
    case "CLOSED":
      return { OR: [{ status: "CLOSED" }, { status: { in: LIVE }, closesAt: { lte: now } }] };
    case "REPORT_PUBLISHED":
      return { status: "REPORT_PUBLISHED" };
  }
}

function consultationWhere(filter: ConsultationFilter, now: Date): Prisma.ConsultationWhereInput {
  return {
    AND: [
      { status: { not: "DRAFT" } },
      filter.status ? effectiveStatusWhere(filter.status, now) : {},
      filter.owner_unit ? { ownerUnit: { slug: filter.owner_unit } } : {},
    ],
  };
}

const consultationColumns = {
  id: true,
  slug: true,
  title: true,
  actType: true,
  status: true,
  startDate: true,
  endDate: true,
  opensAt: true,
  closesAt: true,
  publishedAt: true,
  ownerUnit: { select: { slug: true, name: true, shortName: true } },
  _count: { select: { comments: { where: PUBLIC_COMMENT } } },
} satisfies Prisma.ConsultationSelect;

type ConsultationSelected = Prisma.ConsultationGetPayload<{ select: typeof consultationColumns }>;

export type PublicConsultationRow = ConsultationRow & { status: PublicStatus };

function toConsultationRow(row: ConsultationSelected, now: Date): PublicConsultationRow {
  const { _count, status: _stored, ...rest } = row;
  return { ...rest, status: effectiveStatus(row, now) as PublicStatus, commentCount: _count.comments };
}

// Newest first; the id breaks ties so that pages never overlap.
const consultationOrder: Prisma.ConsultationOrderByWithRelationInput[] = [{ opensAt: "desc" }, { id: "asc" }];

export async function consultationsPage(filter: ConsultationFilter, page: number, perPage: number, now: Date) {
  const where = consultationWhere(filter, now);
  const [rows, total] = await Promise.all([
    db.consultation.findMany({
      where,
      orderBy: consultationOrder,
      skip: (page - 1) * perPage,
      take: perPage,
      select: consultationColumns,
    }),
    db.consultation.count({ where }),
  ]);
  return { rows: rows.map((row) => toConsultationRow(row, now)), total };
}

export async function* allConsultations(
  filter: ConsultationFilter,
  now: Date,
): AsyncGenerator<PublicConsultationRow[]> {
  const where = consultationWhere(filter, now);
  let cursor: string | null = null;
  for (;;) {
    const rows: ConsultationSelected[] = await db.consultation.findMany({
      where,
      orderBy: consultationOrder,
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: consultationColumns,
    });
    if (rows.length > 0) yield rows.map((row) => toConsultationRow(row, now));
    if (rows.length < BATCH) return;
    cursor = rows.at(-1)?.id ?? null;
  }
}

/**
 * A published consultation by id (or by its slug) with what its detail shows: the public
 * versions, newest first, and the Council's deadline. Null for an unknown id and for a DRAFT.
 */
export async function findPublicConsultation(idOrSlug: string, now: Date) {
  const include = {
    ownerUnit: { select: { slug: true, name: true, shortName: true } },
    _count: { select: { comments: { where: PUBLIC_COMMENT } } },
    versions: {
      where: publicVersionWhere(now),
      orderBy: { number: "desc" },
      select: {
        id: true,
        number: true,
        publishedAt: true,
        reason: true,
        _count: { select: { provisions: true } },
      },
    },
  } satisfies Prisma.ConsultationInclude;
  const found =
    (await db.consultation.findUnique({ where: { id: idOrSlug }, include })) ??
    (await db.consultation.findUnique({ where: { slug: idOrSlug }, include }));
  if (!found || found.status === "DRAFT") return null;
  const settings = await getSettings();
  const { _count, versions, ...rest } = found;
  return {
    ...rest,
    status: effectiveStatus(found, now) as PublicStatus,
    commentCount: _count.comments,
    versions: versions.map(({ _count: counts, ...v }) => ({ ...v, unitCount: counts.provisions })),
    councilDeadline: councilDeadlineDate(found, settings.councilOpinionDays),
    councilName: settings.councilName,
  };
}

export type PublicConsultation = NonNullable<Awaited<ReturnType<typeof findPublicConsultation>>>;

const unitColumns = {
  key: true,
  anchor: true,
  kind: true,
  label: true,
  marker: true,
  citation: true,
  text: true,
  order: true,
  depth: true,
  parent: { select: { key: true } },
} satisfies Prisma.ProvisionSelect;

export async function unitsPage(
  versionId: string,
  page: number,
  perPage: number,
): Promise<{ rows: UnitRow[]; total: number }> {
  const [rows, total] = await Promise.all([
    db.provision.findMany({
      where: { versionId },
      orderBy: { order: "asc" },
      skip: (page - 1) * perPage,
      take: perPage,
      select: unitColumns,
    }),
    db.provision.count({ where: { versionId } }),
  ]);
  return { rows, total };
}

export async function* allUnits(versionId: string): AsyncGenerator<UnitRow[]> {
  let after = -1;
  for (;;) {
    const rows = await db.provision.findMany({
      where: { versionId, order: { gt: after } },
      orderBy: { order: "asc" },
      take: BATCH,
      select: unitColumns,
    });
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (!last || rows.length < BATCH) return;
    after = last.order;
  }
}

/**
 * Public comments in the report's order (versions, then units, the whole draft first, then time).
 * The answer's columns are read only when answers are public: before that they are NULL here.
 */
function selectComments(
  consultationId: string,
  answersPublic: boolean,
  cursor: Prisma.Sql,
  limit: number,
  offset: number,
): Promise<CommentRecord[]> {
  return db.$queryRaw<CommentRecord[]>`
    SELECT c.id, c.receipt_number, v.number AS version_number, COALESCE(p."order", -1) AS unit_order,
           p.key AS unit_key, p.anchor AS unit_anchor, p.citation AS unit_citation,
           c.submitted_at, c.revision, c.channel::text AS channel,
           c.body_text, c.current_wording, c.proposed_wording, c.justification, c.hidden_at, c.hidden_reason,
           o.name AS organization_name, c.submitter_name, c.joint_with, c.as_council,
           u.name AS author_name, u.show_name_publicly AS show_name,
           r.position::text AS position, r.justification AS position_justification
    FROM comments c
    JOIN document_versions v ON v.id = c.version_id
    LEFT JOIN provisions p ON p.id = c.provision_id
    LEFT JOIN organizations o ON o.id = c.organization_id
    JOIN users u ON u.id = c.author_id
    LEFT JOIN responses r ON r.comment_id = c.id AND ${answersPublic}
    WHERE c.consultation_id = ${consultationId} AND c.status = 'SUBMITTED' ${cursor}
    ORDER BY v.number, COALESCE(p."order", -1), c.submitted_at, c.id
    LIMIT ${limit} OFFSET ${offset}`;
}

export async function commentsPage(consultationId: string, answersPublic: boolean, page: number, perPage: number) {
  const [rows, total] = await Promise.all([
    selectComments(consultationId, answersPublic, Prisma.empty, perPage, (page - 1) * perPage),
    db.comment.count({ where: { consultationId, ...PUBLIC_COMMENT } }),
  ]);
  return { rows, total };
}

export async function* allComments(consultationId: string, answersPublic: boolean): AsyncGenerator<CommentRecord[]> {
  let cursor: Prisma.Sql = Prisma.empty;
  for (;;) {
    const rows = await selectComments(consultationId, answersPublic, cursor, BATCH, 0);
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (!last || rows.length < BATCH) return;
    cursor = Prisma.sql`AND (v.number, COALESCE(p."order", -1), c.submitted_at, c.id) > (${last.version_number}, ${last.unit_order}, ${last.submitted_at}, ${last.id})`;
  }
}

const reportInclude = {
  consultation: { select: { id: true, slug: true, title: true } },
  files: { select: { format: true, size: true, sha256: true, generatedAt: true }, orderBy: { format: "asc" } },
} satisfies Prisma.ReportInclude;

type ReportSelected = Prisma.ReportGetPayload<{ include: typeof reportInclude }>;

const publishedReportWhere = {
  status: "PUBLISHED",
  publishedAt: { not: null },
  consultation: { status: { not: "DRAFT" } },
} satisfies Prisma.ReportWhereInput;

/** Who entered each report, by name, as the public report page shows it (BIP). */
async function withEnteredBy(reports: ReportSelected[]): Promise<(ReportRow & { publishedAt: Date })[]> {
  const ids = [...new Set(reports.map((r) => r.enteredById).filter((id): id is string => id !== null))];
  const users = ids.length
    ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
    : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  return reports.map((report) => ({
    ...report,
    publishedAt: report.publishedAt ?? report.createdAt,
    enteredByName: report.enteredById ? (names.get(report.enteredById) ?? null) : null,
  }));
}

export async function publishedReportsPage(page: number, perPage: number) {
  const [reports, total] = await Promise.all([
    db.report.findMany({
      where: publishedReportWhere,
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * perPage,
      take: perPage,
      include: reportInclude,
    }),
    db.report.count({ where: publishedReportWhere }),
  ]);
  return { rows: await withEnteredBy(reports), total };
}

export async function publishedReportOf(consultationId: string) {
  const report = await db.report.findFirst({
    where: { ...publishedReportWhere, consultationId },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    include: reportInclude,
  });
  if (!report) return null;
  const [row] = await withEnteredBy([report]);
  return row ?? null;
}
