import "server-only";
import { db } from "@/lib/db";

/** The local outbox: messages that were not sent through Resend, newest first. */
export async function listOutbox(filter: { to?: string }, take = 50) {
  return db.emailMessage.findMany({
    where: { transport: "OUTBOX", ...(filter.to ? { to: filter.to.trim().toLowerCase() } : {}) },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, to: true, subject: true, kind: true, createdAt: true },
  });
}

export async function getOutboxMessage(id: string) {
  return db.emailMessage.findFirst({ where: { id, transport: "OUTBOX" } });
}

/**
 * Messages that need a look: given up after their retries (FAILED), and those still being
 * retried after an error. Newest attempt first.
 */
export async function listProblemEmails(take = 100) {
  return db.emailMessage.findMany({
    where: { OR: [{ status: "FAILED" }, { status: "QUEUED", error: { not: null } }] },
    orderBy: [{ lastAttemptAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    take,
    select: {
      id: true,
      to: true,
      subject: true,
      kind: true,
      status: true,
      attempts: true,
      error: true,
      createdAt: true,
      lastAttemptAt: true,
    },
  });
}
