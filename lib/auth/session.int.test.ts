import { afterAll, afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fixtures } from "@/lib/jobs/testing/fixtures";
import { councilFollowers } from "@/lib/notifications/recipients";
import { setClockForTests } from "@/lib/time/clock";
import { loadActor } from "./session";

const f = fixtures("seat-term");

afterEach(() => setClockForTests(null));
afterAll(() => db.$disconnect());

describe("a Council member whose term has ended", () => {
  it("keeps the role but loses the Council's rights and its e-mails; during the term has both", async () => {
    const member = await f.councilMember(); // term 2001–2004
    setClockForTests(() => new Date("2003-03-01T10:00:00Z"));
    expect((await loadActor(member.id))?.council).toEqual({ isSecretary: false });
    expect((await councilFollowers()).map((m) => m.subscriber.id)).toContain(member.id);

    setClockForTests(() => new Date("2005-01-01T10:00:00Z"));
    const after = await loadActor(member.id);
    expect(after?.roles).toContain("COUNCIL_MEMBER");
    expect(after?.council).toBeNull();
    expect((await councilFollowers()).map((m) => m.subscriber.id)).not.toContain(member.id);
  });
});

describe("loadActor", () => {
  it("reads roles, clerk units (CWOP among them), active memberships by organisation name and the seat", async () => {
    const unit = await f.unit();
    const cwop = await db.ownerUnit.create({
      data: { id: `cwop-${f.run}`, slug: `cwop-${f.run}`, name: "CWOP", shortName: "CWOP", isCoordinator: true },
    });
    const zeta = await db.organization.update({
      where: { id: (await f.organization()).id },
      data: { name: `Zeta ${f.run}` },
    });
    const alfa = await db.organization.update({
      where: { id: (await f.organization(false)).id },
      data: { name: `Alfa ${f.run}` },
    });
    const left = await f.organization();
    // No e-mails for these: other suites wait until every reminder they cause is delivered.
    for (const org of [zeta, alfa, left]) {
      await db.notificationSubscription.create({ data: { organizationId: org.id, frequency: "NONE" } });
    }
    const user = await db.user.create({
      data: {
        email: `actor-${f.run}@example.org`,
        name: "Anna Nowak",
        roles: ["CLERK", "NGO_MEMBER", "COUNCIL_MEMBER"],
        locale: "en",
        clerkOf: { create: [{ unitId: unit.id }, { unitId: cwop.id }] },
        memberships: {
          create: [
            { organizationId: zeta.id },
            { organizationId: alfa.id, role: "MANAGER" },
            { organizationId: left.id, status: "LEFT" },
          ],
        },
        councilSeat: {
          create: {
            appointedBy: "NGO",
            isSecretary: true,
            termStart: new Date("2001-01-01T00:00:00Z"),
            termEnd: new Date("2004-12-31T00:00:00Z"),
          },
        },
      },
    });
    setClockForTests(() => new Date("2004-12-31T23:00:00Z")); // midnight in Warsaw: 1 January 2005, after the term
    expect((await loadActor(user.id))?.council).toBeNull();
    setClockForTests(() => new Date("2004-12-31T22:59:00Z")); // 23:59 on 31 December in Warsaw: its last day

    const actor = await loadActor(user.id);
    expect(actor).toEqual({
      id: user.id,
      name: "Anna Nowak",
      email: user.email,
      roles: ["CLERK", "NGO_MEMBER", "COUNCIL_MEMBER"],
      locale: "en",
      clerkUnitIds: expect.arrayContaining([unit.id, cwop.id]),
      isCoordinatorClerk: true,
      memberships: [
        { organizationId: alfa.id, organizationName: alfa.name, verified: false, manager: true },
        { organizationId: zeta.id, organizationName: zeta.name, verified: true, manager: false },
      ],
      council: { isSecretary: true },
    });
    expect(actor?.clerkUnitIds).toHaveLength(2);
  });

  it("gives a person with no units, memberships or seat empty lists, and an unknown id null", async () => {
    const user = await db.user.create({ data: { email: `plain-${f.run}@example.org` } });
    expect(await loadActor(user.id)).toEqual({
      id: user.id,
      name: null,
      email: user.email,
      roles: ["RESIDENT"],
      locale: "pl",
      clerkUnitIds: [],
      isCoordinatorClerk: false,
      memberships: [],
      council: null,
    });
    expect(await loadActor(`missing-${f.run}`)).toBeNull();
  });
});
