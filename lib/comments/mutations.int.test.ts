import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditLog } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { consultationWindow } from "@/lib/time/warsaw";
import { reviseComment, submitComment } from "./mutations";
import { checkReceipt } from "./queries";
import { receiptHash } from "./receipt";
import { writeSubmissions } from "./submissions";

const run = randomUUID().slice(0, 8);
const window = consultationWindow("2026-12-01", "2026-12-10");
const inside = new Date("2026-12-05T10:00:00Z");
let consultationId: string;
let provisionId: string;
let member: Actor;
let pendingMember: Actor;
const verifiedOrg = `org-ok-${run}`;
const pendingOrg = `org-pending-${run}`;

beforeAll(async () => {
  const unit = await db.ownerUnit.create({ data: { slug: `unit-${run}`, name: "Dział", shortName: "D" } });
  const clerk = await db.user.create({ data: { email: `clerk-${run}@example.org`, roles: ["CLERK"] } });
  const user = await db.user.create({ data: { email: `ngo-${run}@example.org`, name: "Anna", roles: ["NGO_MEMBER"] } });
  const other = await db.user.create({ data: { email: `pending-${run}@example.org`, roles: ["NGO_MEMBER"] } });
  const orgBase = {
    legalForm: "STOWARZYSZENIE",
    registerKind: "NONE",
    seatAddress: "ul. A 1",
    contactPerson: "A",
    email: "a@example.org",
  } as const;
  await db.organization.create({
    data: {
      id: verifiedOrg,
      name: "Zweryfikowane",
      verification: "VERIFIED",
      ...orgBase,
      memberships: { create: { userId: user.id } },
    },
  });
  await db.organization.create({
    data: { id: pendingOrg, name: "Oczekujące", ...orgBase, memberships: { create: { userId: other.id } } },
  });
  const consultation = await db.consultation.create({
    data: {
      slug: `k-${run}`,
      receiptCode: "TK",
      title: "Test",
      subject: "S",
      purpose: "P",
      actType: "UCHWALA",
      ownerUnitId: unit.id,
      contactName: "C",
      contactEmail: "c@example.org",
      status: "OPEN",
      startDate: new Date("2026-12-01"),
      endDate: new Date("2026-12-10"),
      ...window,
      justificationRequired: true,
      createdById: clerk.id,
      publishedAt: window.opensAt,
      versions: {
        create: {
          number: 1,
          source: "TEXT",
          sourceText: "§ 1. Tekst.",
          publishedAt: window.opensAt,
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
      },
    },
    include: { versions: { include: { provisions: true } } },
  });
  consultationId = consultation.id;
  provisionId = consultation.versions[0]?.provisions[0]?.id as string;
  member = (await loadActor(user.id)) as Actor;
  pendingMember = (await loadActor(other.id)) as Actor;
});

afterAll(() => db.$disconnect());

function submission(extra: Record<string, unknown> = {}) {
  return {
    consultationId,
    provisionId,
    onBehalf: { kind: "organization" as const, organizationId: verifiedOrg },
    body: {
      type: "doc" as const,
      content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text: "Uwaga do § 1" }] }],
    },
    proposedWording: "Tekst zmieniony.",
    justification: "Bo tak jest jaśniej.",
    idempotencyKey: randomUUID(),
    ...extra,
  };
}

