import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { checkReceipt } from "@/lib/comments/queries";
import { submitterOf } from "@/lib/comments/submitter";
import { db } from "@/lib/db";
import { participatingOrganisations } from "@/lib/reports/participants";
import { setClockForTests } from "@/lib/time/clock";
import { parseInboxQuery } from "./filters";
import { AFTER, addComment, createWorld, DURING, END, type World } from "./int-fixtures";
import { type EnteredComment, enterComment, saveAnswers } from "./mutations";
import { listInbox } from "./queries";

const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async (original) => ({
  ...(await original<typeof import("@/lib/auth/session")>()),
  getCurrentUser: async () => signedIn.actor,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { enterCommentAction } = await import("./actions");

let world: World;
const c: Record<string, string> = {};

beforeAll(async () => {
  world = await createWorld("inbox");
  // Written in an order unlike the draft's: § 3 first, the whole draft last.
  c.par3 = await addComment(world, {
    provisionId: world.par(3),
    text: "Uwaga o dotacjach 100% kosztów.",
    organizationId: world.org.green,
  });
  c.par1 = await addComment(world, {
    provisionId: world.par(1),
    text: "Uwaga o terminach.",
    organizationId: world.org.seniors,
    proposedWording: "Termin wynosi 14 dni.",
  });
  c.par2Post = await addComment(world, {
    provisionId: world.par(2),
    text: "Uwaga z listu poleconego.",
    channel: "POST",
    submitterName: "Koło Gospodyń Wiejskich w Dojlidach",
    justification: "Mieszkańcy nie korzystają z internetu.",
  });
  c.whole = await addComment(world, { text: "Uwaga do projektu jako całości.", organizationId: world.org.green });
  c.hidden = await addComment(world, { provisionId: world.par(1), text: "Obraźliwy wpis." });
  await db.comment.update({ where: { id: c.hidden }, data: { hiddenAt: DURING, hiddenReason: "Wulgaryzmy" } });
  // Never in the inbox: a draft, a withdrawn comment, another consultation's comment.
  await addComment(world, { provisionId: world.par(1), text: "Szkic.", status: "DRAFT" });
  await addComment(world, { provisionId: world.par(1), text: "Wycofana.", status: "WITHDRAWN" });
  await addComment(world, { consultation: world.published, text: "Uwaga do innych konsultacji." });
  await saveAnswers(
    world.actors.owner,
    world.open.id,
    { commentIds: [c.par1], position: "REJECTED", justification: "Nie." },
    DURING,
  );
  await db.comment.update({ where: { id: c.par3 }, data: { assignedToId: world.actors.owner.id } });
});

afterEach(() => {
  signedIn.actor = null;
  setClockForTests(null);
});

afterAll(() => db.$disconnect());

async function inbox(query: Record<string, string>, viewer = world.actors.owner) {
  const page = await listInbox(world.open.id, parseInboxQuery(query), 1, viewer.id);
  return { total: page.total, ids: page.items.map((i) => i.id) };
}

describe("the inbox list", () => {
  it("holds every submitted comment, hidden ones marked, in the draft's order with the whole draft first", async () => {
    const page = await listInbox(world.open.id, parseInboxQuery({}), 1, world.actors.owner.id);
    expect(page.total).toBe(5);
    expect(page.items.map((i) => i.id)).toEqual([c.whole, c.par1, c.hidden, c.par2Post, c.par3]);
    expect(page.items.find((i) => i.id === c.hidden)?.hidden).toMatchObject({ reason: "Wulgaryzmy" });
    expect(page.items.find((i) => i.id === c.par2Post)).toMatchObject({
      channel: "POST",
      submitter: { kind: "sender", name: "Koło Gospodyń Wiejskich w Dojlidach" },
    });
  });

  it("never shows the clerk who typed in a letter as its sender, even one who shows their name", () => {
    const letter = {
      organization: null,
      channel: "EMAIL",
      asCouncil: false,
      submitterName: null,
      author: { name: "Urzędniczka Jawna", showNamePublicly: true },
    };
    expect(submitterOf(letter)).toEqual({ kind: "resident" });
    expect(submitterOf({ ...letter, submitterName: "Klub Seniora" })).toEqual({ kind: "sender", name: "Klub Seniora" });
    expect(submitterOf({ ...letter, channel: "PLATFORM" })).toEqual({ kind: "person", name: "Urzędniczka Jawna" });
  });

  it("filters by unit, the draft as a whole, organisation and channel, with the total", async () => {
    expect(await inbox({ jednostka: world.par(1) })).toEqual({ total: 2, ids: [c.par1, c.hidden] });
    expect(await inbox({ jednostka: "calosc" })).toEqual({ total: 1, ids: [c.whole] });
    expect(await inbox({ organizacja: world.org.green })).toEqual({ total: 2, ids: [c.whole, c.par3] });
    expect(await inbox({ kanal: "POST" })).toEqual({ total: 1, ids: [c.par2Post] });
    expect(await inbox({ kanal: "EMAIL" })).toEqual({ total: 0, ids: [] });
  });

  it("filters the unanswered and each position", async () => {
    expect(await inbox({ stanowisko: "brak" })).toEqual({ total: 4, ids: [c.whole, c.hidden, c.par2Post, c.par3] });
    expect(await inbox({ stanowisko: "REJECTED" })).toEqual({ total: 1, ids: [c.par1] });
    expect(await inbox({ stanowisko: "ACCEPTED" })).toEqual({ total: 0, ids: [] });
  });

  it("filters by assignee: me, nobody, a named clerk", async () => {
    expect(await inbox({ przypisana: "ja" })).toEqual({ total: 1, ids: [c.par3] });
    expect(await inbox({ przypisana: "ja" }, world.actors.owner2)).toEqual({ total: 0, ids: [] });
    expect((await inbox({ przypisana: "nikt" })).total).toBe(4);
    expect(await inbox({ przypisana: world.actors.owner.id })).toEqual({ total: 1, ids: [c.par3] });
  });

  it("searches the comment, proposed wording, justification and submitter, case-insensitively", async () => {
    expect(await inbox({ szukaj: "TERMINACH" })).toEqual({ total: 1, ids: [c.par1] });
    expect(await inbox({ szukaj: "14 dni" })).toEqual({ total: 1, ids: [c.par1] });
    expect(await inbox({ szukaj: "internetu" })).toEqual({ total: 1, ids: [c.par2Post] });
    expect(await inbox({ szukaj: "gospodyń" })).toEqual({ total: 1, ids: [c.par2Post] });
    expect(await inbox({ szukaj: "aktywni seniorzy" })).toEqual({ total: 1, ids: [c.par1] });
  });

  it("finds a hidden comment by its words for clerks, never in the Council's read-only view", async () => {
    expect(await inbox({ szukaj: "Obraźliwy" })).toEqual({ total: 1, ids: [c.hidden] });
    const council = await listInbox(
      world.open.id,
      parseInboxQuery({ szukaj: "Obraźliwy" }),
      1,
      world.actors.owner.id,
      true,
    );
    expect(council.total).toBe(0);
  });

  it("takes % and _ in the search literally", async () => {
    expect(await inbox({ szukaj: "100%" })).toEqual({ total: 1, ids: [c.par3] });
    expect(await inbox({ szukaj: "%" })).toEqual({ total: 1, ids: [c.par3] });
    expect(await inbox({ szukaj: "_" })).toEqual({ total: 0, ids: [] });
  });

  it("combines filters and sorts the unanswered first", async () => {
    expect(await inbox({ jednostka: world.par(1), stanowisko: "brak" })).toEqual({ total: 1, ids: [c.hidden] });
    expect((await inbox({ sortuj: "bez-odpowiedzi" })).ids).toEqual([c.whole, c.hidden, c.par2Post, c.par3, c.par1]);
    expect((await inbox({ sortuj: "data" })).ids).toEqual([c.par3, c.par1, c.par2Post, c.whole, c.hidden]);
  });

  it("pages by 25 and keeps a page past the end on the last page", async () => {
    const page = await listInbox(world.open.id, parseInboxQuery({}), 9, world.actors.owner.id);
    expect(page).toMatchObject({ total: 5, page: 1, pageCount: 1 });
    expect(page.items).toHaveLength(5);
  });
});

describe("entering a comment from another channel", () => {
  const entry = (overrides: Partial<EnteredComment> = {}): EnteredComment => ({
    organizationId: null,
    submitterName: "Rada Osiedla Dziesięciny",
    jointWith: "Fundacja Razem\nStowarzyszenie Sąsiedzi",
    provisionId: world.par(2),
    body: "Prosimy o dłuższy termin.\n\nDrugi akapit pisma.",
    proposedWording: "",
    justification: "Zarząd zbiera się raz w miesiącu.",
    receivedOn: END,
    channel: "POST",
    scanFileId: null,
    idempotencyKey: randomUUID(),
    ...overrides,
  });

  it("creates it with channel POST, the next receipt number, its first revision and an audit event", async () => {
    const first = await enterComment(world.actors.owner, world.open.id, entry(), AFTER);
    const second = await enterComment(world.actors.cwop, world.open.id, entry({ channel: "EMAIL" }), AFTER);
    if (!first.ok || !second.ok) throw new Error(`entry refused: ${JSON.stringify([first, second])}`);
    const numbers = (
      await db.comment.findMany({
        where: { id: { in: [first.commentId, second.commentId] } },
        select: { receiptNumber: true },
      })
    ).map((r) => r.receiptNumber);
    expect(numbers.sort()).toEqual(["BIA/2026/TR/000008", "BIA/2026/TR/000009"]);
    expect(first.receiptNumber).toBe("BIA/2026/TR/000008");

    const stored = await db.comment.findUniqueOrThrow({
      where: { id: first.commentId },
      include: { revisions: true },
    });
    expect(stored).toMatchObject({
      channel: "POST",
      status: "SUBMITTED",
      authorId: world.actors.owner.id,
      enteredById: world.actors.owner.id,
      submitterName: "Rada Osiedla Dziesięciny",
      jointWith: ["Fundacja Razem", "Stowarzyszenie Sąsiedzi"],
      bodyText: "Prosimy o dłuższy termin.\nDrugi akapit pisma.",
      currentWording: "Brzmienie paragrafu 2.",
      submittedAt: AFTER,
      receivedAt: new Date("2026-12-09T23:00:00Z"),
    });
    expect(stored.revisions).toHaveLength(1);
    expect(stored.revisions[0]).toMatchObject({ revision: 1, receiptNumber: first.receiptNumber });
    const event = await db.auditEvent.findFirst({
      where: { entityType: "Comment", entityId: first.commentId, action: "comment.entered" },
    });
    expect(event?.data).toMatchObject({ channel: "POST", receivedOn: END, receiptNumber: first.receiptNumber });
    // Its receipt checks out like a platform comment's.
    expect(await checkReceipt(first.receiptNumber, null)).toMatchObject({ intact: true, current: true });
    // And the inbox shows it with its channel.
    expect(await inbox({ kanal: "POST", szukaj: "dłuższy termin" })).toEqual({ total: 1, ids: [first.commentId] });
  });

  it("answers a repeated submit of the same form with the same comment", async () => {
    const input = entry();
    const first = await enterComment(world.actors.owner, world.open.id, input, AFTER);
    const again = await enterComment(world.actors.owner, world.open.id, input, AFTER);
    expect(again).toMatchObject({ ok: true, duplicate: true });
    expect(first.ok && again.ok && first.commentId === again.commentId).toBe(true);
  });

  it("keeps a private person's letter as a person's (named only with consent), not counted among the organisations", async () => {
    const named = await enterComment(
      world.actors.owner,
      world.open.id,
      entry({ submitterName: "Jan Kowalski", submitterPerson: true, jointWith: "" }),
      AFTER,
    );
    const anonymous = await enterComment(
      world.actors.owner,
      world.open.id,
      entry({ submitterName: null, submitterPerson: true, jointWith: "" }),
      AFTER,
    );
    if (!named.ok || !anonymous.ok) throw new Error("entry refused");
    const rows = await db.comment.findMany({
      where: { id: { in: [named.commentId, anonymous.commentId] } },
      select: {
        id: true,
        submitterPerson: true,
        submitterName: true,
        organizationId: true,
        channel: true,
        asCouncil: true,
        author: { select: { name: true, showNamePublicly: true } },
      },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(named.commentId)).toMatchObject({ submitterPerson: true, submitterName: "Jan Kowalski" });
    expect(byId.get(anonymous.commentId)).toMatchObject({ submitterPerson: true, submitterName: null });
    const organisations = await db.$queryRaw<{ name: string }[]>`
      SELECT p.name FROM ${participatingOrganisations} p WHERE p.consultation_id = ${world.open.id}`;
    const names = organisations.map((o) => o.name);
    expect(names).toContain("Rada Osiedla Dziesięciny");
    expect(names).not.toContain("Jan Kowalski");
    expect(names).not.toContain("Mieszkaniec/Mieszkanka");
  });

  it("refuses a date received after the end date, with a clear message from the action", async () => {
    const before = await db.comment.count({ where: { consultationId: world.open.id } });
    expect(await enterComment(world.actors.owner, world.open.id, entry({ receivedOn: "2026-12-11" }), AFTER)).toEqual({
      ok: false,
      reason: "received_after_end",
    });
    signedIn.actor = world.actors.owner;
    setClockForTests(() => AFTER);
    const result = await enterCommentAction(world.open.id, {
      submitterKind: "organization",
      organizationId: world.org.green,
      submitterName: "",
      jointWith: "",
      provisionId: "",
      body: "Spóźniona uwaga.",
      proposedWording: "",
      justification: "",
      receivedOn: "2026-12-11",
      channel: "EMAIL",
      scanFileId: "",
      idempotencyKey: randomUUID(),
    });
    expect(result).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { receivedOn: "inbox.enter.errors.receivedAfterEnd" },
    });
    expect(await db.comment.count({ where: { consultationId: world.open.id } })).toBe(before);
  });

  it("is refused after the report is published, for a clerk of another unit and for an admin", async () => {
    expect(await enterComment(world.actors.owner, world.published.id, entry(), AFTER)).toEqual({
      ok: false,
      reason: "locked",
    });
    for (const who of [world.actors.otherUnit, world.actors.admin, world.actors.author]) {
      expect(await enterComment(who, world.open.id, entry(), AFTER)).toEqual({ ok: false, reason: "forbidden" });
    }
  });

  it("puts it on the version that was consulted, not on one made after the consultation", async () => {
    const later = await db.documentVersion.create({
      data: {
        consultationId: world.open.id,
        number: 2,
        source: "TEXT",
        sourceText: "§ 1. Po konsultacjach.",
        publishedAt: AFTER,
        provisions: {
          create: {
            key: "par1",
            anchor: "par-1",
            kind: "PARAGRAPH",
            label: "§ 1",
            citation: "§ 1",
            text: "Po konsultacjach.",
            order: 0,
            depth: 0,
          },
        },
      },
      select: { provisions: { select: { id: true } } },
    });
    const afterwards = new Date(AFTER.getTime() + 60_000);
    const laterUnit = later.provisions[0]?.id as string;
    expect(
      await enterComment(world.actors.owner, world.open.id, entry({ provisionId: laterUnit }), afterwards),
    ).toEqual({
      ok: false,
      reason: "unknown_unit",
    });
    const result = await enterComment(world.actors.owner, world.open.id, entry(), afterwards);
    if (!result.ok) throw new Error(result.reason);
    expect((await db.comment.findUniqueOrThrow({ where: { id: result.commentId } })).versionId).toBe(
      world.open.versionId,
    );
  });

  it("refuses a unit of another consultation and a scan that is not this consultation's", async () => {
    expect(
      await enterComment(world.actors.owner, world.open.id, entry({ provisionId: world.par(1, "published") }), AFTER),
    ).toEqual({ ok: false, reason: "unknown_unit" });
    expect(await enterComment(world.actors.owner, world.open.id, entry({ scanFileId: "no-such-file" }), AFTER)).toEqual(
      { ok: false, reason: "invalid_scan" },
    );
  });
});
