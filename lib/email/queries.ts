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
