import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createElement } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ConsultationReminderEmail from "@/emails/consultation-reminder";
import { db } from "@/lib/db";
import { listProblemEmails } from "@/lib/email/queries";
import { dispatchEmails, renderEmail } from "@/lib/email/queue";
import { unsubscribeHeaders } from "@/lib/notifications/links";
import { jobQueue, QUEUES, stopJobQueue } from "./boss";
import { listFailedJobs } from "./queries";
import { eventually, fixtures, jobSchemaFor, jobsFinished } from "./testing/fixtures";
import { startWorkerProcess, type WorkerProcess } from "./testing/processes";

// Two app instances are two worker processes on one database; this process only sends jobs.
// The jobs live in a pg-boss schema of this file's own, and the dates are in 2011: a year of its own, so
// that its workers' scans (reminders, missed announcements) find no other suite's consultations
// (the jobs and notifications suites share 2002), however many those have made by then.
const f = fixtures("workers");
const schema = jobSchemaFor(f.run);
const processes: WorkerProcess[] = [];

afterAll(async () => {
  await Promise.all(processes.map((p) => p.stop()));
  await stopJobQueue();
  await db.$disconnect();
});

describe("reminders with two instances", () => {
  let consultationId: string;
  let following: { id: string; email: string }[];
  let commented: { id: string; email: string };
  let notFollowing: { id: string; email: string };

  beforeAll(async () => {
    // Queues are created with this file's settings before the processes start.
    await jobQueue(undefined, { schema, email: { retryLimit: 2, retryDelaySeconds: 1 } });
    const unit = await f.unit();
    const other = await f.unit();
    const clerk = await f.clerk();
    following = [await f.organization(), await f.organization()];
    commented = await f.organization();
    notFollowing = await f.organization();
    await db.notificationSubscription.create({
      data: { organizationId: notFollowing.id, allTopics: false, topics: { create: { ownerUnitId: other.id } } },
    });
    const c = await f.consultation({
      ownerUnitId: unit.id,
      createdById: clerk.id,
      startDate: "2011-09-02",
      endDate: "2011-09-20",
      published: { status: "OPEN", at: new Date("2011-08-30T09:00:00Z") },
    });
    consultationId = c.id;
    await f.comment(c, clerk.id, commented.id);
    // 17 September, 10:00 Warsaw: three days before the last day.
    const clock = "2011-09-17T08:00:00Z";
    processes.push(
      ...(await Promise.all([startWorkerProcess({ schema, clock }), startWorkerProcess({ schema, clock })])),
    );
  }, 120_000);

  // Instances without a Resend key must not take the next block's messages.
  afterAll(() => Promise.all(processes.splice(0).map((p) => p.stop())));

  const reminders = (stage: number) =>
    db.emailMessage.findMany({
      where: { dedupeKey: { startsWith: `reminder:${consultationId}:2011-09-20:${stage}:` } },
      orderBy: { to: "asc" },
    });

  async function runScans(times: number, total: number) {
    const boss = await jobQueue();
    await Promise.all(Array.from({ length: times }, () => boss.send(QUEUES.reminders, {})));
    await jobsFinished(schema, QUEUES.reminders, total);
    // Then every reminder they queued is delivered (to the local outbox: no Resend key).
    await eventually(async () => {
      const queued = await db.emailMessage.count({
        where: { dedupeKey: { startsWith: `reminder:${consultationId}:` }, status: { not: "SENT" } },
      });
      return queued === 0;
    });
  }

  it("sends the 3-day reminder once to each organisation that follows the topic and has not commented", async () => {
    await runScans(6, 6);
    const sent = await reminders(3);
    const addresses = following.map((o) => o.email).sort();
    expect(sent.map((m) => m.to).filter((to) => addresses.includes(to))).toEqual(addresses);
    for (const m of sent.filter((s) => addresses.includes(s.to))) {
      expect(m).toMatchObject({ status: "SENT", transport: "OUTBOX", kind: "consultation-reminder", attempts: 1 });
      expect(m.subject).toContain("Zostały 3 dni na uwagi");
    }
    const addressed = sent.map((m) => m.to);
    expect(addressed).not.toContain(commented.email);
    expect(addressed).not.toContain(notFollowing.email);
    expect(new Set(addressed).size).toBe(addressed.length);
  }, 90_000);

  it("sends the 1-day reminder once as well, and never the 3-day one again", async () => {
    await Promise.all(processes.map((p) => p.setClock("2011-09-19T08:00:00Z")));
    await runScans(6, 12);
    const addresses = following.map((o) => o.email).sort();
    const lastDay = (await reminders(1)).filter((m) => addresses.includes(m.to));
    expect(lastDay.map((m) => m.to)).toEqual(addresses);
    expect(lastDay[0]?.subject).toContain("Został 1 dzień na uwagi");
    expect((await reminders(3)).filter((m) => addresses.includes(m.to))).toHaveLength(2);
  }, 90_000);
});

