import "server-only";
import type { MaybeActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { plainText } from "./body";
import { canModifyComment } from "./policy";
import { receiptHash } from "./receipt";
import { type PublicSubmitter, submitterOf } from "./submitter";

export type ReceiptCheck = {
  receiptNumber: string;
  receiptHash: string;
  /** The stored content still hashes to the receipt's hash. */
  intact: boolean;
  /** This receipt belongs to the comment's latest version. */
  current: boolean;
  status: string;
  issuedAt: Date;
  consultation: { title: string; slug: string };
  citation: string | null;
  submittedBy: string;
  /** Set when a clerk hid the comment: its text is then never shown here. */
  hiddenReason: string | null;
  /**
   * The submitted words, shown to everyone for the current version of a public comment;
   * for a withdrawn or superseded version only to those who may change the comment
   * (its author and their organisation). Null when not shown.
   */
  content: { bodyText: string; proposedWording: string | null; justification: string | null } | null;
};

/** The receipt page's "submitted by": a name, or "council" / "resident" for the page to word. */
function submittedByLabel(submitter: PublicSubmitter): string {
  return "name" in submitter ? submitter.name : submitter.kind;
}

/**
 * Looks a receipt up and checks it against what is stored: anyone holding a receipt
 * can confirm that exactly that content was received at that time.
 */
export async function checkReceipt(receiptNumber: string, viewer: MaybeActor): Promise<ReceiptCheck | null> {
  const revision = await db.commentRevision.findUnique({
    where: { receiptNumber },
    include: {
      comment: {
        select: {
          consultationId: true,
          authorId: true,
          organizationId: true,
          asCouncil: true,
          enteredById: true,
          channel: true,
          submitterName: true,
          revision: true,
          status: true,
          hiddenAt: true,
          hiddenReason: true,
          author: { select: { name: true, showNamePublicly: true } },
          organization: { select: { name: true } },
          provision: { select: { citation: true } },
          consultation: { select: { title: true, slug: true } },
        },
      },
    },
  });
  if (!revision) return null;
  const { comment } = revision;
  const recomputed = receiptHash({
    receiptNumber: revision.receiptNumber,
    consultationId: comment.consultationId,
    provisionCitation: comment.provision?.citation ?? null,
    organizationId: comment.organizationId,
    authorId: comment.authorId,
    revision: revision.revision,
    status: revision.status,
    body: revision.body,
    proposedWording: revision.proposedWording,
    justification: revision.justification,
    submittedAt: revision.createdAt,
  });
  const current = revision.revision === comment.revision;
  const publicNow = current && comment.status === "SUBMITTED";
  const contentVisible = !comment.hiddenAt && (publicNow || canModifyComment(viewer, comment));
  return {
    receiptNumber: revision.receiptNumber,
    receiptHash: revision.receiptHash,
    intact: recomputed === revision.receiptHash,
    current,
    status: revision.status,
    issuedAt: revision.createdAt,
    consultation: comment.consultation,
    citation: comment.provision?.citation ?? null,
    submittedBy: submittedByLabel(submitterOf(comment)),
    hiddenReason: comment.hiddenAt ? comment.hiddenReason : null,
    content: contentVisible
      ? {
          bodyText: plainText(revision.body as { content?: unknown[] }),
          proposedWording: revision.proposedWording,
          justification: revision.justification,
        }
      : null,
  };
}

export type CommentDraft = {
  idempotencyKey: string;
  onBehalf: { kind: "organization"; organizationId: string } | { kind: "council" } | null;
  body: unknown;
  proposedWording: string | null;
  justification: string | null;
  savedAt: Date;
};

/**
 * The author's newest autosaved draft for one unit (null: the whole draft) of a
 * consultation, so that the panel brings the text back on any device.
 */
export async function getCommentDraft(
  authorId: string,
  consultationId: string,
  provisionId: string | null,
): Promise<CommentDraft | null> {
  const draft = await db.comment.findFirst({
    where: { authorId, consultationId, provisionId, status: "DRAFT" },
    orderBy: { updatedAt: "desc" },
    select: {
      idempotencyKey: true,
      organizationId: true,
      asCouncil: true,
      body: true,
      proposedWording: true,
      justification: true,
      updatedAt: true,
    },
  });
  if (!draft) return null;
  return {
    idempotencyKey: draft.idempotencyKey,
    onBehalf: draft.organizationId
      ? { kind: "organization", organizationId: draft.organizationId }
      : draft.asCouncil
        ? { kind: "council" }
        : null,
    body: draft.body,
    proposedWording: draft.proposedWording,
    justification: draft.justification,
    savedAt: draft.updatedAt,
  };
}

export type PublicComment = {
  id: string;
  provisionId: string | null;
  authorId: string;
  organizationId: string | null;
  asCouncil: boolean;
  /** Set for a letter a clerk typed in. */
  enteredById: string | null;
  authorLabel: PublicSubmitter;
  body: unknown;
  currentWording: string | null;
  proposedWording: string | null;
  justification: string | null;
  submittedAt: Date | null;
  receiptNumber: string | null;
  revision: number;
  hidden: { reason: string } | null;
};

/**
 * The reading page lists every comment under its unit while a version has at most this many;
 * past it each unit shows its count, linking to the unit's own paged list (a 1,000-unit act
 * with 20,000 comments would otherwise be a page of tens of megabytes).
 */
export const INLINE_COMMENT_LIMIT = 200;

/** Where public comments are listed: a whole version, or one unit of it (null: the whole draft). */
export type PublicCommentQuery = { provisionId?: string | null; skip?: number; take?: number };

/**
 * Public comments of a consultation made on one version, oldest first, in one query: all of
 * them, or one unit's, or a page of either. Withdrawn comments and drafts are not public;
 * hidden ones come without their text.
 */
export async function listPublicComments(
  consultationId: string,
  versionId: string,
  query: PublicCommentQuery = {},
): Promise<PublicComment[]> {
  const rows = await db.comment.findMany({
    where: {
      consultationId,
      versionId,
      status: "SUBMITTED",
      ...(query.provisionId !== undefined ? { provisionId: query.provisionId } : {}),
    },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    skip: query.skip,
    take: query.take,
    select: {
      id: true,
      provisionId: true,
      authorId: true,
      organizationId: true,
      asCouncil: true,
      body: true,
      currentWording: true,
      proposedWording: true,
      justification: true,
      submittedAt: true,
      receiptNumber: true,
      revision: true,
      hiddenAt: true,
      hiddenReason: true,
      author: { select: { name: true, showNamePublicly: true } },
      organization: { select: { name: true } },
      channel: true,
      submitterName: true,
      enteredById: true,
    },
  });
  return rows.map((row) => {
    const hidden = row.hiddenAt ? { reason: row.hiddenReason ?? "" } : null;
    return {
      id: row.id,
      provisionId: row.provisionId,
      authorId: row.authorId,
      organizationId: row.organizationId,
      asCouncil: row.asCouncil,
      enteredById: row.enteredById,
      authorLabel: submitterOf(row),
      body: hidden ? null : row.body,
      currentWording: row.currentWording,
      proposedWording: hidden ? null : row.proposedWording,
      justification: hidden ? null : row.justification,
      submittedAt: row.submittedAt,
      receiptNumber: hidden ? null : row.receiptNumber,
      revision: row.revision,
      hidden,
    };
  });
}

/** How many public comments each unit of a version has (key null: the whole draft), in one query. */
export async function countPublicComments(
  consultationId: string,
  versionId: string,
): Promise<{ total: number; byUnit: ReadonlyMap<string | null, number> }> {
  const groups = await db.comment.groupBy({
    by: ["provisionId"],
    where: { consultationId, versionId, status: "SUBMITTED" },
    _count: { _all: true },
  });
  const byUnit = new Map(groups.map((g) => [g.provisionId, g._count._all]));
  return { total: groups.reduce((sum, g) => sum + g._count._all, 0), byUnit };
}

/** The reading page's comments: every one under its unit, or past the limit only the counts. */
export type CommentsForReading =
  | { kind: "listed"; comments: PublicComment[] }
  | { kind: "counted"; total: number; byUnit: ReadonlyMap<string | null, number> };

/**
 * The same two queries whatever the number of comments (the statement-count test holds the page
 * to that): the first INLINE_COMMENT_LIMIT + 1 comments, and the counts by unit. Past the limit
 * the fetched rows are not used; that bounded waste keeps the page's queries the same at any size.
 */
export async function publicCommentsForReading(consultationId: string, versionId: string): Promise<CommentsForReading> {
  const [comments, counts] = await Promise.all([
    listPublicComments(consultationId, versionId, { take: INLINE_COMMENT_LIMIT + 1 }),
    countPublicComments(consultationId, versionId),
  ]);
  return comments.length <= INLINE_COMMENT_LIMIT ? { kind: "listed", comments } : { kind: "counted", ...counts };
}

/** What a receipt e-mail and the page revalidation need to know about a comment. */
export async function getReceiptContext(commentId: string) {
  // One statement (a findUnique with two relations is three): it runs for every receipt.
  const [row] = await db.$queryRaw<{ title: string; slug: string; citation: string | null }[]>`
    SELECT c.title, c.slug, p.citation
    FROM comments m JOIN consultations c ON c.id = m.consultation_id LEFT JOIN provisions p ON p.id = m.provision_id
    WHERE m.id = ${commentId}`;
  if (!row) return null;
  return { consultationTitle: row.title, slug: row.slug, citation: row.citation };
}
