import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { jobQueue, QUEUES, stopJobQueue } from "@/lib/jobs/boss";
import { registerWorkers } from "@/lib/jobs/worker";
import { setClockForTests } from "@/lib/time/clock";
import { consultationWindow } from "@/lib/time/warsaw";
import { advanceConsultations } from "./lifecycle";

// Windows in 2001, far from every other suite's dates: advancing the clock here
// touches only these consultations, though the database is shared.
const run = randomUUID().slice(0, 8);
const scheduled = consultationWindow("2001-03-01", "2001-03-10");
const open = consultationWindow("2001-05-01", "2001-05-14");

async function consultation(status: "SCHEDULED" | "OPEN", window: { opensAt: Date; closesAt: Date }, n: string) {
  const unit = await db.ownerUnit.upsert({
    where: { slug: `lifecycle-${run}` },
    create: { slug: `lifecycle-${run}`, name: "Dział", shortName: "D" },
    update: {},
  });
  const clerk = await db.user.upsert({
    where: { email: `lifecycle-${run}@example.org` },
    create: { email: `lifecycle-${run}@example.org`, roles: ["CLERK"] },
    update: {},
  });
  return db.consultation.create({
    data: {
      slug: `lifecycle-${run}-${n}`,
      receiptCode: "LC",
      title: `Cykl ${n}`,
      subject: "S",
      purpose: "P",
      actType: "UCHWALA",
      ownerUnitId: unit.id,
      contactName: "C",
      contactEmail: "c@example.org",
      status,
      startDate: window.opensAt,
      endDate: window.closesAt,
      ...window,
      createdById: clerk.id,
      publishedAt: new Date("2001-01-15T10:00:00Z"),
    },
  });
}

const statusOf = async (id: string) => (await db.consultation.findUniqueOrThrow({ where: { id } })).status;

afterAll(async () => {
  setClockForTests(null);
  await stopJobQueue();
  await db.$disconnect();
});

describe("consultations move along with the clock", () => {
  let a: string;
  let b: string;
  beforeAll(async () => {
    a = (await consultation("SCHEDULED", scheduled, "a")).id;
    b = (await consultation("OPEN", open, "b")).id;
  });

  it("opens a scheduled consultation at 00:00 Warsaw of its first day, not a second before", async () => {
    await advanceConsultations(new Date(scheduled.opensAt.getTime() - 1000));
    expect(await statusOf(a)).toBe("SCHEDULED");
    const result = await advanceConsultations(scheduled.opensAt);
    expect(result.opened).toContain(a);
    expect(await statusOf(a)).toBe("OPEN");
  });

  it("closes an open consultation after 23:59:59 of its last day, once, with an audit event", async () => {
    const lastSecond = new Date(open.closesAt.getTime() - 1000);
    await advanceConsultations(lastSecond);
    expect(await statusOf(b)).toBe("OPEN");
    const first = await advanceConsultations(open.closesAt);
    expect(first.closed).toContain(b);
    const again = await advanceConsultations(open.closesAt);
    expect(again.closed).not.toContain(b);
    const stored = await db.consultation.findUniqueOrThrow({ where: { id: b } });
    expect(stored).toMatchObject({ status: "CLOSED", closedAt: open.closesAt });
    expect(await db.auditEvent.count({ where: { entityId: b, action: "consultation.closed" } })).toBe(1);
  });

  it("is done by the job worker, not by a page visit", async () => {
    const c = (await consultation("OPEN", consultationWindow("2001-04-01", "2001-04-10"), "c")).id;
    setClockForTests(() => new Date("2001-04-11T08:00:00Z"));
    const boss = await jobQueue();
    await registerWorkers(boss, 0.5);
    await boss.send(QUEUES.tick, {});
    for (let i = 0; i < 60 && (await statusOf(c)) !== "CLOSED"; i++) await new Promise((r) => setTimeout(r, 250));
    expect(await statusOf(c)).toBe("CLOSED");
  }, 30_000);
});
