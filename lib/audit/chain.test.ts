import { describe, expect, it } from "vitest";
import { auditHash, canonicalJson, GENESIS_HASH, type StoredAuditEvent, verifyChain } from "./chain";

function chain(n: number): StoredAuditEvent[] {
  const events: StoredAuditEvent[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const content = {
      seq: BigInt(i),
      at: new Date(1_700_000_000_000 + i),
      actorId: "u",
      action: "a",
      entityType: "T",
      entityId: String(i),
      data: { i },
    };
    const hash = auditHash(prev, content);
    events.push({ ...content, prevHash: prev, hash });
    prev = hash;
  }
  return events;
}

describe("audit chain", () => {
  it("serialises JSON canonically (sorted keys, no spaces)", () => {
    expect(canonicalJson({ b: 1, a: [true, "ż"] })).toBe('{"a":[true,"ż"],"b":1}');
  });

  it("verifies an intact chain", () => {
    expect(verifyChain(chain(5))).toEqual({ ok: true, count: 5 });
  });

  it("finds a changed event and a removed one", () => {
    const changed = chain(5);
    changed[2] = { ...(changed[2] as StoredAuditEvent), data: { i: 99 } };
    expect(verifyChain(changed)).toMatchObject({ ok: false, brokenAt: 3n, reason: "content does not match its hash" });
    const removed = chain(5).filter((e) => e.seq !== 2n);
    expect(verifyChain(removed)).toMatchObject({ ok: false, brokenAt: 3n, reason: "previous hash does not match" });
  });
});
