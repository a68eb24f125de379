import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { db } from "@/lib/db";

const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async (original) => ({
  ...(await original<typeof import("@/lib/auth/session")>()),
  getCurrentUser: async () => signedIn.actor,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const {
  decideVerificationAction,
  inviteMemberAction,
  leaveOrganizationAction,
  registerOrganizationAction,
  respondToInvitationAction,
  changeMemberRoleAction,
  updateOrganizationAction,
} = await import("./actions");
const { setUserRolesAction } = await import("@/lib/users/actions");

const run = randomUUID().slice(0, 8);
let cwop: Actor;
let admin: Actor;
let founderId: string;

async function as(userId: string) {
  signedIn.actor = await loadActor(userId);
}

beforeAll(async () => {
  const unit = await db.ownerUnit.create({
    data: { slug: `cwop-${run}`, name: "CWOP", shortName: `C${run}`, isCoordinator: true },
  });
  const clerk = await db.user.create({ data: { email: `cwop-${run}@example.org`, roles: ["CLERK"] } });
  await db.unitClerk.create({ data: { unitId: unit.id, userId: clerk.id } });
  cwop = (await loadActor(clerk.id)) as Actor;
  const a = await db.user.create({ data: { email: `admin-${run}@example.org`, roles: ["ADMIN"] } });
  admin = (await loadActor(a.id)) as Actor;
  const founder = await db.user.create({
    data: { email: `founder-${run}@example.org`, roles: ["RESIDENT"], name: "Zofia Założycielka", locale: "en" },
  });
  founderId = founder.id;
});

afterEach(() => {
  signedIn.actor = null;
});
afterAll(() => db.$disconnect());

const krs = String(100_000 + Math.floor(Math.random() * 899_999));

function registration(overrides: Record<string, unknown> = {}) {
  return {
    name: `Stowarzyszenie Testowe ${run}`,
    legalForm: "STOWARZYSZENIE",
    registerKind: "KRS",
    registerNumber: krs,
    seatAddress: "ul. Lipowa 3, 15-001 Białystok",
    contactPerson: "Zofia Założycielka",
    email: `biuro-${run}@example.org`,
    phone: "85 123 45 67",
    ...overrides,
  };
}

describe("an organisation from registration to its members", () => {
  let orgId: string;

  it("registers a pending organisation whose founder is its active manager with NGO_MEMBER, logged", async () => {
    await as(founderId);
    const result = await registerOrganizationAction(registration());
    if (!result.ok) throw new Error(JSON.stringify(result));
    orgId = result.data.id;
    const stored = await db.organization.findUniqueOrThrow({ where: { id: orgId }, include: { memberships: true } });
    expect(stored).toMatchObject({ verification: "PENDING", registerNumber: krs.padStart(10, "0") });
    expect(stored.memberships).toEqual([
      expect.objectContaining({ userId: founderId, role: "MANAGER", status: "ACTIVE" }),
    ]);
    const founder = await db.user.findUniqueOrThrow({ where: { id: founderId } });
    expect(founder.roles).toEqual(["RESIDENT", "NGO_MEMBER"]);
    const events = await db.auditEvent.findMany({ where: { entityId: orgId } });
    expect(events.map((e) => e.action)).toEqual(["organization.registered"]);
  });

  it("refuses the same KRS number typed differently and names the existing organisation", async () => {
    await as(founderId);
    const result = await registerOrganizationAction(
      registration({ name: "Inna nazwa", registerNumber: ` 0000 ${krs}` }),
    );
    expect(result).toEqual({
      ok: false,
      reason: "duplicate",
      existing: { id: orgId, name: `Stowarzyszenie Testowe ${run}`, verification: "PENDING" },
    });
  });

  it("requires a reason to reject", async () => {
    signedIn.actor = cwop;
    const result = await decideVerificationAction({ organizationId: orgId, decision: "REJECTED", reason: "" });
    expect(result).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { reason: "org.rejection.required" } });
  });

  it("a rejection e-mails the reason to the contact address and, in English, to the English-speaking manager", async () => {
    signedIn.actor = cwop;
    const reason = `Numer KRS ${run} nie odpowiada nazwie.`;
    expect(await decideVerificationAction({ organizationId: orgId, decision: "REJECTED", reason })).toEqual({
      ok: true,
      data: undefined,
    });
    const contact = await db.emailMessage.findFirstOrThrow({ where: { to: `biuro-${run}@example.org` } });
    expect(contact).toMatchObject({ kind: "organization-rejected", transport: "OUTBOX" });
    expect(contact.subject).toContain("potrzebne poprawki");
    expect(contact.text).toContain(reason);
    const manager = await db.emailMessage.findFirstOrThrow({ where: { to: `founder-${run}@example.org` } });
    expect(manager.subject).toContain("corrections needed");
    const org = await db.organization.findUniqueOrThrow({ where: { id: orgId } });
    expect(org).toMatchObject({ verification: "REJECTED", rejectionReason: reason });
  });

  it("verification e-mails the organisation and its managers and is logged", async () => {
    signedIn.actor = cwop;
    expect(await decideVerificationAction({ organizationId: orgId, decision: "VERIFIED" })).toMatchObject({ ok: true });
    const sent = await db.emailMessage.findMany({
      where: { kind: "organization-verified", to: { in: [`biuro-${run}@example.org`, `founder-${run}@example.org`] } },
    });
    expect(sent).toHaveLength(2);
    expect(sent.find((m) => m.to.startsWith("biuro"))?.subject).toContain("została zweryfikowana");
    const org = await db.organization.findUniqueOrThrow({ where: { id: orgId } });
    expect(org).toMatchObject({ verification: "VERIFIED", verifiedById: cwop.id, rejectionReason: null });
    const actions = (await db.auditEvent.findMany({ where: { entityId: orgId }, orderBy: { seq: "asc" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(["organization.registered", "organization.rejected", "organization.verified"]);
    expect(await decideVerificationAction({ organizationId: orgId, decision: "VERIFIED" })).toMatchObject({
      ok: false,
      reason: "conflict",
    });
  });

  it("invites somebody new: an account with NGO_MEMBER, an INVITED membership and a sign-in link e-mail", async () => {
    await as(founderId);
    const email = `Nowa-${run}@Example.org`;
    expect(await inviteMemberAction(orgId, { email, role: "MEMBER" })).toEqual({ ok: true, data: undefined });
    const user = await db.user.findUniqueOrThrow({
      where: { email: email.toLowerCase() },
      include: { memberships: true },
    });
    expect(user.roles).toEqual(["NGO_MEMBER"]);
    expect(user.memberships).toEqual([expect.objectContaining({ organizationId: orgId, status: "INVITED" })]);
    const message = await db.emailMessage.findFirstOrThrow({ where: { to: email.toLowerCase() } });
    expect(message.kind).toBe("organization-invitation");
    expect(message.html).toContain(`/logowanie?callbackUrl=${encodeURIComponent(`/organizacje/${orgId}`)}`);
    expect(await inviteMemberAction(orgId, { email, role: "MEMBER" })).toMatchObject({
      ok: false,
      fieldErrors: { email: "membership.invited" },
    });
  });

  it("the invited person accepts; the last manager cannot leave until they hand over", async () => {
    const invited = await db.user.findUniqueOrThrow({ where: { email: `nowa-${run}@example.org` } });
    await as(invited.id);
    expect(await respondToInvitationAction({ organizationId: orgId, userId: invited.id, accept: true })).toMatchObject({
      ok: true,
    });
    expect((await loadActor(invited.id))?.memberships).toEqual([
      expect.objectContaining({ organizationId: orgId, verified: true, manager: false }),
    ]);

    await as(founderId);
    expect(await leaveOrganizationAction({ organizationId: orgId })).toMatchObject({
      ok: false,
      reason: "conflict",
      fieldErrors: { _form: "membership.lastManager" },
    });
    expect(await changeMemberRoleAction({ organizationId: orgId, userId: invited.id, role: "MANAGER" })).toMatchObject({
      ok: true,
    });
    await as(founderId);
    expect(await leaveOrganizationAction({ organizationId: orgId })).toMatchObject({ ok: true });
    const founder = await db.user.findUniqueOrThrow({ where: { id: founderId } });
    expect(founder.roles).toEqual(["RESIDENT"]);
  });
});

describe("correcting an organisation's record", () => {
  const number = String(100_000 + Math.floor(Math.random() * 899_999));
  const record = (overrides: Record<string, unknown> = {}) =>
    registration({ name: `Fundacja Poprawek ${run}`, registerNumber: number, ...overrides });
  let orgId: string;
  let managerId: string;

  beforeAll(async () => {
    const manager = await db.user.create({ data: { email: `poprawki-${run}@example.org`, roles: ["RESIDENT"] } });
    managerId = manager.id;
    await as(managerId);
    const result = await registerOrganizationAction(record());
    if (!result.ok) throw new Error(JSON.stringify(result));
    orgId = result.data.id;
  });

  const stored = () => db.organization.findUniqueOrThrow({ where: { id: orgId } });
  const updates = async () =>
    (
      await db.auditEvent.findMany({
        where: { entityId: orgId, action: "organization.updated" },
        orderBy: { seq: "asc" },
      })
    ).map((e) => e.data as { changed: string[]; before: object; after: object; verification: object });

  it("a rejected organisation, corrected by its manager, goes back to CWOP without the old reason; the log keeps both", async () => {
    signedIn.actor = cwop;
    await decideVerificationAction({
      organizationId: orgId,
      decision: "REJECTED",
      reason: "Nazwa nie zgadza się z KRS.",
    });
    await as(managerId);
    const result = await updateOrganizationAction(orgId, record({ name: `Fundacja Poprawiona ${run}` }));
    expect(result).toEqual({ ok: true, data: { changed: ["name"], verification: "PENDING", resubmitted: true } });
    expect(await stored()).toMatchObject({
      name: `Fundacja Poprawiona ${run}`,
      verification: "PENDING",
      rejectionReason: null,
    });
    expect(await updates()).toEqual([
      {
        changed: ["name"],
        before: { name: `Fundacja Poprawek ${run}` },
        after: { name: `Fundacja Poprawiona ${run}` },
        verification: { from: "REJECTED", to: "PENDING" },
      },
    ]);
    const rejected = await db.auditEvent.findFirstOrThrow({
      where: { entityId: orgId, action: "organization.rejected" },
    });
    expect(rejected.data).toMatchObject({ reason: "Nazwa nie zgadza się z KRS." });
  });

  it("CWOP's decision is refused when the organisation changed its record after CWOP opened it", async () => {
    const seen = (await stored()).updatedAt.toISOString();
    // The manager saves the record meanwhile (here written directly, with the same values: only its time moves).
    await db.organization.update({ where: { id: orgId }, data: { phone: (await stored()).phone } });
    signedIn.actor = cwop;
    expect(await decideVerificationAction({ organizationId: orgId, decision: "VERIFIED", basedOn: seen })).toEqual({
      ok: false,
      reason: "conflict",
      fieldErrors: { _form: "verification.changedMeanwhile" },
    });
    expect((await stored()).verification).toBe("PENDING");
  });

  it("a rejected organisation is sent again even with nothing changed (the register was not up to date)", async () => {
    signedIn.actor = cwop;
    await decideVerificationAction({ organizationId: orgId, decision: "REJECTED", reason: "KRS nie pokazuje wpisu." });
    await as(managerId);
    expect(await updateOrganizationAction(orgId, record({ name: `Fundacja Poprawiona ${run}` }))).toEqual({
      ok: true,
      data: { changed: [], verification: "PENDING", resubmitted: true },
    });
    expect(await stored()).toMatchObject({ verification: "PENDING", rejectionReason: null });
  });

  it("a verified organisation stays verified when its address and contact change, logged without the values", async () => {
    signedIn.actor = cwop;
    expect(await decideVerificationAction({ organizationId: orgId, decision: "VERIFIED" })).toMatchObject({ ok: true });
    await as(managerId);
    const contact = {
      name: `Fundacja Poprawiona ${run}`,
      seatAddress: "ul. Nowa 5, 15-002 Białystok",
      email: `nowy-${run}@example.org`,
    };
    expect(await updateOrganizationAction(orgId, record(contact))).toEqual({
      ok: true,
      data: { changed: ["seatAddress", "email"], verification: "VERIFIED", resubmitted: false },
    });
    expect(await stored()).toMatchObject({ ...contact, verification: "VERIFIED", verifiedById: cwop.id });
    const last = (await updates()).at(-1);
    expect(last).toEqual({
      changed: ["seatAddress", "email"],
      before: {},
      after: {},
      verification: { from: "VERIFIED", to: "VERIFIED" },
    });
    expect(JSON.stringify(last)).not.toContain("nowy-");
    // The same again: nothing changed, nothing written.
    expect(await updateOrganizationAction(orgId, record(contact))).toEqual({
      ok: true,
      data: { changed: [], verification: "VERIFIED", resubmitted: false },
    });
    expect(await updates()).toHaveLength(3); // the correction, the resubmission as it was, this change
  });

  it("the verified name is changed by CWOP (staying verified), not by the organisation's manager", async () => {
    const base = { seatAddress: "ul. Nowa 5, 15-002 Białystok", email: `nowy-${run}@example.org` };
    await as(managerId);
    expect(await updateOrganizationAction(orgId, record({ ...base, name: `Urząd Miejski ${run}` }))).toEqual({
      ok: false,
      reason: "conflict",
      fieldErrors: { _form: "organization.identityLocked" },
    });
    expect(await stored()).toMatchObject({ name: `Fundacja Poprawiona ${run}`, verification: "VERIFIED" });
    signedIn.actor = cwop;
    expect(await updateOrganizationAction(orgId, record({ ...base, name: `Fundacja Trzecia ${run}` }))).toMatchObject({
      ok: true,
      data: { changed: ["name"], verification: "VERIFIED", resubmitted: false },
    });
    signedIn.actor = admin;
    expect(await updateOrganizationAction(orgId, record({ ...base, name: `Fundacja Czwarta ${run}` }))).toMatchObject({
      ok: true,
      data: { changed: ["name"], verification: "VERIFIED" },
    });
    expect(await stored()).toMatchObject({ verification: "VERIFIED", verifiedById: cwop.id });
  });

  it("refuses another organisation's register number (naming it and its state), a member who does not manage, and strangers", async () => {
    const base = {
      name: `Fundacja Czwarta ${run}`,
      seatAddress: "ul. Nowa 5, 15-002 Białystok",
      email: `nowy-${run}@example.org`,
    };
    signedIn.actor = cwop;
    const taken = await updateOrganizationAction(orgId, record({ ...base, registerNumber: krs }));
    expect(taken).toMatchObject({
      ok: false,
      reason: "duplicate",
      existing: { name: `Stowarzyszenie Testowe ${run}` },
    });
    expect((await stored()).registerNumber).toBe(number.padStart(10, "0"));

    const member = await db.user.create({ data: { email: `czlonek-${run}@example.org`, roles: ["NGO_MEMBER"] } });
    await db.membership.create({
      data: { userId: member.id, organizationId: orgId, role: "MEMBER", status: "ACTIVE" },
    });
    const stranger = await db.user.create({ data: { email: `obcy-${run}@example.org`, roles: ["RESIDENT"] } });
    for (const who of [member.id, stranger.id]) {
      await as(who);
      expect(
        await updateOrganizationAction(orgId, record({ ...base, seatAddress: "ul. Przejęta 1, Białystok" })),
      ).toEqual({
        ok: false,
        reason: "forbidden",
      });
    }
    signedIn.actor = null;
    expect(await updateOrganizationAction(orgId, record(base))).toEqual({ ok: false, reason: "unauthenticated" });
    expect(await stored()).toMatchObject({ name: `Fundacja Czwarta ${run}`, seatAddress: base.seatAddress });
    expect(await updateOrganizationAction(orgId, record({ name: "x" }))).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { name: "org.name.tooShort" },
    });
  });
});

describe("roles", () => {
  it("an administrator cannot remove their own ADMIN role; another person's roles change and are logged", async () => {
    signedIn.actor = admin;
    expect(await setUserRolesAction(admin.id, { roles: ["RESIDENT"] })).toMatchObject({
      ok: false,
      reason: "conflict",
      fieldErrors: { roles: "roles.ownAdmin" },
    });
    // A clerk is made on a unit's page, not by ticking the role (which alone would grant nothing).
    expect(await setUserRolesAction(founderId, { roles: ["CLERK", "RESIDENT"] })).toEqual({
      ok: false,
      reason: "conflict",
      fieldErrors: { roles: "roles.givenElsewhere" },
    });
    expect(await setUserRolesAction(founderId, { roles: ["ADMIN", "RESIDENT"] })).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: founderId } })).roles).toEqual(["ADMIN", "RESIDENT"]);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: founderId, action: "user.roles_changed" },
    });
    expect(event.data).toMatchObject({ after: ["ADMIN", "RESIDENT"] });
    // Taking CLERK away from a unit's clerk takes the clerkship with it.
    const unit = await db.ownerUnit.create({ data: { slug: `role-${run}`, name: "Wydział Ról", shortName: "WR" } });
    const clerk = await db.user.create({ data: { email: `rola-${run}@example.org`, roles: ["CLERK"] } });
    await db.unitClerk.create({ data: { unitId: unit.id, userId: clerk.id } });
    expect(await setUserRolesAction(clerk.id, { roles: ["RESIDENT"] })).toMatchObject({ ok: true });
    expect(await db.unitClerk.count({ where: { userId: clerk.id } })).toBe(0);
  });
});