describe("delivery through Resend with retries", () => {
  type Received = { headers: Record<string, string | string[] | undefined>; body: Record<string, unknown> };
  const received: Received[] = [];
  let server: Server;
  let failuresLeft = 2;

  beforeAll(async () => {
    // A stand-in for the Resend API: fails the first two sends, then accepts; always fails one address.
    server = createServer((request, response) => {
      let raw = "";
      request.on("data", (chunk) => {
        raw += chunk;
      });
      request.on("end", () => {
        const body = JSON.parse(raw || "{}") as Record<string, unknown>;
        received.push({ headers: request.headers, body });
        const fail = String(body.to).startsWith("zawsze-blad") || failuresLeft-- > 0;
        response
          .writeHead(fail ? 500 : 200, { "content-type": "application/json" })
          .end(
            JSON.stringify(
              fail
                ? { name: "internal_server_error", message: `stand-in failure ${received.length}`, statusCode: 500 }
                : { id: `resend-${received.length}` },
            ),
          );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await jobQueue(undefined, { schema, email: { retryLimit: 2, retryDelaySeconds: 1 } });
    processes.push(
      await startWorkerProcess({
        schema,
        env: { RESEND_API_KEY: "re_test_key", RESEND_BASE_URL: `http://127.0.0.1:${port}` },
      }),
    );
  }, 120_000);

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** A bulk message queued for Resend (as an instance with a key queues it), then dispatched. */
  async function queueForResend(to: string, organizationId: string) {
    const template = createElement(ConsultationReminderEmail, {
      locale: "pl",
      title: "Projekt",
      endDate: "2011-09-20",
      days: 3,
      url: "http://localhost:3000/konsultacje/projekt",
    });
    const message = await db.emailMessage.create({
      data: {
        to,
        subject: "Przypomnienie",
        kind: "consultation-reminder",
        transport: "RESEND",
        headers: unsubscribeHeaders({ kind: "organization", id: organizationId }),
        ...(await renderEmail(template)),
      },
    });
    expect(await dispatchEmails([message.id])).toBe(true);
    return message.id;
  }

  const sentTo = (address: string) => received.filter((r) => r.body.to === address);

  it("delivers a message that fails twice then succeeds exactly once, after three attempts", async () => {
    const org = await f.organization();
    const id = await queueForResend(org.email, org.id);
    const message = await eventually(async () => {
      const row = await db.emailMessage.findUniqueOrThrow({ where: { id } });
      return row.status !== "QUEUED" && row;
    }, 45_000);
    expect(message).toMatchObject({ status: "SENT", attempts: 3, providerId: "resend-3" });
    expect(message.error).toContain("stand-in failure 2");
    const attempts = sentTo(org.email);
    expect(attempts).toHaveLength(3);
    // The same idempotency key every time: Resend itself never delivers a retry twice.
    expect(new Set(attempts.map((a) => a.headers["idempotency-key"]))).toEqual(new Set([`email-message-${id}`]));
    // The one-click headers reach the provider.
    expect(attempts[2]?.body.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    expect(String((attempts[2]?.body.headers as Record<string, string> | undefined)?.["List-Unsubscribe"])).toContain(
      "/powiadomienia/wypisz?token=o.",
    );
    expect(attempts[2]?.headers.authorization).toBe("Bearer re_test_key");
  }, 60_000);

  it("marks a message that keeps failing FAILED after its retries and shows it, and its job, to admins", async () => {
    const org = await f.organization();
    const address = `zawsze-blad-${f.run}@example.org`;
    const id = await queueForResend(address, org.id);
    const message = await eventually(async () => {
      const row = await db.emailMessage.findUniqueOrThrow({ where: { id } });
      return row.status !== "QUEUED" && row;
    }, 45_000);
    expect(message).toMatchObject({ status: "FAILED", attempts: 3, sentAt: null });
    expect(message.error).toContain("internal_server_error: stand-in failure");
    expect(sentTo(address)).toHaveLength(3);
    expect((await listProblemEmails(500)).find((m) => m.id === id)).toMatchObject({ status: "FAILED", attempts: 3 });
    const job = await eventually(async () =>
      (await listFailedJobs(500, schema)).find((j) => (j.data as { messageId?: string }).messageId === id),
    );
    expect(job).toMatchObject({ queue: QUEUES.sendEmail, attempts: 3 });
    expect(job.error).toContain("stand-in failure");
  }, 60_000);
});
