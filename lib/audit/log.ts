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
  const [event] = await appendAuditEvents(tx, [input]);
  return event as NonNullable<typeof event>;
}

/** Appends several events in order with one lock and one insert (batched writers). */
export async function appendAuditEvents(tx: Prisma.TransactionClient, inputs: readonly AuditInput[]) {
  if (inputs.length === 0) return [];
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`;
  const last = await tx.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  let seq = last?.seq ?? 0n;
  let prevHash = last?.hash ?? GENESIS_HASH;
  // Date.now() has millisecond precision, as PostgreSQL stores it, so the hash can be recomputed from the row.
  const at = new Date(Date.now());
  const rows = inputs.map((input) => {
    seq += 1n;
    const event = {
      seq,
      at,
      actorId: input.actorId,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      data: input.data ?? {},
    };
    const row = { ...event, prevHash, hash: auditHash(prevHash, event) };
    prevHash = row.hash;
    return row;
  });
  // One statement for the whole batch (Prisma's createMany maps each row in JavaScript).
  const records = rows.map((r) => ({ ...r, seq: String(r.seq), at: r.at.toISOString() }));
  await tx.$executeRaw`
    INSERT INTO audit_events (seq, at, actor_id, action, entity_type, entity_id, data, prev_hash, hash)
    SELECT seq::bigint, at::timestamptz AT TIME ZONE 'UTC', "actorId", action, "entityType", "entityId", data, "prevHash", hash
    FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS x(seq text, at text, "actorId" text, action text,
      "entityType" text, "entityId" text, data jsonb, "prevHash" text, hash text)`;
  return rows;
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
