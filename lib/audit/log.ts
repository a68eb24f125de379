import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditHash, type ChainCheck, GENESIS_HASH, type StoredAuditEvent, verifyChain } from "./chain";

export type AuditInput = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Prisma.InputJsonValue;
};

// Any constant works; it only has to be the same for every writer of the chain.
const AUDIT_LOCK_KEY = 72_616_401;

/**
 * Appends one event inside the caller's transaction. An advisory lock serialises
 * writers so that each event links to the one before it, whatever the concurrency.
 */
export async function appendAuditEvent(tx: Prisma.TransactionClient, input: AuditInput) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`;
  const last = await tx.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  const seq = (last?.seq ?? 0n) + 1n;
  const prevHash = last?.hash ?? GENESIS_HASH;
  // Date.now() has millisecond precision, as PostgreSQL stores it, so the hash can be recomputed from the row.
  const event = {
    seq,
    at: new Date(Date.now()),
    actorId: input.actorId,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    data: input.data ?? {},
  };
  return tx.auditEvent.create({ data: { ...event, prevHash, hash: auditHash(prevHash, event) } });
}

/** Reads the whole chain in pages and checks every link. */
export async function verifyAuditLog(pageSize = 5_000): Promise<ChainCheck> {
  let after = 0n;
  let previous = GENESIS_HASH;
  let total = 0;
  for (;;) {
    const page = await db.auditEvent.findMany({
      where: { seq: { gt: after } },
      orderBy: { seq: "asc" },
      take: pageSize,
    });
    if (page.length === 0) return { ok: true, count: total };
    const result = verifyChain(page as StoredAuditEvent[], previous);
    if (!result.ok) return { ...result, count: total + result.count };
    total += result.count;
    const tail = page[page.length - 1] as StoredAuditEvent;
    previous = tail.hash;
    after = BigInt(tail.seq);
  }
}
