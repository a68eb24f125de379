import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { defaultReceiptCode } from "@/lib/comments/receipt-code";
import { db } from "@/lib/db";
import { setClockForTests } from "@/lib/time/clock";
import type { ConsultationFormInput } from "./schema";

const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const {
  createConsultationAction,
  publishConsultationAction,
  saveDraftConsultationAction,
  savePublishedConsultationAction,
  unpublishConsultationAction,
} = await import("./actions");

const run = randomUUID().slice(0, 8);
const units = { cwop: `cwop-${run}`, social: `social-${run}` };
let cwopClerk: Actor;
let socialClerk: Actor;

function clerk(id: string, unitId: string, coordinator: boolean): Actor {
  return {
    id,
    name: "Urzędnik",
    email: `${id}@example.org`,
    roles: ["CLERK"],
    locale: "pl",
    clerkUnitIds: [unitId],
    isCoordinatorClerk: coordinator,
    memberships: [],
    council: null,
  };
}

beforeAll(async () => {
  await db.ownerUnit.create({
    data: { id: units.cwop, slug: units.cwop, name: "CWOP", shortName: "CWOP", isCoordinator: true },
  });
  await db.ownerUnit.create({ data: { id: units.social, slug: units.social, name: "DSS", shortName: "DSS" } });
  const a = await db.user.create({ data: { email: `cwop-${run}@example.org`, roles: ["CLERK"] } });
  const b = await db.user.create({ data: { email: `dss-${run}@example.org`, roles: ["CLERK"] } });
  cwopClerk = clerk(a.id, units.cwop, true);
  socialClerk = clerk(b.id, units.social, false);
});

afterEach(() => {
  setClockForTests(null);
  signedIn.actor = null;
});

afterAll(() => db.$disconnect());

/** A receipt code no other consultation in the shared test database has: receipt numbers count per consultation. */
let codes = 0;
const freshCode = () => `Q${run.slice(0, 4).toUpperCase()}${++codes}`;

function form(overrides: Partial<ConsultationFormInput> = {}): ConsultationFormInput {
  return {
    title: `Program współpracy ${run}`,
    subject: "Projekt uchwały w sprawie programu współpracy",
    purpose: "Zebranie uwag organizacji do projektu",
    legalBasis: "art. 5 ust. 5 ustawy o działalności pożytku publicznego i o wolontariacie",
    actType: "PROGRAM_WSPOLPRACY",
    ownerUnitId: units.cwop,
    contactName: "Katarzyna Wiśniewska",
    contactEmail: "k.wisniewska@example.org",
    contactPhone: "",
    forms: ["ONLINE"],
    meetingAt: "",
    meetingPlace: "",
    whoMayComment: "ORGANIZATIONS",
    justificationRequired: true,
    startDate: "2027-03-01",
    endDate: "2027-03-14",
    councilOpinionDeadline: "",
    receiptCode: freshCode(),
    ...overrides,
  };
}

async function created(overrides: Partial<ConsultationFormInput> = {}, as: Actor = cwopClerk) {
  signedIn.actor = as;
  const result = await createConsultationAction(form(overrides));
  if (!result.ok) throw new Error(`create refused: ${JSON.stringify(result)}`);
  return result.data.id;
}

async function addVersion(consultationId: string) {
  return db.documentVersion.create({
    data: {
      consultationId,
      number: 1,
      source: "TEXT",
      sourceText: "§ 1. Tekst.",
      provisions: {
        create: {
          key: "par1",
          anchor: "par-1",
          kind: "PARAGRAPH",
          label: "§ 1",
          citation: "§ 1",
          text: "Tekst.",
          order: 0,
          depth: 0,
        },
      },
    },
  });
}

const at = (iso: string) => setClockForTests(() => new Date(iso));

