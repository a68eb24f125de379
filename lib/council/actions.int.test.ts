import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { canDownloadFile } from "@/lib/drafts/policy";
import { setClockForTests } from "@/lib/time/clock";
import { addDays, startOfWarsawDay, warsawDate } from "@/lib/time/warsaw";
import { listMyComments } from "./comment-queries";
import { storeCouncilScan } from "./mutations";
import { canModerateComments, canSeeCouncilPanel, canSeeMyComments } from "./policy";
import { getOpinionSummary, listCouncilConsultations } from "./queries";
import type { CouncilOpinionInput } from "./schema";

const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { hideCommentAction, saveCouncilOpinionAction } = await import("./actions");

const run = randomUUID().slice(0, 8);
const id = (name: string) => `${name}-${run}`;
const today = warsawDate(new Date());
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

type Who =
  | "anonymous"
  | "resident"
  | "ngoMember"
  | "otherOrgMember"
  | "councilMember"
  | "councilSecretary"
  | "unitClerk"
  | "otherUnitClerk"
  | "admin";

const actors = {} as Record<Exclude<Who, "anonymous">, Actor>;
let versionId = "";

function actor(key: string, overrides: Partial<Actor>): Actor {
  return {
    id: id(key),
    name: key,
    email: `${id(key)}@example.org`,
    roles: ["RESIDENT"],
    locale: "pl",
    clerkUnitIds: [],
    isCoordinatorClerk: false,
    memberships: [],
    council: null,
    ...overrides,
  };
}

const membership = (organizationId: string) => ({
  organizationId,
  organizationName: organizationId,
  verified: true,
  manager: false,
});

async function createConsultation(
  key: string,
  overrides: { status?: "OPEN" | "REPORT_PUBLISHED"; deadline?: string } = {},
) {
  const consultationId = id(key);
  await db.consultation.create({
    data: {
      id: consultationId,
      slug: consultationId,
      receiptCode: "RD",
      title: `Konsultacje ${key}`,
      subject: "Projekt uchwały",
      purpose: "Zebranie uwag",
      actType: "PROGRAM_WSPOLPRACY",
      ownerUnitId: id("unit-owner"),
      contactName: "Urzędnik",
      contactEmail: "urzednik@example.org",
      status: overrides.status ?? "OPEN",
      startDate: new Date(`${addDays(today, -3)}T00:00:00Z`),
      endDate: new Date(`${addDays(today, 10)}T00:00:00Z`),
      opensAt: startOfWarsawDay(addDays(today, -3)),
      closesAt: startOfWarsawDay(addDays(today, 11)),
      publishedAt: startOfWarsawDay(addDays(today, -3)),
      councilOpinionDeadline: startOfWarsawDay(overrides.deadline ?? addDays(today, 11)),
      createdById: actors.unitClerk.id,
    },
  });
  return consultationId;
}

let commentSeq = 0;
async function createComment(
  consultationId: string,
  authorId: string,
  organizationId: string | null,
  status: "DRAFT" | "SUBMITTED" | "WITHDRAWN" = "SUBMITTED",
) {
  commentSeq += 1;
  const comment = await db.comment.create({
    data: {
      consultationId,
      versionId,
      authorId,
      organizationId,
      body: { type: "doc", content: [] },
      bodyText: `Uwaga ${commentSeq} (${run})`,
      status,
      submittedAt: status === "DRAFT" ? null : new Date(),
      receiptNumber: status === "DRAFT" ? null : `BIA/2026/RD/${run}-${commentSeq}`,
      idempotencyKey: randomUUID(),
      // Distinct, increasing times so that "newest first" has one answer.
      createdAt: new Date(Date.UTC(2026, 0, 1) + commentSeq * 1000),
    },
  });
  return comment.id;
}

function opinion(overrides: Partial<CouncilOpinionInput> = {}): CouncilOpinionInput {
  return {
    kind: "POSITIVE_WITH_REMARKS",
    text: "Rada popiera projekt i proponuje zwiększyć pulę małych grantów.",
    resolutionNumber: "15/2026",
    adoptedOn: addDays(today, -1),
    votesFor: "6",
    votesAgainst: "1",
    votesAbstaining: "1",
    membersPresent: "8",
    scanFileId: "",
    quorumConfirmed: false,
    ...overrides,
  };
}

let openId = "";

