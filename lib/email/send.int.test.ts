import { randomUUID } from "node:crypto";
import { createElement } from "react";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";

// The transport of a message is chosen when it is stored; "RESEND" on an instance without a
// key fails every attempt, as the provider would when down or rate-limiting. The delivery
// job is not run here: only whether a retry is handed to it.
const transport = vi.hoisted(() => ({ current: "OUTBOX" as "OUTBOX" | "RESEND" }));
const dispatched = vi.hoisted(() => [] as { ids: readonly string[]; startAfterSeconds?: number }[]);
vi.mock("./queue", async (original) => ({
  ...(await original<typeof import("./queue")>()),
  currentTransport: () => transport.current,
  dispatchEmails: async (ids: readonly string[], options: { startAfterSeconds?: number } = {}) => {
    dispatched.push({ ids, ...options });
    return true;
  },
}));
const { sendEmail } = await import("./send");

const run = randomUUID().slice(0, 8);
const to = (name: string) => `${name}-${run}@example.org`;
const message = (name: string, kind: string) => ({
  to: to(name),
  subject: `Temat ${name}`,
  template: createElement("p", null, `Treść ${name}`),
  kind,
});

beforeEach(() => {
  transport.current = "OUTBOX";
  dispatched.length = 0;
});

afterAll(async () => {
  await db.emailMessage.deleteMany({ where: { to: { endsWith: `-${run}@example.org` } } });
  await db.$disconnect();
});

describe("sendEmail: stored, tried at once, and the caller told whether a retry follows", () => {
  it("a message that goes is SENT, with nothing handed to the delivery job", async () => {
    const result = await sendEmail(message("sent", "comment-receipt"));
    expect(result).toEqual({ ok: true, id: expect.any(String) });
    expect(await db.emailMessage.findFirstOrThrow({ where: { to: to("sent") } })).toMatchObject({
      status: "SENT",
      attempts: 1,
    });
    expect(dispatched).toEqual([]);
  });

  it("a receipt that fails is kept QUEUED with its error and handed to the delivery job: willRetry", async () => {
    transport.current = "RESEND";
    const result = await sendEmail(message("retried", "comment-receipt"));
    expect(result).toMatchObject({ ok: false, willRetry: true });
    const row = await db.emailMessage.findFirstOrThrow({ where: { to: to("retried") } });
    expect(row).toMatchObject({ status: "QUEUED", attempts: 1, transport: "RESEND" });
    expect(row.error).toContain("RESEND_API_KEY");
    expect(dispatched).toEqual([{ ids: [row.id], startAfterSeconds: 30 }]);
  });

  it("a sign-in link that fails is FAILED at once and not retried: it would come after the next one", async () => {
    transport.current = "RESEND";
    const result = await sendEmail(message("sign-in", "sign-in"));
    expect(result).toMatchObject({ ok: false, willRetry: false });
    expect(await db.emailMessage.findFirstOrThrow({ where: { to: to("sign-in") } })).toMatchObject({
      status: "FAILED",
      attempts: 1,
    });
    expect(dispatched).toEqual([]);
  });
});
