import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { appendAuditEvent, verifyAuditLog } from "./log";

afterAll(() => db.$disconnect());

async function append(n: number, action = "test.event") {
  return db.$transaction((tx) =>
    appendAuditEvent(tx, {
      actorId: null,
      action,
      entityType: "Test",
      entityId: `e${n}`,
      data: { n, text: "zażółć gęślą jaźń" },
    }),
  );
}

describe("audit log", () => {
  it("appends events whose hashes chain, also under concurrent writers", async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => append(i)));
    const events = await db.auditEvent.findMany({ orderBy: { seq: "asc" } });
    for (let i = 1; i < events.length; i++) expect(events[i]?.prevHash).toBe(events[i - 1]?.hash);
    const check = await verifyAuditLog(7);
    expect(check).toMatchObject({ ok: true });
    expect(check.count).toBe(events.length);
  });

  it("refuses UPDATE and DELETE on the log (append-only trigger)", async () => {
    const event = await append(100);
    await expect(db.auditEvent.update({ where: { seq: event.seq }, data: { action: "tampered" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.auditEvent.delete({ where: { seq: event.seq } })).rejects.toThrow(/append-only/);
  });

  it("names the first broken link when a row is altered behind the trigger's back", async () => {
    const target = await append(200);
    await append(201);
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only");
      await tx.$executeRaw`UPDATE audit_events SET data = '{"n": 999}' WHERE seq = ${target.seq}`;
      await tx.$executeRawUnsafe("ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only");
    });
    const check = await verifyAuditLog();
    expect(check).toMatchObject({ ok: false, brokenAt: target.seq, reason: "content does not match its hash" });
    // Put the row back so that other tests in this run see a valid chain.
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only");
      await tx.$executeRaw`UPDATE audit_events SET data = ${JSON.stringify(target.data)}::jsonb WHERE seq = ${target.seq}`;
      await tx.$executeRawUnsafe("ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only");
    });
    expect(await verifyAuditLog()).toMatchObject({ ok: true });
  });
});
