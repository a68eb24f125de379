import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

/** The hash a chain starts from (there is no previous event). */
export const GENESIS_HASH = "0".repeat(64);

export type AuditContent = {
  seq: bigint | number;
  at: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data: unknown;
};

/** RFC 8785 canonical JSON, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError("value cannot be serialised to canonical JSON");
  return text;
}

export function sha256Hex(input: string | Uint8Array): string {
  return createHash("sha256").update(input).digest("hex");
}

/** hash = SHA-256(previous hash ‖ canonical JSON of the event). */
export function auditHash(prevHash: string, event: AuditContent): string {
  const content = canonicalJson({
    seq: String(event.seq),
    at: event.at.toISOString(),
    actorId: event.actorId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    data: event.data ?? null,
  });
  return sha256Hex(`${prevHash}\n${content}`);
}

export type StoredAuditEvent = AuditContent & { prevHash: string; hash: string };

export type ChainCheck = { ok: true; count: number } | { ok: false; count: number; brokenAt: bigint; reason: string };

/** Walks events in order and names the first one whose link or hash does not hold. */
export function verifyChain(events: Iterable<StoredAuditEvent>, startHash = GENESIS_HASH): ChainCheck {
  let previous = startHash;
  let count = 0;
  for (const event of events) {
    if (event.prevHash !== previous) {
      return { ok: false, count, brokenAt: BigInt(event.seq), reason: "previous hash does not match" };
    }
    if (auditHash(event.prevHash, event) !== event.hash) {
      return { ok: false, count, brokenAt: BigInt(event.seq), reason: "content does not match its hash" };
    }
    previous = event.hash;
    count++;
  }
  return { ok: true, count };
}
