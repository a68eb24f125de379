import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishConsultation, unpublishConsultation } from "@/lib/consultations/mutations";
import { db } from "@/lib/db";
import { jobQueue, QUEUES, stopJobQueue } from "@/lib/jobs/boss";
import { eventually, fixtures, jobSchemaFor, jobsFinished } from "@/lib/jobs/testing/fixtures";
import { registerWorkers } from "@/lib/jobs/worker";
import { notifyReportPublished } from "@/lib/reports/notify";
import { setClockForTests } from "@/lib/time/clock";
import { consultationWindow } from "@/lib/time/warsaw";
import { sendWeeklyDigest } from "./digest";
import { enqueueAnnouncement } from "./jobs";
import { saveSubscription } from "./mutations";
import { handleOneClickUnsubscribe } from "./one-click";
import { sendCouncilReminders } from "./reminders";

// Everything here happens in 2002 (the shared database's other suites use other years),
// and the jobs run in a pg-boss schema of this file's own, by workers in this process.
const f = fixtures("notify");
const NOW = new Date("2002-06-03T10:00:00Z");
const settings = { minConsultationDays: 7, councilOpinionDays: 14 };

let unitId: string;
let otherUnitId: string;
let clerkId: string;
let orgA: { id: string; email: string };
let orgB: { id: string; email: string };
let orgOtherTopic: { id: string; email: string };
let council: { id: string; email: string };

beforeAll(async () => {
  const boss = await jobQueue(undefined, { schema: jobSchemaFor(f.run) });
  await registerWorkers(boss, 0.5);
  setClockForTests(() => NOW);
  unitId = (await f.unit()).id;
  otherUnitId = (await f.unit()).id;
  clerkId = (await f.clerk()).id;
  orgA = await f.organization();
  orgB = await f.organization();
  orgOtherTopic = await f.organization();
  council = await f.councilMember("en");
  await saveSubscription(
    clerkId,
    { organizationId: orgOtherTopic.id },
    { unitIds: [otherUnitId], frequency: "IMMEDIATE" },
  );
});

afterAll(async () => {
  setClockForTests(null);
  await stopJobQueue();
  await db.$disconnect();
});

/** Publishes a new draft of the unit as the action does (the mutation, then the announcement job). */
async function publishNew(startDate: string, endDate: string) {
  const c = await f.consultation({ ownerUnitId: unitId, createdById: clerkId, startDate, endDate });
  const published = await publishConsultation(clerkId, c.id, NOW, settings);
  expect(published).toMatchObject({ ok: true, data: { status: "SCHEDULED" } });
  await enqueueAnnouncement(c.id);
  return c;
}

const announcementTo = (consultationId: string, email: string) =>
  db.emailMessage.findFirst({
    where: { dedupeKey: { startsWith: `announce:${consultationId}:` }, to: email },
    orderBy: { createdAt: "desc" },
  });

/**
 * Waits until the announcement job has stored the message to `email`. Not until it is delivered: the
 * announcement also goes to every verified organisation other suites created in the shared database,
 * and their deliveries would queue before ours. Delivery and its retries are tested in lib/email.
 */
const announced = (consultationId: string, email: string) =>
  eventually(async () => (await announcementTo(consultationId, email)) ?? undefined);

