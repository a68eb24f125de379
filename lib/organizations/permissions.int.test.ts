import { randomUUID } from "node:crypto";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { db } from "@/lib/db";

const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async (original) => ({
  ...(await original<typeof import("@/lib/auth/session")>()),
  getCurrentUser: async () => signedIn.actor,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const org = await import("./actions");
const users = await import("@/lib/users/actions");
const units = await import("@/lib/units/actions");

afterEach(() => {
  signedIn.actor = null;
});
afterAll(() => db.$disconnect());

const personas = [
  "anonymous",
  "resident",
  "ngoManagerA",
  "memberOfB",
  "council",
  "clerk",
  "cwopClerk",
  "admin",
] as const;
type Persona = (typeof personas)[number];

/**
 * A fresh world for every cell of the table, so that one action's effect never changes
 * the next cell: units, organisations A (verified, two managers), B (verified),
 * C (verified, nobody in it) and P (pending), and a person for each column.
 */
async function world() {
  const w = randomUUID().slice(0, 8);
  const cwopUnit = await db.ownerUnit.create({
    data: { slug: `cwop-${w}`, name: "CWOP", shortName: `C${w}`, isCoordinator: true },
  });
  const dssUnit = await db.ownerUnit.create({ data: { slug: `dss-${w}`, name: "DSS", shortName: `D${w}` } });
  const person = (key: string, roles: ("ADMIN" | "CLERK" | "COUNCIL_MEMBER" | "NGO_MEMBER" | "RESIDENT")[]) =>
    db.user.create({ data: { email: `${key.toLowerCase()}-${w}@example.org`, roles } });
  const p = {
    resident: await person("resident", ["RESIDENT"]),
    ngoManagerA: await person("ngo", ["NGO_MEMBER"]),
    memberOfB: await person("other", ["NGO_MEMBER"]),
    council: await person("council", ["COUNCIL_MEMBER"]),
    clerk: await person("clerk", ["CLERK"]),
    cwopClerk: await person("cwop", ["CLERK"]),
    admin: await person("admin", ["ADMIN", "RESIDENT"]),
    coManager: await person("comanager", ["NGO_MEMBER"]),
    memberA: await person("membera", ["NGO_MEMBER"]),
    requester: await person("requester", ["RESIDENT"]),
    pendingManager: await person("pending", ["NGO_MEMBER"]),
  };
  await db.unitClerk.createMany({
    data: [
      { unitId: dssUnit.id, userId: p.clerk.id },
      { unitId: cwopUnit.id, userId: p.cwopClerk.id },
    ],
  });
  await db.councilMember.create({
    data: {
      userId: p.council.id,
      appointedBy: "MAYOR",
      termStart: new Date("2026-01-01"),
      termEnd: new Date("2028-12-31"),
    },
  });
  const organization = (name: string, verification: "VERIFIED" | "PENDING") =>
    db.organization.create({
      data: {
        name: `${name} ${w}`,
        legalForm: "STOWARZYSZENIE",
        registerKind: "NONE",
        seatAddress: "ul. Lipowa 1, Białystok",
        contactPerson: "Kontakt",
        email: `${name.toLowerCase()}-${w}@example.org`,
        verification,
      },
    });
  const a = await organization("A", "VERIFIED");
  const b = await organization("B", "VERIFIED");
  const c = await organization("C", "VERIFIED");
  const pending = await organization("P", "PENDING");
  await db.membership.createMany({
    data: [
      { organizationId: a.id, userId: p.ngoManagerA.id, role: "MANAGER", status: "ACTIVE" },
      { organizationId: a.id, userId: p.coManager.id, role: "MANAGER", status: "ACTIVE" },
      { organizationId: a.id, userId: p.memberA.id, role: "MEMBER", status: "ACTIVE" },
      { organizationId: a.id, userId: p.requester.id, role: "MEMBER", status: "REQUESTED" },
      { organizationId: a.id, userId: p.resident.id, role: "MEMBER", status: "INVITED" },
      { organizationId: b.id, userId: p.memberOfB.id, role: "MANAGER", status: "ACTIVE" },
      { organizationId: pending.id, userId: p.pendingManager.id, role: "MANAGER", status: "ACTIVE" },
    ],
  });
  return { w, p, a, b, c, pending, dssUnit };
}
type World = Awaited<ReturnType<typeof world>>;

async function actorFor(persona: Persona, world: World): Promise<Actor | null> {
  if (persona === "anonymous") return null;
  return loadActor(world.p[persona].id);
}

const T = true;
const F = false;
type Row = {
  action: string;
  run: (w: World) => Promise<{ ok: boolean; reason?: string }>;
  /** anonymous, resident, NGO manager of A, member of B, Council member, clerk, CWOP clerk, admin */
  expected: readonly [boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean];
};

const seat = (email: string) => ({
  email,
  appointedBy: "NGO",
  isCoChair: false,
  isSecretary: true,
  termStart: "2027-01-01",
  termEnd: "2029-12-31",
});

// One table: every action added by organisations and administration, for every kind of person.
const table: Row[] = [
  {
    action: "register an organisation",
    run: (w) =>
      org.registerOrganizationAction({
        name: `Fundacja ${w.w}`,
        legalForm: "FUNDACJA",
        registerKind: "KRS",
        registerNumber: String(Number.parseInt(w.w, 16) % 9_999_999_999 || 1),
        seatAddress: "ul. Lipowa 2, Białystok",
        contactPerson: "Jan Kowalski",
        email: `fundacja-${w.w}@example.org`,
        phone: "",
      }),
    expected: [F, T, T, T, T, T, T, T],
  },
  {
    action: "ask to join a verified organisation",
    run: (w) => org.requestToJoinAction({ organizationId: w.c.id }),
    expected: [F, T, T, T, T, T, T, T],
  },
  {
    action: "accept a request to join A",
    run: (w) => org.decideJoinRequestAction({ organizationId: w.a.id, userId: w.p.requester.id, accept: true }),
    expected: [F, F, T, F, F, F, F, T],
  },
  {
    action: "decline a request to join A",
    run: (w) => org.decideJoinRequestAction({ organizationId: w.a.id, userId: w.p.requester.id, accept: false }),
    expected: [F, F, T, F, F, F, F, T],
  },
  {
    action: "invite a person to A",
    run: (w) => org.inviteMemberAction(w.a.id, { email: `invited-${w.w}@example.org`, role: "MEMBER" }),
    expected: [F, F, T, F, F, F, F, T],
  },
  {
    action: "accept the resident's invitation to A",
    run: (w) => org.respondToInvitationAction({ organizationId: w.a.id, userId: w.p.resident.id, accept: true }),
    expected: [F, T, F, F, F, F, F, F],
  },
  {
    action: "leave A",
    run: (w) => org.leaveOrganizationAction({ organizationId: w.a.id }),
    expected: [F, F, T, F, F, F, F, F],
  },
  {
    action: "make a member of A a manager",
    run: (w) => org.changeMemberRoleAction({ organizationId: w.a.id, userId: w.p.memberA.id, role: "MANAGER" }),
    expected: [F, F, T, F, F, F, F, T],
  },
  {
    action: "remove a member of A",
    run: (w) => org.removeMemberAction({ organizationId: w.a.id, userId: w.p.memberA.id }),
    expected: [F, F, T, F, F, F, F, T],
  },
  {
    action: "verify a pending organisation",
    run: (w) => org.decideVerificationAction({ organizationId: w.pending.id, decision: "VERIFIED" }),
    expected: [F, F, F, F, F, F, T, T],
  },
  {
    action: "reject a pending organisation",
    run: (w) =>
      org.decideVerificationAction({
        organizationId: w.pending.id,
        decision: "REJECTED",
        reason: "Numer w rejestrze nie zgadza się z nazwą.",
      }),
    expected: [F, F, F, F, F, F, T, T],
  },
  {
    action: "change a person's roles",
    run: (w) => users.setUserRolesAction(w.p.resident.id, { roles: ["RESIDENT", "ADMIN"] }),
    expected: [F, F, F, F, F, F, F, T],
  },
  {
    action: "create an owner unit",
    run: (w) =>
      units.createUnitAction({ name: `Departament ${w.w}`, shortName: `N${w.w}`, isCoordinator: false, email: "" }),
    expected: [F, F, F, F, F, F, F, T],
  },
  {
    action: "add a clerk to a unit",
    run: (w) => units.addUnitClerkAction(w.dssUnit.id, { email: `newclerk-${w.w}@example.org` }),
    expected: [F, F, F, F, F, F, F, T],
  },
  {
    action: "remove a clerk from a unit",
    run: (w) => units.removeUnitClerkAction({ unitId: w.dssUnit.id, userId: w.p.clerk.id }),
    expected: [F, F, F, F, F, F, F, T],
  },
  {
    action: "give a Council seat",
    run: (w) => units.setCouncilSeatAction(seat(`newcouncil-${w.w}@example.org`)),
    expected: [F, F, F, F, F, F, F, T],
  },
  {
    action: "remove a Council seat",
    run: (w) => units.removeCouncilSeatAction({ userId: w.p.council.id }),
    expected: [F, F, F, F, F, F, F, T],
  },
];

describe("permission table", () => {
  const cells = table.flatMap((row) => personas.map((persona, i) => ({ ...row, persona, allowed: row.expected[i] })));
  it.each(cells)("$action — $persona: allowed=$allowed", async ({ run, persona, allowed }) => {
    const w = await world();
    signedIn.actor = await actorFor(persona, w);
    const result = await run(w);
    if (allowed) {
      expect(result).toMatchObject({ ok: true });
    } else {
      expect(result).toMatchObject({ ok: false, reason: persona === "anonymous" ? "unauthenticated" : "forbidden" });
    }
  });
});