beforeAll(async () => {
  await db.ownerUnit.createMany({
    data: [
      { id: id("unit-owner"), slug: id("unit-owner"), name: "Departament", shortName: "D" },
      { id: id("unit-other"), slug: id("unit-other"), name: "Inny departament", shortName: "I" },
    ],
  });
  await db.organization.createMany({
    data: ["org-a", "org-b"].map((key) => ({
      id: id(key),
      name: `Organizacja ${key}`,
      legalForm: "STOWARZYSZENIE" as const,
      registerKind: "NONE" as const,
      seatAddress: "Białystok",
      contactPerson: "Osoba",
      email: `${key}@example.org`,
      verification: "VERIFIED" as const,
    })),
  });
  actors.resident = actor("resident", {});
  actors.ngoMember = actor("ngo", { roles: ["NGO_MEMBER"], memberships: [membership(id("org-a"))] });
  actors.otherOrgMember = actor("other-ngo", { roles: ["NGO_MEMBER"], memberships: [membership(id("org-b"))] });
  actors.councilMember = actor("council", { roles: ["COUNCIL_MEMBER"], council: { isSecretary: false } });
  actors.councilSecretary = actor("secretary", { roles: ["COUNCIL_MEMBER"], council: { isSecretary: true } });
  actors.unitClerk = actor("clerk", { roles: ["CLERK"], clerkUnitIds: [id("unit-owner")] });
  actors.otherUnitClerk = actor("other-clerk", { roles: ["CLERK"], clerkUnitIds: [id("unit-other")] });
  actors.admin = actor("admin", { roles: ["ADMIN"] });
  await db.user.createMany({
    data: Object.values(actors).map((a) => ({ id: a.id, email: a.email, name: a.name, roles: [...a.roles] })),
  });
  openId = await createConsultation("open");
  const version = await db.documentVersion.create({
    data: { consultationId: openId, number: 1, source: "TEXT", sourceText: "§ 1. Tekst." },
  });
  versionId = version.id;
});

afterEach(() => {
  setClockForTests(null);
  signedIn.actor = null;
});

afterAll(() => db.$disconnect());

describe("recording the Council's opinion", () => {
  it("stores the secretary's opinion, lets them change it, and keeps both versions in the audit log", async () => {
    const consultationId = await createConsultation("record");
    signedIn.actor = actors.councilSecretary;
    const first = await saveCouncilOpinionAction(consultationId, opinion());
    expect(first).toEqual({ ok: true, data: { consultationId, created: true } });
    const second = await saveCouncilOpinionAction(
      consultationId,
      opinion({ kind: "NEGATIVE", text: "Rada nie popiera projektu.", votesFor: "2", votesAgainst: "5" }),
    );
    expect(second).toEqual({ ok: true, data: { consultationId, created: false } });

    const stored = await db.councilOpinion.findUniqueOrThrow({ where: { consultationId } });
    expect(stored).toMatchObject({
      kind: "NEGATIVE",
      text: "Rada nie popiera projektu.",
      resolutionNumber: "15/2026",
      votesFor: 2,
      votesAgainst: 5,
      votesAbstaining: 1,
      membersPresent: 8,
      recordedById: actors.councilSecretary.id,
    });
    expect(stored.adoptedOn?.toISOString().slice(0, 10)).toBe(addDays(today, -1));
    const events = await db.auditEvent.findMany({
      where: { entityType: "CouncilOpinion", entityId: stored.id },
      orderBy: { seq: "asc" },
    });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["council_opinion.recorded", actors.councilSecretary.id],
      ["council_opinion.updated", actors.councilSecretary.id],
    ]);
    expect(events[0]?.data).toMatchObject({ kind: "POSITIVE_WITH_REMARKS", votesFor: 6, consultationId });
    expect(events[1]?.data).toMatchObject({ kind: "NEGATIVE", votesFor: 2, votesAgainst: 5 });

    const summary = await getOpinionSummary(consultationId, new Date(), 14);
    expect(summary?.state).toBe("given");
  });

  it("refuses an opinion adopted after the deadline, in the future, or with more votes than members present", async () => {
    const consultationId = await createConsultation("late", { deadline: addDays(today, -2) });
    signedIn.actor = actors.councilSecretary;
    expect(await saveCouncilOpinionAction(consultationId, opinion())).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { adoptedOn: "councilOpinion.errors.adoptedOnAfterDeadline" },
    });
    expect(await saveCouncilOpinionAction(openId, opinion({ adoptedOn: addDays(today, 1) }))).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { adoptedOn: "councilOpinion.errors.adoptedOnFuture" },
    });
    expect(await saveCouncilOpinionAction(openId, opinion({ votesFor: "9" }))).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { votesFor: "councilOpinion.errors.sumAbovePresent" },
    });
    expect(await db.councilOpinion.count({ where: { consultationId: { in: [consultationId, openId] } } })).toBe(0);
  });

  it("shows the opinion as waived once the deadline passed without one", async () => {
    const consultationId = await createConsultation("waived", { deadline: addDays(today, -1) });
    const summary = await getOpinionSummary(consultationId, new Date(), 14);
    expect(summary?.state).toBe("waived");
    const lists = await listCouncilConsultations(new Date(), 14);
    expect(lists.decided.find((c) => c.id === consultationId)?.state).toBe("waived");
    expect(lists.pending.find((c) => c.id === openId)?.state).toBe("pending");
  });

  it("refuses any change once the report is published", async () => {
    const consultationId = await createConsultation("report", { status: "REPORT_PUBLISHED" });
    signedIn.actor = actors.councilSecretary;
    expect(await saveCouncilOpinionAction(consultationId, opinion())).toEqual({
      ok: false,
      reason: "conflict",
      fieldErrors: { _form: "councilOpinion.errors.locked" },
    });
  });

  it("attaches a scan of this consultation only, and the scan of a published opinion is public", async () => {
    const consultationId = await createConsultation("scan");
    const otherId = await createConsultation("scan-other");
    const scan = await storeCouncilScan({
      consultationId,
      actorId: actors.councilSecretary.id,
      fileName: "uchwala-15-2026.pdf",
      bytes: PDF,
    });
    const foreign = await storeCouncilScan({
      consultationId: otherId,
      actorId: actors.councilSecretary.id,
      fileName: "inna.pdf",
      bytes: PDF,
    });
    signedIn.actor = actors.councilSecretary;
    expect(await saveCouncilOpinionAction(consultationId, opinion({ scanFileId: foreign.id }))).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { scanFileId: "councilOpinion.errors.scanUnknown" },
    });
    expect((await saveCouncilOpinionAction(consultationId, opinion({ scanFileId: scan.id }))).ok).toBe(true);
    const summary = await getOpinionSummary(consultationId, new Date(), 14);
    expect(summary?.opinion?.scan).toEqual({ id: scan.id, fileName: "uchwala-15-2026.pdf", size: PDF.byteLength });
    const file = {
      purpose: "council-opinion",
      consultation: { ownerUnitId: id("unit-owner"), status: "OPEN" as const },
    };
    expect(canDownloadFile(null, file)).toBe(true);
    expect(canDownloadFile(null, { ...file, consultation: { ...file.consultation, status: "DRAFT" } })).toBe(false);
  });
});

