import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { fixtures } from "@/lib/jobs/testing/fixtures";

const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { savePreferencesAction } = await import("./actions");

const f = fixtures("prefs");
let org: { id: string };
let unitA: string;
let unitB: string;
let manager: Actor;
let member: Actor;

function actor(id: string, email: string, organizationId: string | null, isManager: boolean): Actor {
  return {
    id,
    name: null,
    email,
    roles: ["NGO_MEMBER"],
    locale: "pl",
    clerkUnitIds: [],
    isCoordinatorClerk: false,
    memberships: organizationId
      ? [{ organizationId, organizationName: "Fundacja", verified: true, manager: isManager }]
      : [],
    council: null,
  };
}

beforeAll(async () => {
  org = await f.organization();
  unitA = (await f.unit()).id;
  unitB = (await f.unit()).id;
  const m = await db.user.create({ data: { email: `manager-${f.run}@example.org`, roles: ["NGO_MEMBER"] } });
  const p = await db.user.create({ data: { email: `member-${f.run}@example.org`, roles: ["NGO_MEMBER"] } });
  manager = actor(m.id, m.email, org.id, true);
  member = actor(p.id, p.email, org.id, false);
});

afterEach(() => {
  signedIn.actor = null;
});

afterAll(() => db.$disconnect());

const orgTarget = () => ({ kind: "organization", organizationId: org.id });

describe("saving notification preferences", () => {
  it("lets a manager choose the organisation's topics and frequency, with an audit event", async () => {
    signedIn.actor = manager;
    expect(await savePreferencesAction(orgTarget(), { unitIds: [unitA], frequency: "WEEKLY" })).toEqual({
      ok: true,
      data: undefined,
    });
    const stored = await db.notificationSubscription.findUniqueOrThrow({
      where: { organizationId: org.id },
      include: { topics: true },
    });
    expect(stored).toMatchObject({ frequency: "WEEKLY", allTopics: false, updatedById: manager.id });
    expect(stored.topics.map((t) => t.ownerUnitId)).toEqual([unitA]);
    const events = await db.auditEvent.findMany({ where: { entityId: stored.id } });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([["notifications.preferences_saved", manager.id]]);
    expect(events[0]?.data).toMatchObject({ organizationId: org.id, frequency: "WEEKLY", unitIds: [unitA] });
  });

  it("refuses an ordinary member and an anonymous visitor, and changes nothing", async () => {
    signedIn.actor = member;
    expect(await savePreferencesAction(orgTarget(), { unitIds: [unitB], frequency: "IMMEDIATE" })).toMatchObject({
      ok: false,
      reason: "forbidden",
    });
    signedIn.actor = null;
    expect(await savePreferencesAction({ kind: "user" }, { unitIds: [unitB], frequency: "IMMEDIATE" })).toMatchObject({
      ok: false,
      reason: "unauthenticated",
    });
    const stored = await db.notificationSubscription.findUniqueOrThrow({ where: { organizationId: org.id } });
    expect(stored.frequency).toBe("WEEKLY");
  });

  it("saves a person's own subscription, whoever they are", async () => {
    signedIn.actor = member;
    expect(await savePreferencesAction({ kind: "user" }, { unitIds: [unitB], frequency: "IMMEDIATE" })).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await db.notificationSubscription.findUniqueOrThrow({ where: { userId: member.id } })).toMatchObject({
      frequency: "IMMEDIATE",
      organizationId: null,
    });
  });

  it("refuses no topic unless nothing is to be sent, and a topic that does not exist", async () => {
    signedIn.actor = manager;
    expect(await savePreferencesAction(orgTarget(), { unitIds: [], frequency: "IMMEDIATE" })).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { unitIds: "topicsRequired" },
    });
    expect(
      await savePreferencesAction(orgTarget(), { unitIds: ["no-such-unit"], frequency: "IMMEDIATE" }),
    ).toMatchObject({ ok: false, fieldErrors: { unitIds: "unknownTopic" } });
    expect(await savePreferencesAction(orgTarget(), { unitIds: [], frequency: "NONE" })).toMatchObject({ ok: true });
    expect(await db.notificationSubscription.findUniqueOrThrow({ where: { organizationId: org.id } })).toMatchObject({
      frequency: "NONE",
    });
  });
});
