import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { setClockForTests } from "@/lib/time/clock";
import { consultationWindow } from "@/lib/time/warsaw";
import { admission } from "./admission";

const signedIn = vi.hoisted(() => ({ actor: null as Actor | null, broken: false }));
vi.mock("@/lib/auth/session", async (original) => ({
  ...(await original<typeof import("@/lib/auth/session")>()),
  getCurrentUser: async () => {
    if (signedIn.broken) throw new Error("the session store is down");
    return signedIn.actor;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const mail = vi.hoisted(() => ({ broken: false, providerRefuses: false }));
vi.mock("@/lib/email/send", async (original) => {
  const real = await original<typeof import("@/lib/email/send")>();
  return {
    ...real,
    sendEmail: (message: Parameters<typeof real.sendEmail>[0]) => {
      if (mail.broken) return Promise.reject(new Error("SMTP down"));
      if (mail.providerRefuses) return Promise.resolve({ ok: false, reason: "rate_limit_exceeded", willRetry: true });
      return real.sendEmail(message);
    },
  };
});

const { loadActor } = await import("@/lib/auth/session");
const actions = await import("./actions");
const { hideComment, saveCommentDraft, submitComment } = await import("./mutations");
const { getCommentDraft, listPublicComments } = await import("./queries");
const { createCommentingWorld } = await import("./int-fixtures");

const run = randomUUID().slice(0, 8);
const window = consultationWindow("2026-12-01", "2026-12-10");
const inside = new Date("2026-12-05T10:00:00Z");
let consultationId: string;
let versionId: string;
let provisionId: string;
const orgA = `org-a-${run}`;
const orgB = `org-b-${run}`;

type Who = "anonymous" | "resident" | "ngoMember" | "otherOrgMember" | "council" | "clerk" | "admin";
const people = {} as Record<Exclude<Who, "anonymous">, Actor>;
const everyone: Who[] = ["anonymous", "resident", "ngoMember", "otherOrgMember", "council", "clerk", "admin"];
const as = (who: Who) => {
  signedIn.actor = who === "anonymous" ? null : people[who];
};

function body(text: string) {
  return {
    type: "doc" as const,
    content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text }] }],
  };
}

function submission(extra: Record<string, unknown> = {}) {
  return {
    consultationId,
    provisionId,
    onBehalf: { kind: "organization" as const, organizationId: orgA },
    body: body("Uwaga"),
    proposedWording: "Tekst zmieniony.",
    justification: "Uzasadnienie.",
    idempotencyKey: randomUUID(),
    ...extra,
  };
}

beforeAll(async () => {
  const world = await createCommentingWorld(run, window, orgA, orgB);
  ({ consultationId, versionId, provisionId } = world);
  Object.assign(people, world.people);
  setClockForTests(() => inside);
});

beforeEach(() => {
  signedIn.actor = null;
});

afterAll(async () => {
  setClockForTests(null);
  await db.$disconnect();
});

describe("after the deadline", () => {
  it("refuses an edit or a withdrawal saying that the comment stands as last receipted", async () => {
    as("ngoMember");
    const commentId = await commentOfA();
    setClockForTests(() => new Date(window.closesAt.getTime() + 1000));
    try {
      const refused = { ok: false, reason: "conflict", fieldErrors: { _form: "changeClosed" } };
      expect(await actions.editCommentAction(commentId, { body: body("Za późno") })).toEqual(refused);
      expect(await actions.withdrawCommentAction(commentId)).toEqual(refused);
      expect(await actions.submitCommentAction(submission())).toMatchObject({ fieldErrors: { _form: "closed" } });
    } finally {
      setClockForTests(() => inside);
    }
  });
});

