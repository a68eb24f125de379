import "server-only";
import { type PublicSubmitter, submitterOf } from "@/lib/comments/submitter";
import { effectiveStatus } from "@/lib/consultations/status";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  ASSIGNED_TO_ME,
  ASSIGNED_TO_NOBODY,
  containsPattern,
  INBOX_PAGE_SIZE,
  type InboxFilters,
  UNANSWERED,
  WHOLE_DRAFT,
} from "./filters";
import { buildCommentGroups, type CommentGroup } from "./groups";
import type { ChannelValue, PositionValue } from "./schema";

export const COMMENT_SCAN_PURPOSE = "comment-scan";

/** The consultation as the inbox needs it; `status` is the clock's status. */
export async function getInboxConsultation(consultationId: string, now: Date) {
  const row = await db.consultation.findUnique({
    where: { id: consultationId },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      opensAt: true,
      closesAt: true,
      endDate: true,
      ownerUnitId: true,
      ownerUnit: { select: { name: true } },
      versions: {
        where: { publishedAt: { not: null } },
        orderBy: { number: "desc" },
        select: { id: true, publishedAt: true },
      },
    },
  });
  if (!row) return null;
  const { versions, endDate, ...rest } = row;
  return {
    ...rest,
    status: effectiveStatus(row, now),
    /** The last day (Warsaw calendar date, inclusive). */
    endDate: endDate.toISOString().slice(0, 10),
    /**
     * The version the comments were made on: the newest published before the end. A version made
     * after the consultation (with the comments considered) does not take comments from the post.
     */
    consultedVersionId: versions.find((v) => v.publishedAt && v.publishedAt < row.closesAt)?.id ?? null,
  };
}
export type InboxConsultation = NonNullable<Awaited<ReturnType<typeof getInboxConsultation>>>;

/** The owner unit's clerks: the people a comment may be assigned to. */
export function listUnitClerks(unitId: string) {
  return db.user.findMany({
    where: { roles: { has: "CLERK" }, clerkOf: { some: { unitId } } },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: { id: true, name: true, email: true },
  });
}