describe("permissions", () => {
  it("match the table for every action and every kind of person", async () => {
    const expected: Record<
      Who,
      { recordOpinion: string; hideComment: string; councilPage: boolean; myComments: boolean; moderation: boolean }
    > = {
      anonymous: {
        recordOpinion: "unauthenticated",
        hideComment: "unauthenticated",
        councilPage: false,
        myComments: false,
        moderation: false,
      },
      resident: {
        recordOpinion: "forbidden",
        hideComment: "forbidden",
        councilPage: false,
        myComments: true,
        moderation: false,
      },
      ngoMember: {
        recordOpinion: "forbidden",
        hideComment: "forbidden",
        councilPage: false,
        myComments: true,
        moderation: false,
      },
      otherOrgMember: {
        recordOpinion: "forbidden",
        hideComment: "forbidden",
        councilPage: false,
        myComments: true,
        moderation: false,
      },
      councilMember: {
        recordOpinion: "forbidden",
        hideComment: "forbidden",
        councilPage: true,
        myComments: true,
        moderation: false,
      },
      councilSecretary: {
        recordOpinion: "ok",
        hideComment: "forbidden",
        councilPage: true,
        myComments: true,
        moderation: false,
      },
      unitClerk: {
        recordOpinion: "forbidden",
        hideComment: "ok",
        councilPage: false,
        myComments: true,
        moderation: true,
      },
      otherUnitClerk: {
        recordOpinion: "forbidden",
        hideComment: "forbidden",
        councilPage: false,
        myComments: true,
        moderation: false,
      },
      admin: { recordOpinion: "forbidden", hideComment: "ok", councilPage: false, myComments: true, moderation: true },
    };
    const consultationId = await createConsultation("permissions");
    const ref = { ownerUnitId: id("unit-owner"), status: "OPEN" };
    const actual = {} as typeof expected;
    for (const who of Object.keys(expected) as Who[]) {
      const person = who === "anonymous" ? null : actors[who];
      signedIn.actor = person;
      const saved = await saveCouncilOpinionAction(consultationId, opinion());
      const commentId = await createComment(openId, actors.ngoMember.id, id("org-a"));
      const hidden = await hideCommentAction(commentId, { reason: "Treść obraźliwa wobec innych uczestników" });
      actual[who] = {
        recordOpinion: saved.ok ? "ok" : saved.reason,
        hideComment: hidden.ok ? "ok" : hidden.reason,
        councilPage: canSeeCouncilPanel(person),
        myComments: canSeeMyComments(person),
        moderation: canModerateComments(person, ref),
      };
    }
    expect(actual).toEqual(expected);
  });
});

