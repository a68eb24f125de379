import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setClockForTests } from "@/lib/time/clock";
import { startOfWarsawDay } from "@/lib/time/warsaw";
import { jobQueue, QUEUES, stopJobQueue } from "./boss";
import { recordCouncilWaivers } from "./council-waivers";
import { eventually, fixtures, jobSchemaFor } from "./testing/fixtures";
import { registerWorkers } from "./worker";

const f = fixtures("waiver");
const DAYS = 14;
let unitId: string;
let clerkId: string;

beforeAll(async () => {
  unitId = (await f.unit()).id;
  clerkId = (await f.clerk()).id;
});

afterAll(async () => {
  setClockForTests(null);
  await stopJobQueue();
  await db.$disconnect();
});

const published = (councilDeadline: string) =>
  f.consultation({
    ownerUnitId: unitId,
    createdById: clerkId,
    startDate: "2002-03-01",
    endDate: "2002-03-14",
    published: { status: "OPEN", at: new Date("2002-02-27T09:00:00Z"), councilDeadline },
  });

const opinionsOf = (consultationId: string) => db.councilOpinion.findMany({ where: { consultationId } });

describe("the Council's waiver", () => {
  it("is recorded once, by nobody, when the deadline's last day has ended, with an audit event", async () => {
    const c = await published("2002-03-13");
    const lapse = startOfWarsawDay("2002-03-14");
    expect(await recordCouncilWaivers(new Date(lapse.getTime() - 1000), DAYS)).not.toContain(c.id);
    expect(await opinionsOf(c.id)).toEqual([]);

    // Two instances at the same moment: one waiver.
    const [first, second] = await Promise.all([recordCouncilWaivers(lapse, DAYS), recordCouncilWaivers(lapse, DAYS)]);
    expect([...first, ...second].filter((id) => id === c.id)).toEqual([c.id]);
    expect(await recordCouncilWaivers(new Date(lapse.getTime() + 3_600_000), DAYS)).not.toContain(c.id);

    const opinions = await opinionsOf(c.id);
    expect(opinions).toHaveLength(1);
    expect(opinions[0]).toMatchObject({ kind: "WAIVED", recordedById: null, text: null });
    const events = await db.auditEvent.findMany({ where: { entityType: "CouncilOpinion", entityId: opinions[0]?.id } });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([["council_opinion.waived", null]]);
    expect(events[0]?.data).toMatchObject({ consultationId: c.id, deadline: "2002-03-13" });
  });

  it("is not recorded over an opinion the Council gave", async () => {
    const c = await published("2002-03-20");
    await db.councilOpinion.create({ data: { consultationId: c.id, kind: "POSITIVE", recordedById: clerkId } });
    expect(await recordCouncilWaivers(startOfWarsawDay("2002-04-01"), DAYS)).not.toContain(c.id);
    expect((await opinionsOf(c.id)).map((o) => o.kind)).toEqual(["POSITIVE"]);
  });

  it("is recorded by the every-minute job as the clock passes the deadline", async () => {
    const c = await published("2002-05-06");
    setClockForTests(() => new Date("2002-05-07T08:00:00Z"));
    const boss = await jobQueue(undefined, { schema: jobSchemaFor(f.run) });
    await registerWorkers(boss, 0.5);
    await boss.send(QUEUES.tick, {});
    const [opinion] = await eventually(async () => {
      const rows = await opinionsOf(c.id);
      return rows.length > 0 && rows;
    });
    // Dated at the lapse (the start of the day after the last day), not when the job happened to run.
    expect(opinion).toMatchObject({ kind: "WAIVED", recordedById: null, recordedAt: startOfWarsawDay("2002-05-07") });
  }, 60_000);
});