describe("submitting a comment", () => {
  it("accepts a comment one second before the end (23:59:59 Warsaw) and refuses one at and after midnight", async () => {
    const lastSecond = new Date(window.closesAt.getTime() - 1000);
    expect(lastSecond.toISOString()).toBe("2026-12-10T22:59:59.000Z");
    expect(await submitComment(member, submission(), lastSecond)).toMatchObject({ ok: true });
    expect(await submitComment(member, submission(), window.closesAt)).toEqual({ ok: false, reason: "closed" });
    expect(await submitComment(member, submission(), new Date(window.closesAt.getTime() + 1000))).toEqual({
      ok: false,
      reason: "closed",
    });
  });

  it("refuses a comment before the consultation opens", async () => {
    expect(await submitComment(member, submission(), new Date(window.opensAt.getTime() - 1000))).toEqual({
      ok: false,
      reason: "not_open",
    });
  });

  it("makes one comment from 50 parallel submissions with the same idempotency key", async () => {
    const input = submission();
    const results = await Promise.all(Array.from({ length: 50 }, () => submitComment(member, input, inside)));
    expect(results.every((r) => r.ok)).toBe(true);
    const numbers = new Set(results.map((r) => (r.ok ? r.receipt.receiptNumber : "")));
    expect(numbers.size).toBe(1);
    expect(await db.comment.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
    expect(results.filter((r) => r.ok && !r.duplicate)).toHaveLength(1);
  });

  it("gives a receipt whose hash anyone can recompute from the stored comment", async () => {
    const result = await submitComment(member, submission(), inside);
    if (!result.ok) throw new Error(result.reason);
    const stored = await db.comment.findUniqueOrThrow({
      where: { id: result.receipt.commentId },
      include: { provision: true },
    });
    expect(result.receipt.receiptNumber).toMatch(/^BIA\/2026\/TK\/\d{6}$/);
    const recomputed = receiptHash({
      receiptNumber: stored.receiptNumber as string,
      consultationId: stored.consultationId,
      provisionCitation: stored.provision?.citation ?? null,
      organizationId: stored.organizationId,
      authorId: stored.authorId,
      revision: stored.revision,
      status: stored.status,
      body: stored.body,
      proposedWording: stored.proposedWording,
      justification: stored.justification,
      submittedAt: stored.submittedAt as Date,
    });
    expect(recomputed).toBe(result.receipt.receiptHash);
    expect(await db.auditEvent.count({ where: { entityId: stored.id, action: "comment.submitted" } })).toBe(1);
  });

  it("numbers receipts one after another within the consultation", async () => {
    const a = await submitComment(member, submission(), inside);
    const b = await submitComment(member, submission(), inside);
    if (!a.ok || !b.ok) throw new Error("refused");
    const seq = (n: string) => Number(n.split("/").at(-1));
    expect(seq(b.receipt.receiptNumber)).toBe(seq(a.receipt.receiptNumber) + 1);
  });

  it("refuses a member of an unverified organisation and an individual where only organisations comment", async () => {
    expect(
      await submitComment(
        pendingMember,
        submission({ onBehalf: { kind: "organization", organizationId: pendingOrg } }),
        inside,
      ),
    ).toEqual({
      ok: false,
      reason: "forbidden",
      detail: "unverified",
    });
    expect(await submitComment(member, submission({ onBehalf: { kind: "individual" } }), inside)).toMatchObject({
      ok: false,
      reason: "forbidden",
    });
  });

  it("requires a justification when the consultation says so", async () => {
    expect(await submitComment(member, submission({ justification: undefined }), inside)).toEqual({
      ok: false,
      reason: "justification_required",
    });
  });

  it("refuses a unit of another consultation or version", async () => {
    expect(await submitComment(member, submission({ provisionId: "no-such-unit" }), inside)).toEqual({
      ok: false,
      reason: "unknown_unit",
    });
  });
});

describe("submissions written together", () => {
  it("answers each submission of a mixed batch on its own and numbers the written ones without gaps", async () => {
    const repeated = submission();
    const before = await db.consultation.findUniqueOrThrow({ where: { id: consultationId } });
    const results = await writeSubmissions([
      { actor: member, input: submission(), now: inside },
      {
        actor: pendingMember,
        input: submission({ onBehalf: { kind: "organization", organizationId: pendingOrg } }),
        now: inside,
      },
      { actor: member, input: repeated, now: inside },
      { actor: member, input: submission(), now: window.closesAt },
      { actor: member, input: repeated, now: inside },
      { actor: pendingMember, input: repeated, now: inside },
      { actor: member, input: submission({ consultationId: "missing" }), now: inside },
      { actor: member, input: submission({ justification: "" }), now: inside },
      { actor: member, input: submission(), now: inside },
    ]);
    expect(results.map((r) => (r.ok ? (r.duplicate ? "repeat" : "written") : r.reason))).toEqual([
      "written",
      "forbidden",
      "written",
      "closed",
      "repeat",
      "idempotency_conflict",
      "not_found",
      "justification_required",
      "written",
    ]);
    const seq = (r: (typeof results)[number]) => (r.ok ? Number(r.receipt.receiptNumber.split("/").at(-1)) : 0);
    const start = before.receiptsIssued;
    expect([seq(results[0] as never), seq(results[2] as never), seq(results[8] as never)]).toEqual([
      start + 1,
      start + 2,
      start + 3,
    ]);
    expect(results[4]).toMatchObject({ ok: true, receipt: (results[2] as { receipt: unknown }).receipt });
    const after = await db.consultation.findUniqueOrThrow({ where: { id: consultationId } });
    expect(after.receiptsIssued).toBe(start + 3);
    expect(await verifyAuditLog()).toMatchObject({ ok: true });
  });

  it("numbers 40 parallel submissions 1…n with no gap and no repeat, each with its revision and audit event", async () => {
    const before = await db.consultation.findUniqueOrThrow({ where: { id: consultationId } });
    const results = await Promise.all(Array.from({ length: 40 }, () => submitComment(member, submission(), inside)));
    const numbers = results.map((r) => (r.ok ? Number(r.receipt.receiptNumber.split("/").at(-1)) : 0));
    expect([...numbers].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => before.receiptsIssued + 1 + i),
    );
    const ids = results.map((r) => (r.ok ? r.receipt.commentId : ""));
    expect(await db.commentRevision.count({ where: { commentId: { in: ids } } })).toBe(40);
    expect(await db.auditEvent.count({ where: { entityId: { in: ids }, action: "comment.submitted" } })).toBe(40);
    expect(await verifyAuditLog()).toMatchObject({ ok: true });
  });
});