describe("the announcement of a published consultation", () => {
  let first: string;

  it("goes once to organisations following its topic and to the Council, in each one's language", async () => {
    first = (await publishNew("2002-06-10", "2002-06-24")).id;
    const [a, b, member] = await Promise.all([
      announced(first, orgA.email),
      announced(first, orgB.email),
      announced(first, council.email),
    ]);
    expect(a).toMatchObject({ kind: "consultation-announcement" });
    expect(a.subject).toContain("Nowe konsultacje: Projekt uchwały");
    expect(a.text).toContain("Uwagi można zgłaszać od 10 czerwca 2002 do 24 czerwca 2002");
    expect(b.subject).toBe(a.subject);
    expect(member.subject).toContain("New consultation");
    expect(member.text).toContain("The Public Benefit Council may give its opinion until 17 June 2002");
    expect(await announcementTo(first, orgOtherTopic.email)).toBeNull();

    // The job again (a retry, a second instance): nothing new.
    await enqueueAnnouncement(first);
    await jobsFinished(jobSchemaFor(f.run), QUEUES.announce, 2);
    expect(
      await db.emailMessage.count({ where: { dedupeKey: { startsWith: `announce:${first}:` }, to: orgA.email } }),
    ).toBe(1);
    expect((await db.consultation.findUniqueOrThrow({ where: { id: first } })).announcedAt).toEqual(NOW);
  }, 60_000);

  it("is sent again, with the new dates, when the consultation is withdrawn, changed and published again", async () => {
    const c = await publishNew("2002-06-11", "2002-06-25");
    await announced(c.id, orgA.email);
    expect(await unpublishConsultation(clerkId, c.id, NOW, settings)).toMatchObject({ ok: true });
    expect((await db.consultation.findUniqueOrThrow({ where: { id: c.id } })).announcedAt).toBeNull();
    await db.consultation.update({
      where: { id: c.id },
      data: {
        startDate: new Date("2002-06-17"),
        endDate: new Date("2002-07-01"),
        ...consultationWindow("2002-06-17", "2002-07-01"),
      },
    });
    const later = new Date(NOW.getTime() + 3_600_000);
    expect(await publishConsultation(clerkId, c.id, later, settings)).toMatchObject({ ok: true });
    await enqueueAnnouncement(c.id);
    const again = await eventually(async () => {
      const sent = await db.emailMessage.findMany({
        where: { dedupeKey: { startsWith: `announce:${c.id}:` }, to: orgA.email },
        orderBy: { createdAt: "asc" },
      });
      return sent.length === 2 ? sent : undefined;
    });
    expect(again[0]?.text).toContain("od 11 czerwca 2002 do 25 czerwca 2002");
    expect(again[1]?.text).toContain("od 17 czerwca 2002 do 1 lipca 2002");
    // Withdrawn again, so that the week's digest below counts only its own consultations.
    expect(await unpublishConsultation(clerkId, c.id, later, settings)).toMatchObject({ ok: true });
  }, 60_000);

  it("carries the one-click List-Unsubscribe headers (RFC 8058) and the links in its text", async () => {
    const message = await announcementTo(first, orgA.email);
    const headers = message?.headers as Record<string, string>;
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(headers["List-Unsubscribe"]).toMatch(
      /^<http:\/\/[^>]+\/powiadomienia\/wypisz\?token=o\.[\w-]+\.[\w-]{43}>, <mailto:[^>]+\?subject=unsubscribe%20o\.[\w-]+\.[\w-]{43}>$/,
    );
    const url = /<(http[^>]+)>/.exec(headers["List-Unsubscribe"] ?? "")?.[1] ?? "";
    expect(message?.html).toContain(`href="${url}"`);
    expect(message?.text).toContain("Ustawienia powiadomień");
  });
});

describe("the one-click unsubscribe", () => {
  const listUnsubscribeUrl = async (consultationId: string, email: string) => {
    const headers = (await announcementTo(consultationId, email))?.headers as Record<string, string>;
    return /<(http[^>]+)>/.exec(headers["List-Unsubscribe"] ?? "")?.[1] ?? "";
  };
  const post = (url: string) =>
    handleOneClickUnsubscribe(
      new Request(url, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      }),
    );
  let first: string;

  beforeAll(async () => {
    first = (await db.consultation.findFirstOrThrow({ where: { ownerUnitId: unitId, status: { not: "DRAFT" } } })).id;
  });

  it("refuses a token that was altered, and changes nothing", async () => {
    const url = new URL(await listUnsubscribeUrl(first, orgB.email));
    const token = url.searchParams.get("token") ?? "";
    const altered = `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`;
    url.searchParams.set("token", altered);
    const response = await post(url.toString());
    expect(response.status).toBe(400);
    url.searchParams.set("token", token.replace(/^o\./, "u."));
    expect((await post(url.toString())).status).toBe(400);
    expect(await db.notificationSubscription.findUnique({ where: { organizationId: orgB.id } })).toBeNull();
  });

  it("unsubscribes with a POST to the link from the header, and the next bulk e-mail does not go there", async () => {
    const response = await post(await listUnsubscribeUrl(first, orgA.email));
    expect(response.status).toBe(200);
    expect(await db.notificationSubscription.findUnique({ where: { organizationId: orgA.id } })).toMatchObject({
      frequency: "NONE",
      unsubscribedAt: NOW,
    });
    const audit = await db.auditEvent.findMany({ where: { action: "notifications.unsubscribed" } });
    expect(audit.filter((e) => (e.data as { organizationId?: string }).organizationId === orgA.id)).toHaveLength(1);
    // Used again (a client retrying): still 200, nothing changes.
    expect((await post(await listUnsubscribeUrl(first, orgA.email))).status).toBe(200);

    const second = (await publishNew("2002-07-01", "2002-07-15")).id;
    await announced(second, orgB.email);
    expect(await announcementTo(second, orgA.email)).toBeNull();
  }, 60_000);

  it("also stops the report e-mail to an organisation that commented", async () => {
    const closed = await f.consultation({
      ownerUnitId: unitId,
      createdById: clerkId,
      startDate: "2002-04-01",
      endDate: "2002-04-14",
      published: { status: "CLOSED", at: new Date("2002-03-30T09:00:00Z") },
    });
    await f.comment(closed, clerkId, orgA.id);
    await f.comment(closed, clerkId, orgB.id);
    const report = await db.report.create({
      data: { consultationId: closed.id, status: "PUBLISHED", publishedAt: NOW },
    });
    expect(await notifyReportPublished(report.id)).toEqual({ sent: 1, skipped: 1 });
    const mails = await db.emailMessage.findMany({ where: { kind: `report-published:${report.id}` } });
    expect(mails.map((m) => m.to)).toEqual([orgB.email]);
    expect(mails[0]?.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
  });
});

