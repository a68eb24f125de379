import "server-only";
import { db } from "@/lib/db";
import { plainText } from "./body";
import { receiptHash } from "./receipt";

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
  bodyText: string;
  proposedWording: string | null;
  justification: string | null;
};

/**
 * Looks a receipt up and checks it against what is stored: anyone holding a receipt
 * can confirm that exactly that content was received at that time.
 */
export async function checkReceipt(receiptNumber: string): Promise<ReceiptCheck | null> {
  const revision = await db.commentRevision.findUnique({
    where: { receiptNumber },
    include: {
      comment: {
        select: {
          consultationId: true,
          authorId: true,
          organizationId: true,
          asCouncil: true,
          revision: true,
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
  return {
    receiptNumber: revision.receiptNumber,
    receiptHash: revision.receiptHash,
    intact: recomputed === revision.receiptHash,
    current: revision.revision === comment.revision,
    status: revision.status,
    issuedAt: revision.createdAt,
    consultation: comment.consultation,
    citation: comment.provision?.citation ?? null,
    submittedBy:
      comment.organization?.name ??
      (comment.asCouncil
        ? "council"
        : comment.author.showNamePublicly && comment.author.name
          ? comment.author.name
          : "resident"),
    bodyText: plainText(revision.body as { content?: unknown[] }),
    proposedWording: revision.proposedWording,
    justification: revision.justification,
  };
}