describe("editing and withdrawing a comment", () => {
  it("keeps every version, renews the receipt, and refuses changes after the deadline", async () => {
    const first = await submitComment(member, submission(), inside);
    if (!first.ok) throw new Error(first.reason);
    const { commentId } = first.receipt;
    const body = {
      type: "doc" as const,
      content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text: "Poprawiona uwaga" }] }],
    };
    const edited = await reviseComment(
      member,
      commentId,
      { kind: "edit", body, proposedWording: "Nowy tekst.", justification: "Lepsze uzasadnienie." },
      inside,
    );
    if (!edited.ok) throw new Error(edited.reason);
    expect(edited.receipt.receiptNumber).not.toBe(first.receipt.receiptNumber);

    const withdrawn = await reviseComment(member, commentId, { kind: "withdraw" }, inside);
    expect(withdrawn.ok).toBe(true);
    const stored = await db.comment.findUniqueOrThrow({
      where: { id: commentId },
      include: { revisions: { orderBy: { revision: "asc" } } },
    });
    expect(stored.status).toBe("WITHDRAWN");
    expect(stored.revisions.map((r) => [r.revision, r.status, r.justification])).toEqual([
      [1, "SUBMITTED", "Bo tak jest jaśniej."],
      [2, "SUBMITTED", "Lepsze uzasadnienie."],
      [3, "WITHDRAWN", "Lepsze uzasadnienie."],
    ]);
    expect(await reviseComment(member, commentId, { kind: "withdraw" }, inside)).toEqual({
      ok: false,
      reason: "withdrawn",
    });
  });

  it("refuses an edit started from an older version, without using up a receipt number", async () => {
    const first = await submitComment(member, submission(), inside);
    if (!first.ok) throw new Error(first.reason);
    const { commentId, receiptNumber: started } = first.receipt;
    const text = (words: string) => ({
      type: "doc" as const,
      content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text: words }] }],
    });
    // Another member saves first; the one who opened the same version saves second.
    const theirs = await reviseComment(
      member,
      commentId,
      { kind: "edit", body: text("Ich"), justification: "Bo tak.", basedOn: started },
      inside,
    );
    if (!theirs.ok) throw new Error(theirs.reason);
    const issued = async () =>
      (await db.consultation.findUniqueOrThrow({ where: { id: consultationId }, select: { receiptsIssued: true } }))
        .receiptsIssued;
    const before = await issued();
    expect(
      await reviseComment(
        member,
        commentId,
        { kind: "edit", body: text("Moje"), justification: "Bo tak.", basedOn: started },
        inside,
      ),
    ).toEqual({ ok: false, reason: "changed" });
    expect(await issued()).toBe(before); // rolled back: receipt numbers stay without gaps
    expect((await db.comment.findUniqueOrThrow({ where: { id: commentId } })).bodyText).toBe("Ich");
    // Started from the version now stored, it goes through.
    const mine = await reviseComment(
      member,
      commentId,
      { kind: "edit", body: text("Moje"), justification: "Bo tak.", basedOn: theirs.receipt.receiptNumber },
      inside,
    );
    expect(mine.ok).toBe(true);
  });

  it("is refused after 23:59:59 of the last day and to members of other organisations", async () => {
    const result = await submitComment(member, submission(), inside);
    if (!result.ok) throw new Error(result.reason);
    expect(await reviseComment(member, result.receipt.commentId, { kind: "withdraw" }, window.closesAt)).toEqual({
      ok: false,
      reason: "closed",
    });
    expect(await reviseComment(pendingMember, result.receipt.commentId, { kind: "withdraw" }, inside)).toEqual({
      ok: false,
      reason: "forbidden",
    });
  });
});

