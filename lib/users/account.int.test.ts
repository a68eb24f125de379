import { randomUUID } from "node:crypto";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { submitterOf } from "@/lib/comments/submitter";
import { db } from "@/lib/db";
import { fixtures } from "@/lib/jobs/testing/fixtures";
import { deletedAccountEmail } from "./mutations";
import { personalDataExport } from "./queries";

const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async (original) => ({
  ...(await original<typeof import("@/lib/auth/session")>()),
  getCurrentUser: async () => signedIn.actor,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { deleteOwnAccountAction } = await import("./actions");

const run = randomUUID().slice(0, 8);
const f = fixtures("account");

afterEach(() => {
  signedIn.actor = null;
});
afterAll(() => db.$disconnect());

async function person(name: string, roles: ("RESIDENT" | "ADMIN" | "NGO_MEMBER")[] = ["RESIDENT"]) {
  return db.user.create({
    data: { email: `${name}-${run}@example.org`, name: `Osoba ${name}`, roles, showNamePublicly: true },
  });
}

async function organisation(name: string, managers: string[]) {
  return db.organization.create({
    data: {
      name: `${name} ${run}`,
      legalForm: "STOWARZYSZENIE",
      registerKind: "NONE",
      seatAddress: "ul. Lipowa 1, Białystok",
      contactPerson: "Osoba",
      email: `${name}-${run}@example.org`,
      verification: "VERIFIED",
      memberships: {
        create: managers.map((userId) => ({ userId, role: "MANAGER" as const, status: "ACTIVE" as const })),
      },
    },
  });
}

describe("a person's own data (RODO)", () => {
  it("is downloaded whole: account, memberships, comments with their versions, and what the log says they did", async () => {
    const user = await person("eksport");
    await db.emailMessage.deleteMany({ where: { to: user.email } });
    const data = await personalDataExport(user.id);
    expect(data.account).toMatchObject({ id: user.id, email: user.email, name: "Osoba eksport", comments: [] });
    expect(JSON.stringify(data)).not.toContain("sessionToken");
  });

  it("is deleted on request, confirmed by the person's own address; comments stay, without the name", async () => {
    const user = await person("usuwana");
    const other = await person("druga");
    const org = await organisation("Fundacja Usuwanej", [user.id, other.id]);
    await db.session.create({
      data: { sessionToken: `t-${run}`, userId: user.id, expires: new Date(Date.now() + 86_400_000) },
    });
    const consultation = await f.consultation({
      ownerUnitId: (await f.unit()).id,
      createdById: (await f.clerk()).id,
      startDate: "2026-12-01",
      endDate: "2026-12-10",
      published: { status: "OPEN", at: new Date("2026-11-28T10:00:00Z") },
    });
    const versionId = `${consultation.id}-v1`;
    const own = await db.comment.create({
      data: {
        consultationId: consultation.id,
        versionId,
        authorId: user.id,
        body: { type: "doc", content: [] },
        bodyText: "Moja uwaga.",
        status: "SUBMITTED",
        idempotencyKey: randomUUID(),
        receiptNumber: `BIA/U/${run}`,
      },
    });
    const draft = await db.comment.create({
      data: {
        consultationId: consultation.id,
        versionId,
        authorId: user.id,
        body: { type: "doc", content: [] },
        bodyText: "Szkic, którego nie wysłałam.",
        idempotencyKey: randomUUID(),
      },
    });
    signedIn.actor = await loadActor(user.id);

    expect(await deleteOwnAccountAction({ confirmation: "ktos-inny@example.org" })).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { confirmation: "account.confirmationMismatch" },
    });
    expect(await deleteOwnAccountAction({ confirmation: ` ${user.email.toUpperCase()} ` })).toEqual({
      ok: true,
      data: undefined,
    });

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({
      email: deletedAccountEmail(user.id),
      name: null,
      showNamePublicly: false,
      roles: ["RESIDENT"],
    });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.comment.findUnique({ where: { id: draft.id } })).toBeNull();
    const kept = await db.comment.findUniqueOrThrow({
      where: { id: own.id },
      include: { author: { select: { name: true, showNamePublicly: true } }, organization: true },
    });
    expect(kept.bodyText).toBe("Moja uwaga.");
    expect(submitterOf(kept)).toEqual({ kind: "resident" });
    expect(await db.organization.findUnique({ where: { id: org.id } })).not.toBeNull();
    const [event] = await db.auditEvent.findMany({ where: { entityId: user.id, action: "user.deleted" } });
    expect(JSON.stringify(event?.data)).not.toContain(user.email);
  });

  it("is refused to the only manager of an organisation and to the last administrator, saying why", async () => {
    const manager = await person("jedyny");
    await organisation("Stowarzyszenie Jedynego", [manager.id]);
    signedIn.actor = await loadActor(manager.id);
    expect(await deleteOwnAccountAction({ confirmation: manager.email })).toEqual({
      ok: false,
      reason: "conflict",
      fieldErrors: { _form: "account.soleManager" },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: manager.id } })).email).toBe(manager.email);

    const { checkDeleteOwnAccount } = await import("./policy");
    const admin = await loadActor((await person("admin", ["ADMIN"])).id);
    expect(checkDeleteOwnAccount(admin, { otherAdmins: 0, soleManagerOf: [] })).toEqual({
      ok: false,
      reason: "conflict",
      code: "account.lastAdmin",
    });
    expect(checkDeleteOwnAccount(admin, { otherAdmins: 1, soleManagerOf: [] })).toEqual({ ok: true });
    expect(checkDeleteOwnAccount(null, { otherAdmins: 1, soleManagerOf: [] })).toEqual({
      ok: false,
      reason: "unauthenticated",
    });
  });
});