describe("autosave and submit", () => {
  it("keeps the typed text as a private draft and turns that draft into the one submitted comment", async () => {
    const input = submission();
    const actor = people.ngoMember;
    const first = await saveCommentDraft(
      actor,
      { ...input, body: { type: "doc", content: [] }, onBehalf: null },
      inside,
    );
    expect(first.ok).toBe(true);
    const later = new Date(inside.getTime() + 5_000);
    expect((await saveCommentDraft(actor, { ...input, body: body("Uwaga w toku") }, later)).ok).toBe(true);

    const draft = await getCommentDraft(actor.id, consultationId, provisionId);
    expect(draft).toMatchObject({
      idempotencyKey: input.idempotencyKey,
      onBehalf: { kind: "organization", organizationId: orgA },
      proposedWording: "Tekst zmieniony.",
    });
    expect(draft?.savedAt.toISOString()).toBe(later.toISOString());
    // A draft is not public and has no receipt.
    expect((await listPublicComments(consultationId, versionId)).map((c) => c.id)).not.toContain(
      (await db.comment.findUnique({ where: { idempotencyKey: input.idempotencyKey } }))?.id,
    );

    const results = await Promise.all(
      Array.from({ length: 10 }, () => submitComment(actor, { ...input, body: body("Uwaga gotowa") }, inside)),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => (r.ok ? r.receipt.receiptNumber : ""))).size).toBe(1);
    const rows = await db.comment.findMany({
      where: { idempotencyKey: input.idempotencyKey },
      include: { revisions: true },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "SUBMITTED", bodyText: "Uwaga gotowa", revision: 1 });
    expect(rows[0]?.revisions).toHaveLength(1);
    expect(await getCommentDraft(actor.id, consultationId, provisionId)).toBeNull();
    // Autosave arriving after the submit (a late debounce) does not touch the comment.
    expect(await saveCommentDraft(actor, { ...input, body: body("spóźnione") }, later)).toEqual({
      ok: false,
      reason: "submitted",
    });
    expect((await db.comment.findFirstOrThrow({ where: { idempotencyKey: input.idempotencyKey } })).bodyText).toBe(
      "Uwaga gotowa",
    );
  });

  it("does not let another person save over or submit someone's draft key", async () => {
    const input = submission();
    await saveCommentDraft(people.ngoMember, { ...input, onBehalf: null }, inside);
    expect(await saveCommentDraft(people.otherOrgMember, { ...input, onBehalf: null }, inside)).toEqual({
      ok: false,
      reason: "idempotency_conflict",
    });
    expect(
      await submitComment(
        people.otherOrgMember,
        { ...input, onBehalf: { kind: "organization", organizationId: orgB } },
        inside,
      ),
    ).toEqual({ ok: false, reason: "idempotency_conflict" });
  });

  it("the submit action stores the comment first and e-mails the receipt, once", async () => {
    as("ngoMember");
    const input = submission();
    const first = await actions.submitCommentAction(input);
    const again = await actions.submitCommentAction(input);
    if (!first.ok || !again.ok) throw new Error("refused");
    expect(again.data.receiptNumber).toBe(first.data.receiptNumber);
    expect(first.data.receiptEmail).toBe("sent");
    expect(again.data.receiptEmail).toBeNull();
    const mails = await db.emailMessage.findMany({
      where: { to: people.ngoMember.email, kind: "comment-receipt", subject: { contains: first.data.receiptNumber } },
    });
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain(first.data.receiptHash);
    expect(mails[0]?.text).toContain(`/potwierdzenie/${first.data.receiptNumber}`);
  });

  it("answers busy at once when the server is full, before the session or the database, and keeps nothing", async () => {
    const gate = globalThis as unknown as { konsultacjeCommentGate?: unknown };
    const before = gate.konsultacjeCommentGate;
    gate.konsultacjeCommentGate = admission(0); // no room at all
    try {
      as("ngoMember");
      const input = submission();
      const busy = {
        ok: false,
        reason: "conflict",
        fieldErrors: { _form: "busy" },
        retryAfterSeconds: expect.any(Number),
      };
      const answer = await actions.submitCommentAction(input);
      expect(answer).toEqual(busy);
      // When to come back, spread over 3–8 s so that those turned away together do not return together.
      const waits = [
        answer,
        ...(await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map(() => actions.submitCommentAction(input)))),
      ].map((a) => (a.ok ? null : a.retryAfterSeconds));
      for (const wait of waits) expect(wait).toBeGreaterThanOrEqual(3);
      for (const wait of waits) expect(wait).toBeLessThanOrEqual(8);
      expect(new Set(waits).size).toBeGreaterThan(1);
      as("anonymous"); // not even asked who is there
      expect(await actions.submitCommentAction(submission())).toEqual(busy);
      expect(await db.comment.findUnique({ where: { idempotencyKey: input.idempotencyKey } })).toBeNull();
      as("ngoMember");
      const commentId = await commentOfA();
      const stored = await db.comment.findUniqueOrThrow({ where: { id: commentId }, select: { revision: true } });
      expect(await actions.editCommentAction(commentId, { body: body("Zmiana") })).toEqual(busy);
      expect(await db.comment.findUniqueOrThrow({ where: { id: commentId }, select: { revision: true } })).toEqual(
        stored,
      );
    } finally {
      gate.konsultacjeCommentGate = before;
    }
  });

  it("gives the place back after each submission, also when the session check fails", async () => {
    const gate = globalThis as unknown as { konsultacjeCommentGate?: unknown };
    const before = gate.konsultacjeCommentGate;
    const one = admission(1);
    gate.konsultacjeCommentGate = one;
    try {
      as("ngoMember");
      expect((await actions.submitCommentAction(submission())).ok).toBe(true);
      expect((await actions.submitCommentAction(submission())).ok).toBe(true);
      signedIn.broken = true;
      await expect(actions.submitCommentAction(submission())).rejects.toThrow("the session store is down");
      signedIn.broken = false;
      expect(one.inFlight).toBe(0);
      expect((await actions.submitCommentAction(submission())).ok).toBe(true);
    } finally {
      signedIn.broken = false;
      gate.konsultacjeCommentGate = before;
    }
  });

  // Not sent and not to be retried (the message could not even be stored), or stored and refused
  // by the provider (its rate limit at a rush): the delivery job retries it.
  it.each([
    ["broken", "failed"],
    ["providerRefuses", "retrying"],
  ] as const)("keeps the comment when the receipt e-mail is %s, and says it is %s", async (failure, shown) => {
    as("ngoMember");
    mail[failure] = true;
    try {
      const input = submission();
      const result = await actions.submitCommentAction(input);
      if (!result.ok) throw new Error(result.reason);
      expect(result.data.receiptEmail).toBe(shown);
      expect(await db.comment.findUniqueOrThrow({ where: { idempotencyKey: input.idempotencyKey } })).toMatchObject({
        status: "SUBMITTED",
        receiptNumber: result.data.receiptNumber,
      });
    } finally {
      mail[failure] = false;
    }
  });
});