describe("checking a receipt", () => {
  it("confirms a receipt against the stored content and marks older receipts as superseded", async () => {
    const first = await submitComment(member, submission(), inside);
    if (!first.ok) throw new Error(first.reason);
    const body = {
      type: "doc" as const,
      content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text: "Druga wersja" }] }],
    };
    const second = await reviseComment(
      member,
      first.receipt.commentId,
      { kind: "edit", body, justification: "U" },
      inside,
    );
    if (!second.ok) throw new Error(second.reason);

    // The superseded version's words: to its author, not to the public.
    const old = await checkReceipt(first.receipt.receiptNumber, member);
    expect(old).toMatchObject({ intact: true, current: false, citation: "§ 1", submittedBy: "Zweryfikowane" });
    expect(old?.content?.bodyText).toBe("Uwaga do § 1");
    expect((await checkReceipt(first.receipt.receiptNumber, null))?.content).toBeNull();
    const now = await checkReceipt(second.receipt.receiptNumber, null);
    expect(now).toMatchObject({ intact: true, current: true });
    expect(now?.content?.bodyText).toBe("Druga wersja");
    expect(await checkReceipt("BIA/2026/TK/999999", null)).toBeNull();
  });

  it("reports a receipt whose stored content was changed as not intact", async () => {
    const result = await submitComment(member, submission(), inside);
    if (!result.ok) throw new Error(result.reason);
    await db.commentRevision.update({
      where: { receiptNumber: result.receipt.receiptNumber },
      data: { justification: "Podmienione" },
    });
    expect(await checkReceipt(result.receipt.receiptNumber, null)).toMatchObject({ intact: false });
  });
});

describe("receipts of hidden comments", () => {
  it("never show a hidden comment's words, only the clerk's reason, even to its author", async () => {
    const result = await submitComment(member, submission(), inside);
    if (!result.ok) throw new Error(result.reason);
    await db.comment.update({
      where: { id: result.receipt.commentId },
      data: { hiddenAt: inside, hiddenReason: "Obraźliwa treść" },
    });
    for (const viewer of [null, member]) {
      const check = await checkReceipt(result.receipt.receiptNumber, viewer);
      expect(check).toMatchObject({ intact: true, hiddenReason: "Obraźliwa treść", content: null });
    }
  });
});