/** What the filters offer: the units and organisations that have comments, and the owner unit's clerks. */
export async function getInboxFilterOptions(consultationId: string, ownerUnitId: string) {
  const commented = { comments: { some: { consultationId, status: "SUBMITTED" as const } } };
  const [units, organizations, clerks] = await Promise.all([
    db.provision.findMany({
      where: commented,
      orderBy: [{ version: { number: "asc" } }, { order: "asc" }],
      select: { id: true, citation: true, version: { select: { number: true } } },
    }),
    db.organization.findMany({ where: commented, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    listUnitClerks(ownerUnitId),
  ]);
  const versions = new Set(units.map((u) => u.version.number));
  return {
    units: units.map((u) => ({ id: u.id, citation: u.citation, version: versions.size > 1 ? u.version.number : null })),
    organizations,
    clerks,
  };
}

// --- The list ---------------------------------------------------------------------------------

const itemColumns = {
  id: true,
  consultationId: true,
  status: true,
  receiptNumber: true,
  channel: true,
  submittedAt: true,
  receivedAt: true,
  bodyText: true,
  currentWording: true,
  proposedWording: true,
  justification: true,
  hiddenAt: true,
  hiddenReason: true,
  asCouncil: true,
  submitterName: true,
  jointWith: true,
  provision: { select: { id: true, citation: true, text: true, version: { select: { number: true } } } },
  organization: { select: { id: true, name: true } },
  author: { select: { name: true, showNamePublicly: true } },
  assignedTo: { select: { id: true, name: true, email: true } },
  response: {
    select: {
      position: true,
      justification: true,
      revision: true,
      updatedAt: true,
      author: { select: { name: true, email: true } },
    },
  },
} satisfies Prisma.CommentSelect;

type ItemRow = Prisma.CommentGetPayload<{ select: typeof itemColumns }>;

/** As the public sees it (lib/comments/submitter): the clerk who typed in a letter is never its sender. */
export type SubmitterLabel = PublicSubmitter;

export type InboxItem = {
  id: string;
  consultationId: string;
  receiptNumber: string | null;
  channel: ChannelValue;
  submittedAt: Date | null;
  receivedAt: Date | null;
  bodyText: string;
  currentWording: string | null;
  proposedWording: string | null;
  justification: string | null;
  hidden: { at: Date; reason: string } | null;
  unit: { id: string; citation: string; text: string; version: number } | null;
  submitter: SubmitterLabel;
  jointWith: string[];
  assignee: { id: string; name: string } | null;
  response: {
    position: PositionValue;
    justification: string | null;
    revision: number;
    updatedAt: Date;
    authorName: string;
    /** The comment was changed (edited) after this answer: it needs to be looked at and saved again. */
    outdated: boolean;
  } | null;
};

function toItem(row: ItemRow): InboxItem {
  return {
    id: row.id,
    consultationId: row.consultationId,
    receiptNumber: row.receiptNumber,
    channel: row.channel,
    submittedAt: row.submittedAt,
    receivedAt: row.receivedAt,
    bodyText: row.bodyText,
    currentWording: row.currentWording,
    proposedWording: row.proposedWording,
    justification: row.justification,
    hidden: row.hiddenAt ? { at: row.hiddenAt, reason: row.hiddenReason ?? "" } : null,
    unit: row.provision
      ? {
          id: row.provision.id,
          citation: row.provision.citation,
          text: row.provision.text,
          version: row.provision.version.number,
        }
      : null,
    submitter: submitterOf(row),
    jointWith: row.jointWith,
    assignee: row.assignedTo ? { id: row.assignedTo.id, name: row.assignedTo.name ?? row.assignedTo.email } : null,
    response: row.response
      ? {
          position: row.response.position,
          justification: row.response.justification,
          revision: row.response.revision,
          updatedAt: row.response.updatedAt,
          authorName: row.response.author.name ?? row.response.author.email,
          outdated: row.submittedAt !== null && row.submittedAt.getTime() > row.response.updatedAt.getTime(),
        }
      : null,
  };
}

/** The comments with these ids in the given order (ids that are not submitted comments are left out). */
async function loadItems(ids: readonly string[]): Promise<InboxItem[]> {
  if (ids.length === 0) return [];
  const rows = await db.comment.findMany({
    where: { id: { in: [...ids] }, status: "SUBMITTED" },
    select: itemColumns,
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toItem(row)] : [];
  });
}

/**
 * A submitted comment (alias c, its answer r) still needing an answer: none yet, or one given before
 * the comment was last edited (an edit renews submitted_at; saving an answer renews updated_at, both
 * with the application's clock). One definition for the inbox, the report and its publication.
 */
export const NEEDS_ANSWER = Prisma.sql`(r.id IS NULL OR c.submitted_at > r.updated_at)`;

// Whole-draft comments first, then the units in the draft's order (versions in turn).
const UNIT_ORDER = Prisma.sql`(c.provision_id IS NOT NULL), v.number NULLS FIRST, p."order" NULLS FIRST`;
const RECEIVED = Prisma.sql`COALESCE(c.received_at, c.submitted_at)`;

const FROM = Prisma.sql`
  FROM comments c
  LEFT JOIN provisions p ON p.id = c.provision_id
  LEFT JOIN document_versions v ON v.id = p.version_id
  LEFT JOIN organizations o ON o.id = c.organization_id
  LEFT JOIN responses r ON r.comment_id = c.id`;

function whereOf(consultationId: string, filters: InboxFilters, viewerId: string, withholdHidden: boolean): Prisma.Sql {
  const conditions = [Prisma.sql`c.consultation_id = ${consultationId}`, Prisma.sql`c.status = 'SUBMITTED'`];
  if (filters.unit === WHOLE_DRAFT) conditions.push(Prisma.sql`c.provision_id IS NULL`);
  else if (filters.unit) conditions.push(Prisma.sql`c.provision_id = ${filters.unit}`);
  if (filters.organizationId) conditions.push(Prisma.sql`c.organization_id = ${filters.organizationId}`);
  if (filters.channel) conditions.push(Prisma.sql`c.channel::text = ${filters.channel}`);
  if (filters.position === UNANSWERED) conditions.push(NEEDS_ANSWER);
  else if (filters.position) conditions.push(Prisma.sql`r.position::text = ${filters.position}`);
  if (filters.assignee === ASSIGNED_TO_NOBODY) conditions.push(Prisma.sql`c.assigned_to_id IS NULL`);
  else if (filters.assignee === ASSIGNED_TO_ME) conditions.push(Prisma.sql`c.assigned_to_id = ${viewerId}`);
  else if (filters.assignee) conditions.push(Prisma.sql`c.assigned_to_id = ${filters.assignee}`);
  if (filters.search) {
    const pattern = containsPattern(filters.search);
    // Read within the consultation's rows. A reader who may not see hidden texts (the Council)
    // must not find hidden comments by their words either: only by who sent them.
    const texts = Prisma.sql`c.body_text ILIKE ${pattern}
      OR c.proposed_wording ILIKE ${pattern}
      OR c.justification ILIKE ${pattern}`;
    conditions.push(Prisma.sql`(
      ${withholdHidden ? Prisma.sql`(c.hidden_at IS NULL AND (${texts}))` : texts}
      OR c.submitter_name ILIKE ${pattern}
      OR o.name ILIKE ${pattern}
      OR array_to_string(c.joint_with, ' ') ILIKE ${pattern})`);
  }
  return Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
}

function orderOf(sort: InboxFilters["sort"]): Prisma.Sql {
  if (sort === "data") return Prisma.sql`ORDER BY ${RECEIVED}, c.id`;
  if (sort === "bez-odpowiedzi") return Prisma.sql`ORDER BY ${NEEDS_ANSWER} DESC, ${UNIT_ORDER}, ${RECEIVED}, c.id`;
  return Prisma.sql`ORDER BY ${UNIT_ORDER}, ${RECEIVED}, c.id`;
}

export type InboxPage = { total: number; page: number; pageCount: number; items: InboxItem[] };

/**
 * One page of the consultation's submitted comments (hidden ones included: they still need an
 * answer), filtered and sorted in SQL. Three queries whatever the page: count, ids, details.
 */
export async function listInbox(
  consultationId: string,
  filters: InboxFilters,
  requestedPage: number,
  viewerId: string,
  /** The Council's read-only view: hidden comments are not searched by their words. */
  withholdHidden = false,
): Promise<InboxPage> {
  const where = whereOf(consultationId, filters, viewerId, withholdHidden);
  const [{ total }] = (await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total ${FROM} ${where}`) as [{ total: number }];
  const pageCount = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
  const page = Math.min(Math.max(1, requestedPage), pageCount);
  if (total === 0) return { total, page, pageCount, items: [] };
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT c.id ${FROM} ${where} ${orderOf(filters.sort)}
    LIMIT ${INBOX_PAGE_SIZE} OFFSET ${(page - 1) * INBOX_PAGE_SIZE}`;
  return { total, page, pageCount, items: await loadItems(ids.map((r) => r.id)) };
}

// --- Groups -------------------------------------------------------------------------------------

/**
 * Pairs of near-identical submitted comments on the same unit (or both on the draft as a whole):
 * pg_trgm similarity of their texts at least `threshold` (the city's setting). The `%` operator
 * with the threshold set for this transaction lets PostgreSQL find candidates through the
 * trigram index instead of comparing every pair (10,000 comments would be 50 million pairs).
 */
export async function findSimilarPairs(consultationId: string, threshold: number) {
  const [, pairs] = await db.$transaction([
    db.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(threshold)}, true)`,
    db.$queryRaw<{ a: string; b: string }[]>`
      SELECT a.id AS a, b.id AS b
      FROM comments a
      JOIN comments b ON b.body_text % a.body_text AND b.consultation_id = a.consultation_id AND a.id < b.id
        AND b.status = 'SUBMITTED' AND b.provision_id IS NOT DISTINCT FROM a.provision_id
      WHERE a.consultation_id = ${consultationId} AND a.status = 'SUBMITTED'
      ORDER BY a.id, b.id`,
  ]);
  return pairs;
}

/** Every group of the consultation: members in the draft's order, groups in the order of their first member. */
export async function computeCommentGroups(consultationId: string, threshold: number): Promise<CommentGroup[]> {
  const [pairs, joint] = await Promise.all([
    findSimilarPairs(consultationId, threshold),
    db.comment.findMany({
      where: { consultationId, status: "SUBMITTED", NOT: { jointWith: { isEmpty: true } } },
      select: {
        id: true,
        provisionId: true,
        jointWith: true,
        submitterName: true,
        organization: { select: { name: true } },
      },
    }),
  ]);
  const groups = buildCommentGroups(
    pairs.map((p) => [p.a, p.b] as const),
    joint.map((c) => ({
      id: c.id,
      provisionId: c.provisionId,
      signatories: [c.organization?.name ?? c.submitterName ?? "", ...c.jointWith],
    })),
  );
  const ids = groups.flatMap((g) => g.memberIds);
  if (ids.length === 0) return [];
  const ordered = await db.$queryRaw<{ id: string }[]>`
    SELECT c.id ${FROM} WHERE c.id = ANY(${ids}::text[]) ORDER BY ${UNIT_ORDER}, ${RECEIVED}, c.id`;
  const rank = new Map(ordered.map((r, i) => [r.id, i]));
  const position = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  return groups
    .map((g) => ({ ...g, memberIds: [...g.memberIds].sort((x, y) => position(x) - position(y)) }))
    .sort((x, y) => position(x.memberIds[0] as string) - position(y.memberIds[0] as string));
}

export type GroupWithItems = CommentGroup & { items: InboxItem[] };

/** One page of groups (25 groups), each with its comments. */
export async function listCommentGroups(consultationId: string, threshold: number, requestedPage: number) {
  const groups = await computeCommentGroups(consultationId, threshold);
  const pageCount = Math.max(1, Math.ceil(groups.length / INBOX_PAGE_SIZE));
  const page = Math.min(Math.max(1, requestedPage), pageCount);
  const shown = groups.slice((page - 1) * INBOX_PAGE_SIZE, page * INBOX_PAGE_SIZE);
  const items = new Map((await loadItems(shown.flatMap((g) => g.memberIds))).map((i) => [i.id, i]));
  return {
    total: groups.length,
    page,
    pageCount,
    groups: shown.map((g) => ({
      ...g,
      items: g.memberIds.flatMap((id) => {
        const item = items.get(id);
        return item ? [item] : [];
      }),
    })) satisfies GroupWithItems[],
  };
}

/** For each grouped comment: the group it belongs to (for marking groups in the other views). */
export function groupIndex(groups: readonly CommentGroup[]): Map<string, CommentGroup> {
  return new Map(groups.flatMap((g) => g.memberIds.map((id) => [id, g] as const)));
}

// --- One comment, several comments --------------------------------------------------------------

/** A comment with everything its answer page shows: texts, scan, who typed it in, the answers given. */
export async function getCommentForAnswer(commentId: string) {
  const row = await db.comment.findUnique({
    where: { id: commentId },
    select: {
      ...itemColumns,
      scanFile: { select: { id: true, fileName: true, size: true } },
      enteredBy: { select: { name: true, email: true } },
      responseHistory: {
        orderBy: { revision: "desc" },
        select: {
          revision: true,
          position: true,
          justification: true,
          createdAt: true,
          author: { select: { name: true, email: true } },
        },
      },
    },
  });
  if (row?.status !== "SUBMITTED") return null;
  return {
    ...toItem(row),
    scan: row.scanFile,
    enteredBy: row.enteredBy ? (row.enteredBy.name ?? row.enteredBy.email) : null,
    history: row.responseHistory.map((h) => ({
      revision: h.revision,
      position: h.position,
      justification: h.justification,
      at: h.createdAt,
      authorName: h.author.name ?? h.author.email,
    })),
  };
}
export type CommentForAnswer = NonNullable<Awaited<ReturnType<typeof getCommentForAnswer>>>;

/** The submitted comments of a consultation among `ids`, in the given order (others left out). */
export async function getConsultationComments(consultationId: string, ids: readonly string[]) {
  return (await loadItems(ids)).filter((i) => i.consultationId === consultationId);
}

/** What typing in a comment offers: the consulted version's units and the organisations in the database. */
export async function getEntryOptions(versionId: string | null) {
  const [units, organizations] = await Promise.all([
    versionId
      ? db.provision.findMany({
          where: { versionId },
          orderBy: { order: "asc" },
          select: { id: true, citation: true, depth: true },
        })
      : [],
    db.organization.findMany({
      where: { verification: { not: "REJECTED" } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { units, organizations };
}
