import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { canManageCouncil, canManageUnits } from "./policy";
import { withRole } from "./roles";
import { councilSeatSchema, unitSchema, unitSlug } from "./schema";

const admin: Actor = {
  id: "a",
  name: null,
  email: "a@example.org",
  roles: ["ADMIN"],
  locale: "pl",
  clerkUnitIds: [],
  isCoordinatorClerk: false,
  memberships: [],
  council: null,
};

describe("units and the Council", () => {
  it("are managed by administrators only, not even by CWOP clerks", () => {
    const cwop: Actor = { ...admin, roles: ["CLERK"], clerkUnitIds: ["cwop"], isCoordinatorClerk: true };
    expect(canManageUnits(admin)).toBe(true);
    expect(canManageCouncil(admin)).toBe(true);
    expect(canManageUnits(cwop)).toBe(false);
    expect(canManageCouncil(cwop)).toBe(false);
    expect(canManageUnits(null)).toBe(false);
  });

  it("keeps CLERK and COUNCIL_MEMBER with the records that give them", () => {
    expect(withRole(["RESIDENT"], "CLERK", true)).toEqual(["RESIDENT", "CLERK"]);
    expect(withRole(["CLERK"], "CLERK", false)).toEqual(["RESIDENT"]);
    expect(withRole(["COUNCIL_MEMBER", "NGO_MEMBER"], "COUNCIL_MEMBER", false)).toEqual(["NGO_MEMBER"]);
  });

  it("makes a unit's address from its short name without Polish letters", () => {
    expect(unitSlug("Dział Łączności")).toBe("dzial-lacznosci");
    expect(unitSlug("DSS")).toBe("dss");
  });

  it("validates a unit and a Council term", () => {
    expect(unitSchema.safeParse({ name: "Dz", shortName: "", isCoordinator: false, email: "" }).success).toBe(false);
    expect(
      unitSchema.parse({ name: "Departament Kultury", shortName: "DK", isCoordinator: false, email: "" }),
    ).toMatchObject({
      shortName: "DK",
    });
    const seat = {
      email: "rada@example.org",
      appointedBy: "MAYOR",
      isCoChair: false,
      isSecretary: false,
      termStart: "2027-01-01",
      termEnd: "2026-12-31",
    };
    expect(councilSeatSchema.safeParse(seat).error?.issues[0]).toMatchObject({
      path: ["termEnd"],
      message: "council.termEnd.beforeStart",
    });
    expect(councilSeatSchema.safeParse({ ...seat, termEnd: "2029-12-31" }).success).toBe(true);
  });
});
