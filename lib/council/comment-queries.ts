import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { displayStatus, excerpt } from "./comment-display";

// Reads for "Moje uwagi" and for the clerk's moderation list. They live beside the Council's
// code because this team owns those pages; lib/comments keeps the writes.

export const COMMENTS_PAGE_SIZE = 20;

const listColumns = {
  id: true,
  status: true,
  hiddenAt: true,
  hiddenReason: true,
  bodyText: true,
  proposedWording: true,
  receiptNumber: true,
  submittedAt: true,
  createdAt: true,
  asCouncil: true,
  channel: true,
  authorId: true,
  consultation: { select: { id: true, slug: true, title: true, status: true } },
  provision: { select: { citation: true, anchor: true } },
  version: { select: { number: true } },
  organization: { select: { id: true, name: true } },
} satisfies Prisma.CommentSelect;

function pageOf(page: number) {
  return { skip: (Math.max(1, page) - 1) * COMMENTS_PAGE_SIZE, take: COMMENTS_PAGE_SIZE };
}

/**
 * The person's own comments (drafts included) and the comments their organisations
 * submitted, newest first, with the owner unit's answer. Two queries whatever the page.
 */
export async function listMyComments(person: { id: string; organizationIds: readonly string[] }, page: number) {
  const where: Prisma.CommentWhereInput = {
    OR: [
      // A letter a clerk typed in is the organisation's, not the clerk's.
      { authorId: person.id, enteredById: null },
      // Another member's draft is still theirs alone.
      ...(person.organizationIds.length
        ? [{ organizationId: { in: [...person.organizationIds] }, status: { not: "DRAFT" as const } }]
        : []),
    ],
  };
  const [total, rows] = await db.$transaction([
    db.comment.count({ where }),
    db.comment.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageOf(page),
      select: { ...listColumns, response: { select: { position: true, justification: true, updatedAt: true } } },
    }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / COMMENTS_PAGE_SIZE)),
    items: rows.map((row) => ({
      ...row,
      // Answers are drafts until the report is published (they may still change); then they are final.
      response: row.consultation.status === "REPORT_PUBLISHED" ? row.response : null,
      answerPending: row.consultation.status !== "REPORT_PUBLISHED" && row.status === "SUBMITTED",
      mine: row.authorId === person.id,
      displayStatus: displayStatus(row),
      excerpt: excerpt(row.bodyText),
    })),
  };
}

export function getCommentConsultationRef(commentId: string) {
  return db.comment.findUnique({
    where: { id: commentId },
    select: { id: true, consultation: { select: { id: true, slug: true, ownerUnitId: true, status: true } } },
  });
}