describe("the Monday digest and the Council's reminder", () => {
  it("sends weekly subscribers one digest of last week's consultations on their topics, once", async () => {
    const weekly = await f.organization();
    const weeklyElsewhere = await f.organization();
    await saveSubscription(clerkId, { organizationId: weekly.id }, { unitIds: [unitId], frequency: "WEEKLY" });
    await saveSubscription(
      clerkId,
      { organizationId: weeklyElsewhere.id },
      { unitIds: [otherUnitId], frequency: "WEEKLY" },
    );
    // Monday 10 June 2002, 07:00 Warsaw: the week of 3–9 June, when this file published its consultations.
    const monday = new Date("2002-06-10T05:00:00Z");
    await sendWeeklyDigest(monday);
    await sendWeeklyDigest(monday);
    const digests = await db.emailMessage.findMany({ where: { dedupeKey: { startsWith: "digest:2002-06-03:" } } });
    expect(digests.filter((d) => d.to === weekly.email)).toHaveLength(1);
    expect(digests.map((d) => d.to)).not.toContain(weeklyElsewhere.email);
    expect(digests.map((d) => d.to)).not.toContain(orgB.email);
    const digest = digests.find((d) => d.to === weekly.email);
    const published = await db.consultation.findMany({ where: { ownerUnitId: unitId, publishedAt: NOW } });
    expect(published).toHaveLength(2);
    for (const c of published) expect(digest?.text).toContain(c.title);
    expect(digest?.subject).toBe("Nowe konsultacje w minionym tygodniu (2)");
  });

  it("reminds the Council three days before its deadline, once, and not after an opinion", async () => {
    const c = await f.consultation({
      ownerUnitId: unitId,
      createdById: clerkId,
      startDate: "2002-10-01",
      endDate: "2002-10-14",
      published: { status: "OPEN", at: new Date("2002-09-30T09:00:00Z"), councilDeadline: "2002-10-14" },
    });
    const given = await f.consultation({
      ownerUnitId: unitId,
      createdById: clerkId,
      startDate: "2002-10-01",
      endDate: "2002-10-14",
      published: { status: "OPEN", at: new Date("2002-09-30T09:00:00Z"), councilDeadline: "2002-10-14" },
    });
    await db.councilOpinion.create({ data: { consultationId: given.id, kind: "POSITIVE", recordedById: clerkId } });
    const toMember = (id: string) =>
      db.emailMessage.findMany({ where: { dedupeKey: `council-reminder:${id}:2002-10-14:${council.email}` } });
    await sendCouncilReminders(new Date("2002-10-11T05:59:00Z"), 14);
    expect(await toMember(c.id)).toHaveLength(0);
    await sendCouncilReminders(new Date("2002-10-11T06:00:00Z"), 14);
    await sendCouncilReminders(new Date("2002-10-12T06:00:00Z"), 14);
    const reminders = await toMember(c.id);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.subject).toBe(`Council opinion due 14 October 2002: ${c.title}`);
    expect(await toMember(given.id)).toHaveLength(0);
  });
});
