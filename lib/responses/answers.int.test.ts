import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { verifyAuditLog } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { getSettings } from "@/lib/settings/queries";
import { setClockForTests } from "@/lib/time/clock";
import { parseInboxQuery, UNANSWERED } from "./filters";
import { AFTER, addComment, createWorld, DURING, type World } from "./int-fixtures";
import { assignComment, saveAnswers } from "./mutations";
import { computeCommentGroups, findSimilarPairs, listInbox } from "./queries";

const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async (original) => ({
  ...(await original<typeof import("@/lib/auth/session")>()),
  getCurrentUser: async () => signedIn.actor,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { assignCommentAction, saveAnswersAction } = await import("./actions");

let world: World;

beforeAll(async () => {
  world = await createWorld("answers");
});

afterEach(() => {
  signedIn.actor = null;
  setClockForTests(null);
});

afterAll(() => db.$disconnect());

const history = (commentId: string) =>
  db.responseRevision.findMany({
    where: { commentId },
    orderBy: { revision: "asc" },
    select: { revision: true, position: true, justification: true, authorId: true },
  });

const auditOf = (commentId: string, action: string) =>
  db.auditEvent.findMany({ where: { entityType: "Comment", entityId: commentId, action }, orderBy: { seq: "asc" } });

describe("answering a comment", () => {
  it("refuses an answer from a form opened before another clerk's answer, and leaves theirs", async () => {
    const commentId = await addComment(world, { provisionId: world.par(1), text: "Dopisać konsultacje online." });
    const opened = [{ commentId, revision: 0 }]; // both clerks open the unanswered comment
    const theirs = { commentIds: [commentId], position: "ACCEPTED" as const, basedOn: opened };
    expect(await saveAnswers(world.actors.owner2, world.open.id, theirs, DURING)).toMatchObject({ ok: true });
    const mine = { commentIds: [commentId], position: "REJECTED" as const, justification: "Nie.", basedOn: opened };
    expect(await saveAnswers(world.actors.owner, world.open.id, mine, DURING)).toEqual({
      ok: false,
      reason: "changed",
    });
    expect(await db.response.findUnique({ where: { commentId } })).toMatchObject({ position: "ACCEPTED", revision: 1 });
    // Opened again, it shows revision 1: the clerk may now change it knowingly.
    const again = { ...mine, basedOn: [{ commentId, revision: 1 }] };
    expect(await saveAnswers(world.actors.owner, world.open.id, again, DURING)).toEqual({
      ok: true,
      saved: [{ commentId, revision: 2 }],
    });
  });

  it("an answer given before the comment was edited counts as none until saved again; an answer written to the old text is refused", async () => {
    const commentId = await addComment(world, { provisionId: world.par(2), text: "Pierwsza wersja uwagi." });
    const comment = await db.comment.findUniqueOrThrow({ where: { id: commentId } });
    const opened = [{ commentId, revision: 0, receipt: comment.receiptNumber }];
    const answer = { commentIds: [commentId], position: "ACCEPTED" as const, basedOn: opened };
    expect(await saveAnswers(world.actors.owner, world.open.id, answer, DURING)).toMatchObject({ ok: true });
    const unanswered = async () =>
      (await listInbox(world.open.id, { ...parseInboxQuery({}), position: UNANSWERED }, 1, world.actors.owner.id)).items
        .map((i) => i.id)
        .includes(commentId);
    expect(await unanswered()).toBe(false);

    // The organisation edits it afterwards (new receipt, submitted again).
    const edited = new Date(DURING.getTime() + 60_000);
    await db.comment.update({
      where: { id: commentId },
      data: {
        bodyText: "Druga wersja uwagi.",
        revision: 2,
        submittedAt: edited,
        receiptNumber: `${comment.receiptNumber}-2`,
      },
    });
    expect(await unanswered()).toBe(true);
    const [item] = (
      await listInbox(world.open.id, { ...parseInboxQuery({}), position: UNANSWERED }, 1, world.actors.owner.id)
    ).items.filter((i) => i.id === commentId);
    expect(item?.response).toMatchObject({ position: "ACCEPTED", outdated: true });

    // A form opened on the first version: the answer is refused, not saved to the new text unread.
    const stale = { ...answer, basedOn: [{ commentId, revision: 1, receipt: comment.receiptNumber }] };
    const later = new Date(DURING.getTime() + 120_000);
    expect(await saveAnswers(world.actors.owner, world.open.id, stale, later)).toEqual({
      ok: false,
      reason: "comment_changed",
    });
    // Opened again on the new text, it is saved and counts again.
    const fresh = { ...answer, basedOn: [{ commentId, revision: 1, receipt: `${comment.receiptNumber}-2` }] };
    expect(await saveAnswers(world.actors.owner, world.open.id, fresh, later)).toMatchObject({ ok: true });
    expect(await unanswered()).toBe(false);
  });

  it("keeps every answer with its author; a second answer becomes revision 2", async () => {
    const commentId = await addComment(world, { provisionId: world.par(1), text: "Wydłużyć termin do 14 dni." });
    const first = await saveAnswers(
      world.actors.owner,
      world.open.id,
      { commentIds: [commentId], position: "REJECTED", justification: "Termin wynika z ustawy." },
      DURING,
    );
    expect(first).toEqual({ ok: true, saved: [{ commentId, revision: 1 }] });
    const second = await saveAnswers(
      world.actors.owner2,
      world.open.id,
      { commentIds: [commentId], position: "PARTLY_ACCEPTED", justification: "Wydłużono do 10 dni." },
      AFTER,
    );
    expect(second).toEqual({ ok: true, saved: [{ commentId, revision: 2 }] });

    expect(await history(commentId)).toEqual([
      {
        revision: 1,
        position: "REJECTED",
        justification: "Termin wynika z ustawy.",
        authorId: world.actors.owner.id,
      },
      {
        revision: 2,
        position: "PARTLY_ACCEPTED",
        justification: "Wydłużono do 10 dni.",
        authorId: world.actors.owner2.id,
      },
    ]);
    expect(await db.response.findUnique({ where: { commentId } })).toMatchObject({
      position: "PARTLY_ACCEPTED",
      justification: "Wydłużono do 10 dni.",
      authorId: world.actors.owner2.id,
      revision: 2,
    });
    const events = await auditOf(commentId, "response.saved");
    expect(events.map((e) => [e.actorId, (e.data as { revision: number }).revision])).toEqual([
      [world.actors.owner.id, 1],
      [world.actors.owner2.id, 2],
    ]);
    expect((await verifyAuditLog()).ok).toBe(true);
  });

  it("requires a justification for every position but accepted (the action refuses and writes nothing)", async () => {
    const commentId = await addComment(world, { text: "Uwaga do całości." });
    signedIn.actor = world.actors.owner;
    setClockForTests(() => DURING);
    for (const position of ["PARTLY_ACCEPTED", "REJECTED", "EXPLAINED"]) {
      expect(await saveAnswersAction(world.open.id, { commentIds: [commentId], position, justification: "" })).toEqual({
        ok: false,
        reason: "invalid",
        fieldErrors: { justification: "inbox.errors.justificationRequired" },
      });
    }
    expect(await history(commentId)).toEqual([]);
    expect(await saveAnswersAction(world.open.id, { commentIds: [commentId], position: "ACCEPTED" })).toEqual({
      ok: true,
      data: { saved: 1 },
    });
    expect(await db.response.findUnique({ where: { commentId } })).toMatchObject({
      position: "ACCEPTED",
      justification: null,
    });
  });

  it("is refused once the report is published, and nothing is written", async () => {
    const commentId = await addComment(world, { consultation: world.published, text: "Za późno na zmianę." });
    const input = { commentIds: [commentId], position: "ACCEPTED" as const };
    expect(await saveAnswers(world.actors.owner, world.published.id, input, AFTER)).toEqual({
      ok: false,
      reason: "locked",
    });
    signedIn.actor = world.actors.owner;
    setClockForTests(() => AFTER);
    expect(await saveAnswersAction(world.published.id, input)).toEqual({
      ok: false,
      reason: "conflict",
      fieldErrors: { _form: "inbox.errors.locked" },
    });
    expect(await db.response.count({ where: { commentId } })).toBe(0);
  });

  it("is refused for a clerk of another unit, for CWOP and for an admin", async () => {
    const commentId = await addComment(world, { text: "Nie ich uwaga." });
    const input = { commentIds: [commentId], position: "ACCEPTED" as const };
    for (const who of [world.actors.otherUnit, world.actors.cwop, world.actors.admin, world.actors.author]) {
      expect(await saveAnswers(who, world.open.id, input, DURING)).toEqual({ ok: false, reason: "forbidden" });
      signedIn.actor = who;
      setClockForTests(() => DURING);
      expect(await saveAnswersAction(world.open.id, input)).toMatchObject({ ok: false, reason: "forbidden" });
    }
    signedIn.actor = null;
    expect(await saveAnswersAction(world.open.id, input)).toEqual({ ok: false, reason: "unauthenticated" });
    expect(await db.response.count({ where: { commentId } })).toBe(0);
  });

  it("refuses a malformed consultation id before reading anything", async () => {
    signedIn.actor = world.actors.owner;
    expect(await saveAnswersAction("x".repeat(500), { commentIds: ["a"], position: "ACCEPTED" })).toMatchObject({
      ok: false,
      reason: "forbidden",
    });
    expect(await saveAnswersAction(world.open.id, { commentIds: [42], position: "ACCEPTED" })).toMatchObject({
      ok: false,
      reason: "invalid",
    });
  });
});

describe("answering a group", () => {
  it("gives every member the answer, with a revision and an audit event each", async () => {
    const ids = await Promise.all(
      ["Pierwsza", "Druga", "Trzecia"].map((text) => addComment(world, { provisionId: world.par(2), text })),
    );
    // One member already had an answer: it becomes its revision 2.
    await saveAnswers(
      world.actors.owner,
      world.open.id,
      { commentIds: [ids[0] as string], position: "ACCEPTED" },
      DURING,
    );
    signedIn.actor = world.actors.owner2;
    setClockForTests(() => AFTER);
    const result = await saveAnswersAction(world.open.id, {
      commentIds: ids,
      position: "EXPLAINED",
      justification: "Kwestię reguluje zarządzenie Prezydenta.",
    });
    expect(result).toEqual({ ok: true, data: { saved: 3 } });
    const responses = await db.response.findMany({ where: { commentId: { in: ids } }, orderBy: { commentId: "asc" } });
    expect(responses).toHaveLength(3);
    for (const response of responses) {
      expect(response).toMatchObject({
        position: "EXPLAINED",
        justification: "Kwestię reguluje zarządzenie Prezydenta.",
        authorId: world.actors.owner2.id,
        revision: response.commentId === ids[0] ? 2 : 1,
      });
      expect(await auditOf(response.commentId, "response.saved")).toHaveLength(response.commentId === ids[0] ? 2 : 1);
    }
  });

  it("writes nothing when one of the comments is not the consultation's (or is withdrawn)", async () => {
    const mine = await addComment(world, { text: "Nasza uwaga." });
    const foreign = await addComment(world, { consultation: world.published, text: "Cudza uwaga." });
    const withdrawn = await addComment(world, { text: "Wycofana.", status: "WITHDRAWN" });
    for (const other of [foreign, withdrawn, "no-such-comment"]) {
      expect(
        await saveAnswers(
          world.actors.owner,
          world.open.id,
          { commentIds: [mine, other], position: "ACCEPTED" },
          DURING,
        ),
      ).toEqual({ ok: false, reason: "unknown_comments" });
    }
    expect(await db.response.count({ where: { commentId: { in: [mine, foreign, withdrawn] } } })).toBe(0);
  });
});

describe("groups of near-identical comments", () => {
  it("finds two near-identical comments on one unit and leaves a different one, and other units, out", async () => {
    const text = "Termin składania uwag do projektu powinien wynosić co najmniej czternaście dni od ogłoszenia.";
    const a = await addComment(world, { provisionId: world.par(3), text, organizationId: world.org.green });
    const b = await addComment(world, {
      provisionId: world.par(3),
      text: `${text.replace("czternaście", "czternascie")}!`,
      organizationId: world.org.seniors,
    });
    const different = await addComment(world, {
      provisionId: world.par(3),
      text: "Spotkanie konsultacyjne powinno być transmitowane w internecie.",
    });
    const sameTextOtherUnit = await addComment(world, { provisionId: world.par(1), text });
    const { similarityThreshold } = await getSettings();
    const groups = await computeCommentGroups(world.open.id, similarityThreshold);
    const withA = groups.find((g) => g.memberIds.includes(a));
    expect(withA?.memberIds).toEqual([a, b]);
    expect(withA?.similar).toBe(true);
    for (const outsider of [different, sameTextOtherUnit]) {
      expect(groups.some((g) => g.memberIds.includes(outsider))).toBe(false);
    }
    // The threshold decides: above the two texts' similarity they are no longer a pair.
    const strict = await findSimilarPairs(world.open.id, 0.999);
    expect(strict.some((p) => p.a === a || p.b === a)).toBe(false);
  });

  it("shows a joint submission as a group of its own", async () => {
    const joint = await addComment(world, {
      provisionId: world.par(2),
      text: "Wspólna uwaga kilku organizacji o zupełnie innej treści.",
      organizationId: world.org.green,
      jointWith: ["Fundacja Razem", "Stowarzyszenie Sąsiedzi"],
    });
    const groups = await computeCommentGroups(world.open.id, 0.6);
    expect(groups.find((g) => g.memberIds.includes(joint))).toEqual({
      memberIds: [joint],
      similar: false,
      joint: true,
    });
  });
});

describe("assigning a comment", () => {
  it("assigns to a clerk of the owner unit with an audit event, and refuses anyone else", async () => {
    const commentId = await addComment(world, { text: "Do przypisania." });
    const before = await db.comment.findUniqueOrThrow({ where: { id: commentId } });
    expect(await assignComment(world.actors.owner, commentId, world.actors.owner2.id, DURING)).toEqual({
      ok: true,
      assigneeId: world.actors.owner2.id,
    });
    const assigned = await db.comment.findUniqueOrThrow({ where: { id: commentId } });
    expect(assigned.assignedToId).toBe(world.actors.owner2.id);
    // Not a change the report shows: a report generated before stays current.
    expect(assigned.updatedAt).toEqual(before.updatedAt);
    const [event] = await auditOf(commentId, "comment.assigned");
    expect(event?.data).toMatchObject({ assigneeId: world.actors.owner2.id, previousAssigneeId: null });

    for (const assignee of [world.actors.otherUnit, world.actors.cwop, world.actors.admin]) {
      expect(await assignComment(world.actors.owner, commentId, assignee.id, DURING)).toEqual({
        ok: false,
        reason: "invalid_assignee",
      });
    }
    expect(await assignComment(world.actors.otherUnit, commentId, world.actors.otherUnit.id, DURING)).toEqual({
      ok: false,
      reason: "forbidden",
    });
    signedIn.actor = world.actors.owner;
    setClockForTests(() => DURING);
    expect(await assignCommentAction(world.open.id, { commentId, assigneeId: world.actors.cwop.id })).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { assigneeId: "inbox.errors.invalidAssignee" },
    });
    expect(await assignCommentAction(world.open.id, { commentId, assigneeId: null })).toEqual({
      ok: true,
      data: { assigneeId: null },
    });
    expect((await db.comment.findUniqueOrThrow({ where: { id: commentId } })).assignedToId).toBeNull();
  });
});