describe("hiding a comment", () => {
  it("lets the managing clerk hide it with a reason, records who and why, and shows only the reason", async () => {
    const submitted = await submitComment(people.ngoMember, submission({ body: body("Obraźliwa treść") }), inside);
    if (!submitted.ok) throw new Error(submitted.reason);
    const { commentId } = submitted.receipt;
    expect(await hideComment(people.clerk, commentId, "   ", inside)).toEqual({ ok: false, reason: "reason_required" });
    expect(await hideComment(people.clerk, commentId, "Treść obraźliwa", inside)).toEqual({
      ok: true,
      hiddenAt: inside,
    });
    expect(await hideComment(people.admin, commentId, "Jeszcze raz", inside)).toEqual({
      ok: false,
      reason: "already_hidden",
    });
    const stored = await db.comment.findUniqueOrThrow({ where: { id: commentId } });
    expect(stored).toMatchObject({ hiddenReason: "Treść obraźliwa", hiddenById: people.clerk.id, hiddenAt: inside });
    const events = await db.auditEvent.findMany({ where: { entityId: commentId, action: "comment.hidden" } });
    expect(events).toHaveLength(1);
    expect(events[0]?.actorId).toBe(people.clerk.id);
    const listed = (await listPublicComments(consultationId, versionId)).find((c) => c.id === commentId);
    expect(listed).toMatchObject({ hidden: { reason: "Treść obraźliwa" }, body: null, proposedWording: null });
  });

  it("refuses a draft and an unknown comment", async () => {
    const input = submission();
    await saveCommentDraft(people.ngoMember, { ...input, onBehalf: null }, inside);
    const draft = await db.comment.findUniqueOrThrow({ where: { idempotencyKey: input.idempotencyKey } });
    expect(await hideComment(people.admin, draft.id, "x", inside)).toEqual({ ok: false, reason: "not_found" });
    expect(await hideComment(people.admin, "no-such-comment", "x", inside)).toEqual({ ok: false, reason: "not_found" });
  });
});