describe("creating a consultation", () => {
  it("gives two consultations with the same title different slugs and logs each creation", async () => {
    const first = await created({ title: `Konsultacje zdublowane ${run}` });
    const second = await created({ title: `Konsultacje zdublowane ${run}` });
    const rows = await db.consultation.findMany({
      where: { id: { in: [first, second] } },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((r) => r.slug)).toEqual([`konsultacje-zdublowane-${run}`, `konsultacje-zdublowane-${run}-2`]);
    expect(rows.every((r) => r.status === "DRAFT")).toBe(true);
    expect(rows[0]?.opensAt.toISOString()).toBe("2027-02-28T23:00:00.000Z");
    expect(rows[0]?.closesAt.toISOString()).toBe("2027-03-14T23:00:00.000Z");
    const events = await db.auditEvent.findMany({ where: { entityId: { in: [first, second] } } });
    expect(events.map((e) => e.action)).toEqual(["consultation.created", "consultation.created"]);
  });

  it("refuses a receipt code another consultation has, but numbers a repeated suggestion from the title", async () => {
    const code = freshCode();
    const first = await created({ receiptCode: code });
    signedIn.actor = cwopClerk;
    // Typed by the clerk: refused on the field, or both would issue BIA/…/code/000001.
    expect(await createConsultationAction(form({ receiptCode: code }))).toMatchObject({
      ok: false,
      fieldErrors: { receiptCode: "consultation.receiptCode.taken" },
    });
    const title = "Zasady dotacji 2027";
    const suggested = defaultReceiptCode(title); // "ZD", what the form fills in unless the clerk changes it
    const codeOf = async (id: string) => (await db.consultation.findUniqueOrThrow({ where: { id } })).receiptCode;
    const a = await created({ title, receiptCode: suggested });
    const b = await created({ title, receiptCode: suggested });
    expect(new Set([await codeOf(a), await codeOf(b)]).size).toBe(2);
    expect(await codeOf(b)).toMatch(new RegExp(`^${suggested}\\d+$`));
    // A draft keeps its own code when saved again, and cannot take another's.
    expect(await saveDraftConsultationAction(first, form({ receiptCode: code }))).toEqual({
      ok: true,
      data: { id: first },
    });
    expect(await saveDraftConsultationAction(first, form({ receiptCode: await codeOf(b) }))).toMatchObject({
      ok: false,
      fieldErrors: { receiptCode: "consultation.receiptCode.taken" },
    });
  });

  it("refuses an end date before the start with a message key on the end date", async () => {
    signedIn.actor = cwopClerk;
    const result = await createConsultationAction(form({ endDate: "2027-02-20" }));
    expect(result).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { endDate: "consultation.endDate.beforeStart" },
    });
  });

  it("refuses a clerk creating a consultation for another unit", async () => {
    signedIn.actor = socialClerk;
    const result = await createConsultationAction(form({ ownerUnitId: units.cwop, title: `Cudza ${run}` }));
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.reason).toBe("forbidden");
    expect(await db.consultation.count({ where: { title: `Cudza ${run}` } })).toBe(0);
  });
});

describe("changing a consultation", () => {
  it("refuses a clerk of another unit editing or publishing a CWOP consultation", async () => {
    const id = await created();
    await addVersion(id);
    signedIn.actor = socialClerk;
    const edit = await saveDraftConsultationAction(id, form({ title: "Przejęte przez innego urzędnika" }));
    expect(edit.ok ? null : edit.reason).toBe("forbidden");
    const publish = await publishConsultationAction(id);
    expect(publish.ok ? null : publish.reason).toBe("forbidden");
    const row = await db.consultation.findUniqueOrThrow({ where: { id } });
    expect(row.title).toBe(form().title);
    expect(row.status).toBe("DRAFT");
  });

  it("lets the owner unit change every detail of a draft, keeping the slug", async () => {
    const id = await created({ title: `Pierwszy tytuł ${run}` });
    signedIn.actor = cwopClerk;
    const result = await saveDraftConsultationAction(
      id,
      form({
        title: `Drugi tytuł ${run}`,
        forms: ["ONLINE", "MEETING"],
        meetingAt: "2027-03-05T17:00",
        meetingPlace: "Sala 10",
      }),
    );
    expect(result.ok).toBe(true);
    const row = await db.consultation.findUniqueOrThrow({ where: { id } });
    expect(row.title).toBe(`Drugi tytuł ${run}`);
    expect(row.slug).toBe(`pierwszy-tytul-${run}`);
    expect(row.meetingAt?.toISOString()).toBe("2027-03-05T16:00:00.000Z");
  });
});