describe("hiding a comment", () => {
  it("keeps the text, records the reason and who hid it, and refuses an empty reason or a second hiding", async () => {
    const commentId = await createComment(openId, actors.otherOrgMember.id, id("org-b"));
    signedIn.actor = actors.unitClerk;
    expect(await hideCommentAction(commentId, { reason: "   " })).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { reason: "commentModeration.errors.reasonRequired" },
    });
    expect(await hideCommentAction(commentId, { reason: "Wulgaryzmy" })).toEqual({ ok: true, data: undefined });
    const row = await db.comment.findUniqueOrThrow({ where: { id: commentId } });
    expect(row).toMatchObject({ hiddenReason: "Wulgaryzmy", hiddenById: actors.unitClerk.id, status: "SUBMITTED" });
    expect(row.bodyText).toContain("Uwaga");
    expect(await hideCommentAction(commentId, { reason: "Jeszcze raz" })).toEqual({
      ok: false,
      reason: "conflict",
      fieldErrors: { _form: "commentModeration.errors.alreadyHidden" },
    });
    const events = await db.auditEvent.findMany({ where: { entityType: "Comment", entityId: commentId } });
    expect(events.map((e) => e.action)).toEqual(["comment.hidden"]);
  });

  it("answers an unknown comment like a forbidden one", async () => {
    signedIn.actor = actors.admin;
    expect(await hideCommentAction("no-such-comment", { reason: "x" })).toEqual({ ok: false, reason: "forbidden" });
  });
});

describe("My comments", () => {
  it("lists the person's own comments and their organisation's, never others' or another member's drafts", async () => {
    const consultationId = await createConsultation("mine");
    const anna = actors.ngoMember;
    const colleague = id("colleague");
    await db.user.create({ data: { id: colleague, email: `${colleague}@example.org` } });
    const own = await createComment(consultationId, anna.id, id("org-a"));
    const ownDraft = await createComment(consultationId, anna.id, null, "DRAFT");
    const colleagues = await createComment(consultationId, colleague, id("org-a"), "WITHDRAWN");
    await createComment(consultationId, colleague, id("org-a"), "DRAFT");
    await createComment(consultationId, actors.otherOrgMember.id, id("org-b"));
    await db.response.create({
      data: {
        commentId: own,
        position: "PARTLY_ACCEPTED",
        justification: "Wydłużono termin.",
        authorId: actors.unitClerk.id,
      },
    });

    const list = await listMyComments({ id: anna.id, organizationIds: [id("org-a")] }, 1);
    const here = list.items.filter((c) => c.consultation.id === consultationId);
    expect(new Set(here.map((c) => c.id))).toEqual(new Set([own, ownDraft, colleagues]));
    const byId = new Map(here.map((c) => [c.id, c]));
    // Until the report is published the answer may still change: it is not shown yet.
    expect(byId.get(own)).toMatchObject({
      mine: true,
      displayStatus: "submitted",
      response: null,
      answerPending: true,
    });
    await db.consultation.update({ where: { id: consultationId }, data: { status: "REPORT_PUBLISHED" } });
    const published = await listMyComments({ id: anna.id, organizationIds: [id("org-a")] }, 1);
    expect(published.items.find((c) => c.id === own)).toMatchObject({
      answerPending: false,
      response: { position: "PARTLY_ACCEPTED", justification: "Wydłużono termin." },
    });
    expect(byId.get(ownDraft)).toMatchObject({ displayStatus: "draft", receiptNumber: null });
    expect(byId.get(colleagues)).toMatchObject({ mine: false, displayStatus: "withdrawn" });

    const outsider = await listMyComments({ id: actors.resident.id, organizationIds: [] }, 1);
    expect(outsider.total).toBe(0);
  });

  it("pages on the server, newest first", async () => {
    const consultationId = await createConsultation("paged");
    const person = id("prolific");
    await db.user.create({ data: { id: person, email: `${person}@example.org` } });
    for (let i = 0; i < 23; i += 1) await createComment(consultationId, person, null);
    const first = await listMyComments({ id: person, organizationIds: [] }, 1);
    const second = await listMyComments({ id: person, organizationIds: [] }, 2);
    expect([first.total, first.pageCount, first.items.length, second.items.length]).toEqual([23, 2, 20, 3]);
    expect(first.items[0]?.bodyText).toContain(`Uwaga ${commentSeq} `);
    expect(new Set([...first.items, ...second.items].map((c) => c.id)).size).toBe(23);
  });
});
