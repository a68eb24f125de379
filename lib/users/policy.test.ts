import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { canManageUsers, canOpenAdmin, checkChangeRoles } from "./policy";

const base: Actor = {
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

describe("administration", () => {
  it("opens for administrators and CWOP clerks; users and roles are for administrators only", () => {
    const cwop: Actor = { ...base, roles: ["CLERK"], clerkUnitIds: ["cwop"], isCoordinatorClerk: true };
    const dss: Actor = { ...base, roles: ["CLERK"], clerkUnitIds: ["dss"] };
    expect(canOpenAdmin(base)).toBe(true);
    expect(canOpenAdmin(cwop)).toBe(true);
    expect(canOpenAdmin(dss)).toBe(false);
    expect(canOpenAdmin(null)).toBe(false);
    expect(canManageUsers(cwop)).toBe(false);
    expect(canManageUsers(base)).toBe(true);
  });

  it("an administrator cannot remove their own ADMIN role but may change anyone else's", () => {
    expect(checkChangeRoles(base, "a", ["RESIDENT"])).toMatchObject({ ok: false, code: "roles.ownAdmin" });
    expect(checkChangeRoles(base, "a", ["ADMIN", "CLERK"])).toEqual({ ok: true });
    expect(checkChangeRoles(base, "b", ["RESIDENT"])).toEqual({ ok: true });
    expect(checkChangeRoles({ ...base, roles: ["CLERK"] }, "b", ["ADMIN"])).toMatchObject({ reason: "forbidden" });
    expect(checkChangeRoles(null, "b", ["ADMIN"])).toMatchObject({ reason: "unauthenticated" });
  });
});