describe("publishing", () => {
  it("refuses a consultation without a version with drafting units", async () => {
    const id = await created();
    await db.documentVersion.create({ data: { consultationId: id, number: 1, source: "TEXT", sourceText: "" } });
    at("2027-02-01T10:00:00Z");
    signedIn.actor = cwopClerk;
    const result = await publishConsultationAction(id);
    expect(result).toEqual({ ok: false, reason: "conflict", fieldErrors: { _form: "consultation.publish.noVersion" } });
    expect((await db.consultation.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });

  it("schedules a consultation that starts later and fills in the Council's default deadline", async () => {
    const id = await created();
    const version = await addVersion(id);
    at("2027-02-20T10:00:00Z");
    signedIn.actor = cwopClerk;
    expect(await publishConsultationAction(id)).toEqual({ ok: true, data: { status: "SCHEDULED" } });
    const row = await db.consultation.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("SCHEDULED");
    expect(row.publishedAt?.toISOString()).toBe("2027-02-20T10:00:00.000Z");
    // 14 days after 20 February, 00:00 Warsaw time.
    expect(row.councilOpinionDeadline?.toISOString()).toBe("2027-03-05T23:00:00.000Z");
    expect((await db.documentVersion.findUniqueOrThrow({ where: { id: version.id } })).publishedAt).not.toBeNull();
    const events = await db.auditEvent.findMany({ where: { entityId: id }, orderBy: { seq: "asc" } });
    expect(events.at(-1)?.action).toBe("consultation.published");
    expect(await publishConsultationAction(id)).toMatchObject({ ok: false, reason: "forbidden" });
  });

  it("opens a consultation whose window has begun and keeps a deadline the clerk chose", async () => {
    const id = await created({ councilOpinionDeadline: "2027-03-20" });
    await addVersion(id);
    at("2027-03-02T08:00:00Z");
    signedIn.actor = cwopClerk;
    expect(await publishConsultationAction(id)).toEqual({ ok: true, data: { status: "OPEN" } });
    const row = await db.consultation.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("OPEN");
    expect(row.councilOpinionDeadline?.toISOString()).toBe("2027-03-19T23:00:00.000Z");
    // Planned from 1 March, published on 2 March: it starts on 2 March, as the page and the report say.
    expect(row.startDate.toISOString().slice(0, 10)).toBe("2027-03-02");
    expect(row.opensAt.toISOString()).toBe("2027-03-01T23:00:00.000Z");
    const events = await db.auditEvent.findMany({ where: { entityId: id }, orderBy: { seq: "asc" } });
    expect(events.at(-1)?.data).toMatchObject({ startDateFrom: "2027-03-01", startDateTo: "2027-03-02" });
  });

  it("refuses a consultation whose end date has passed, or with fewer than the minimum days left", async () => {
    const id = await created();
    await addVersion(id);
    signedIn.actor = cwopClerk;
    at("2027-03-15T00:00:00Z");
    expect(await publishConsultationAction(id)).toEqual({
      ok: false,
      reason: "conflict",
      fieldErrors: { endDate: "consultation.publish.ended" },
    });
    at("2027-03-10T10:00:00Z");
    expect(await publishConsultationAction(id)).toEqual({
      ok: false,
      reason: "conflict",
      fieldErrors: { endDate: "consultation.publish.tooShort" },
    });
    expect((await db.consultation.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });
});

describe("after publication", () => {
  it("withdraws a scheduled publication back to a draft, but not once the consultation has opened", async () => {
    const id = await created();
    await addVersion(id);
    signedIn.actor = cwopClerk;
    at("2027-02-20T10:00:00Z");
    await publishConsultationAction(id);
    expect(await unpublishConsultationAction(id)).toEqual({ ok: true, data: undefined });
    const row = await db.consultation.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("DRAFT");
    expect(row.publishedAt).toBeNull();
    expect(row.councilOpinionDeadline).toBeNull();

    await publishConsultationAction(id);
    // The clock has opened it although the stored status still says SCHEDULED.
    at("2027-03-01T09:00:00Z");
    expect(await unpublishConsultationAction(id)).toMatchObject({ ok: false, reason: "forbidden" });
    expect((await db.consultation.findUniqueOrThrow({ where: { id } })).status).toBe("SCHEDULED");
  });

  it("refuses a full edit, extends the end date while open and refuses moving it earlier", async () => {
    const id = await created();
    const codeBefore = (await db.consultation.findUniqueOrThrow({ where: { id } })).receiptCode;
    await addVersion(id);
    signedIn.actor = cwopClerk;
    at("2027-02-20T10:00:00Z");
    await publishConsultationAction(id);
    expect(await saveDraftConsultationAction(id, form({ title: "Inny tytuł" }))).toMatchObject({
      ok: false,
      reason: "conflict",
    });
    const published = { title: "Poprawiony tytuł", contactName: "Jan Nowak", contactEmail: "jan@example.org" };
    expect(await savePublishedConsultationAction(id, { ...published, endDate: "2027-03-20" })).toMatchObject({
      ok: false,
      fieldErrors: { endDate: "consultation.endDate.locked" },
    });
    at("2027-03-05T10:00:00Z");
    expect(await savePublishedConsultationAction(id, { ...published, endDate: "2027-03-10" })).toMatchObject({
      ok: false,
      fieldErrors: { endDate: "consultation.endDate.notEarlier" },
    });
    expect(await savePublishedConsultationAction(id, { ...published, endDate: "2027-03-20" })).toMatchObject({
      ok: false,
      fieldErrors: { extensionNote: "consultation.extensionNote.required" },
    });
    expect(
      await savePublishedConsultationAction(id, {
        ...published,
        endDate: "2027-03-20",
        extensionNote: "Na prośbę Rady – dodatkowe spotkanie.",
      }),
    ).toEqual({ ok: true, data: { id } });
    const row = await db.consultation.findUniqueOrThrow({ where: { id } });
    expect(row.title).toBe("Poprawiony tytuł");
    expect(row.closesAt.toISOString()).toBe("2027-03-20T23:00:00.000Z");
    expect(row.receiptCode).toBe(codeBefore);
    expect(row.extensionNote).toBe("Na prośbę Rady – dodatkowe spotkanie.");
    const events = await db.auditEvent.findMany({ where: { entityId: id }, orderBy: { seq: "asc" } });
    expect(events.at(-1)).toMatchObject({
      action: "consultation.extended",
      data: { endDateFrom: "2027-03-14", endDateTo: "2027-03-20", note: "Na prośbę Rady – dodatkowe spotkanie." },
    });
  });
});