// Who may do what, through the server actions the pages call (anonymous included).
type Expectation = "ok" | "unauthenticated" | "forbidden";
const table: {
  action: string;
  run: () => Promise<{ ok: boolean; reason?: string }>;
  expect: Record<Who, Expectation>;
}[] = [
  {
    action: "submit on behalf of organisation A",
    run: () => actions.submitCommentAction(submission()),
    expect: {
      anonymous: "unauthenticated",
      resident: "forbidden",
      ngoMember: "ok",
      otherOrgMember: "forbidden",
      council: "forbidden",
      clerk: "forbidden",
      admin: "forbidden",
    },
  },
  {
    action: "submit as the Council (its secretary)",
    run: () => actions.submitCommentAction(submission({ onBehalf: { kind: "council" } })),
    expect: {
      anonymous: "unauthenticated",
      resident: "forbidden",
      ngoMember: "forbidden",
      otherOrgMember: "forbidden",
      council: "ok",
      clerk: "forbidden",
      admin: "forbidden",
    },
  },
  {
    action: "submit as an individual (organisations-only consultation)",
    run: () => actions.submitCommentAction(submission({ onBehalf: { kind: "individual" } })),
    expect: {
      anonymous: "unauthenticated",
      resident: "forbidden",
      ngoMember: "forbidden",
      otherOrgMember: "forbidden",
      council: "forbidden",
      clerk: "forbidden",
      admin: "forbidden",
    },
  },
  {
    action: "autosave a private draft",
    run: () => actions.saveCommentDraftAction({ ...submission(), onBehalf: null }),
    expect: {
      anonymous: "unauthenticated",
      resident: "ok",
      ngoMember: "ok",
      otherOrgMember: "ok",
      council: "ok",
      clerk: "ok",
      admin: "ok",
    },
  },
  {
    action: "edit a comment of organisation A",
    run: async () => actions.editCommentAction(await commentOfA(), { body: body("Zmiana") }),
    expect: {
      anonymous: "unauthenticated",
      resident: "forbidden",
      ngoMember: "ok",
      otherOrgMember: "forbidden",
      council: "forbidden",
      clerk: "forbidden",
      admin: "forbidden",
    },
  },
  {
    action: "withdraw a comment of organisation A",
    run: async () => actions.withdrawCommentAction(await commentOfA()),
    expect: {
      anonymous: "unauthenticated",
      resident: "forbidden",
      ngoMember: "ok",
      otherOrgMember: "forbidden",
      council: "forbidden",
      clerk: "forbidden",
      admin: "forbidden",
    },
  },
  {
    action: "hide a comment",
    run: async () => actions.hideCommentAction(await commentOfA(), "Naruszenie regulaminu"),
    expect: {
      anonymous: "unauthenticated",
      resident: "forbidden",
      ngoMember: "forbidden",
      otherOrgMember: "forbidden",
      council: "forbidden",
      clerk: "ok",
      admin: "ok",
    },
  },
];

async function commentOfA(): Promise<string> {
  const result = await submitComment(people.ngoMember, submission(), inside);
  if (!result.ok) throw new Error(result.reason);
  return result.receipt.commentId;
}

describe("permissions", () => {
  for (const row of table) {
    for (const who of everyone) {
      it(`${row.action}: ${who} → ${row.expect[who]}`, async () => {
        // The comment acted on is made by the mutation directly, whoever is signed in.
        as(who);
        const result = await row.run();
        const outcome = result.ok ? "ok" : result.reason === "unauthenticated" ? "unauthenticated" : "forbidden";
        expect(outcome).toBe(row.expect[who]);
        if (!result.ok && row.expect[who] === "forbidden") expect(result.reason).toBe("forbidden");
      });
    }
  }

  it("a clerk of another owner unit may not hide comments", async () => {
    const otherClerk = (await loadActor(
      (
        await db.user.findUniqueOrThrow({ where: { email: `otherclerk-${run}@example.org` } })
      ).id,
    )) as Actor;
    expect(await hideComment(otherClerk, await commentOfA(), "x", inside)).toEqual({ ok: false, reason: "forbidden" });
  });
});
