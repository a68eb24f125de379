import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import {
  canManageOrganization,
  canSeeOrganization,
  canVerifyOrganizations,
  checkChangeMemberRole,
  checkDecideJoinRequest,
  checkInviteMember,
  checkLeaveOrganization,
  checkRemoveMember,
  checkRequestToJoin,
  checkRespondToInvitation,
  checkVerifyOrganization,
  type MembershipRef,
  type OrganizationRef,
} from "./policy";

function actor(overrides: Partial<Actor> = {}): Actor {
  return {
    id: "u1",
    name: null,
    email: "u1@example.org",
    roles: ["RESIDENT"],
    locale: "pl",
    clerkUnitIds: [],
    isCoordinatorClerk: false,
    memberships: [],
    council: null,
    ...overrides,
  };
}

const verified: OrganizationRef = { id: "org", verification: "VERIFIED" };
const pending: OrganizationRef = { id: "org", verification: "PENDING" };
const manager = actor({
  id: "m",
  roles: ["NGO_MEMBER"],
  memberships: [{ organizationId: "org", organizationName: "Org", verified: true, manager: true }],
});
const member = actor({
  id: "x",
  roles: ["NGO_MEMBER"],
  memberships: [{ organizationId: "org", organizationName: "Org", verified: true, manager: false }],
});
const admin = actor({ id: "a", roles: ["ADMIN"] });
const cwop = actor({ id: "c", roles: ["CLERK"], clerkUnitIds: ["cwop"], isCoordinatorClerk: true });
const clerk = actor({ id: "d", roles: ["CLERK"], clerkUnitIds: ["dss"] });
const row = (userId: string, status: NonNullable<MembershipRef>["status"], role: "MANAGER" | "MEMBER" = "MEMBER") => ({
  userId,
  status,
  role,
});

describe("who verifies organisations", () => {
  it("is CWOP clerks and administrators, not other clerks or members", () => {
    expect(canVerifyOrganizations(cwop)).toBe(true);
    expect(canVerifyOrganizations(admin)).toBe(true);
    expect(canVerifyOrganizations(clerk)).toBe(false);
    expect(canVerifyOrganizations(manager)).toBe(false);
    expect(canVerifyOrganizations(null)).toBe(false);
  });

  it("a CWOP flag without the CLERK role is not enough", () => {
    expect(canVerifyOrganizations(actor({ clerkUnitIds: ["cwop"], isCoordinatorClerk: true }))).toBe(false);
  });

  it("refuses to verify twice but allows re-verifying a rejected organisation", () => {
    expect(checkVerifyOrganization(cwop, verified, "VERIFIED")).toMatchObject({ ok: false, reason: "conflict" });
    expect(checkVerifyOrganization(cwop, { id: "org", verification: "REJECTED" }, "VERIFIED")).toEqual({ ok: true });
    expect(checkVerifyOrganization(null, pending, "VERIFIED")).toMatchObject({ reason: "unauthenticated" });
  });
});

describe("managing an organisation", () => {
  it("is for its active managers and administrators", () => {
    expect(canManageOrganization(manager, "org")).toBe(true);
    expect(canManageOrganization(admin, "org")).toBe(true);
    expect(canManageOrganization(member, "org")).toBe(false);
    expect(canManageOrganization(manager, "other")).toBe(false);
  });

  it("invites to pending and verified organisations, not rejected ones, nor people already in", () => {
    expect(checkInviteMember(manager, pending, null)).toEqual({ ok: true });
    expect(checkInviteMember(manager, { id: "org", verification: "REJECTED" }, null).ok).toBe(false);
    expect(checkInviteMember(manager, verified, row("y", "ACTIVE"))).toMatchObject({ code: "membership.active" });
    expect(checkInviteMember(manager, verified, row("y", "LEFT"))).toEqual({ ok: true });
    expect(checkInviteMember(member, verified, null)).toMatchObject({ reason: "forbidden" });
  });

  it("decides only on waiting requests", () => {
    expect(checkDecideJoinRequest(manager, verified, row("y", "REQUESTED"))).toEqual({ ok: true });
    expect(checkDecideJoinRequest(manager, verified, row("y", "ACTIVE"))).toMatchObject({ reason: "conflict" });
    expect(checkDecideJoinRequest(member, verified, row("y", "REQUESTED"))).toMatchObject({ reason: "forbidden" });
  });

  it("never demotes or removes the last manager", () => {
    expect(checkChangeMemberRole(admin, verified, row("m", "ACTIVE", "MANAGER"), "MEMBER", 1)).toMatchObject({
      code: "membership.lastManager",
    });
    expect(checkChangeMemberRole(manager, verified, row("y", "ACTIVE", "MANAGER"), "MEMBER", 2)).toEqual({ ok: true });
    expect(checkRemoveMember(admin, verified, row("m", "ACTIVE", "MANAGER"), 1)).toMatchObject({
      code: "membership.lastManager",
    });
    expect(checkRemoveMember(manager, verified, row("x", "ACTIVE"), 1)).toEqual({ ok: true });
  });

  it("sends a manager who wants to remove themselves to 'leave'", () => {
    expect(checkRemoveMember(manager, verified, row("m", "ACTIVE", "MANAGER"), 2)).toMatchObject({
      code: "membership.removeSelf",
    });
  });
});

describe("a person's own membership", () => {
  it("asks to join verified organisations only, once", () => {
    expect(checkRequestToJoin(actor(), verified, null)).toEqual({ ok: true });
    expect(checkRequestToJoin(actor(), pending, null).ok).toBe(false);
    expect(checkRequestToJoin(actor(), verified, row("u1", "REQUESTED"))).toMatchObject({
      code: "membership.requested",
    });
    expect(checkRequestToJoin(actor(), verified, row("u1", "LEFT"))).toEqual({ ok: true });
    expect(checkRequestToJoin(null, verified, null)).toMatchObject({ reason: "unauthenticated" });
  });

  it("answers only their own invitation", () => {
    expect(checkRespondToInvitation(actor(), row("u1", "INVITED"))).toEqual({ ok: true });
    expect(checkRespondToInvitation(admin, row("u1", "INVITED"))).toMatchObject({ reason: "forbidden" });
    expect(checkRespondToInvitation(actor(), row("u1", "ACTIVE"))).toMatchObject({ reason: "conflict" });
  });

  it("leaves unless they are the last manager", () => {
    expect(checkLeaveOrganization(member, row("x", "ACTIVE"), 1)).toEqual({ ok: true });
    expect(checkLeaveOrganization(manager, row("m", "ACTIVE", "MANAGER"), 1)).toMatchObject({
      code: "membership.lastManager",
    });
    expect(checkLeaveOrganization(manager, row("m", "ACTIVE", "MANAGER"), 2)).toEqual({ ok: true });
    expect(checkLeaveOrganization(member, row("x", "INVITED"), 1).ok).toBe(false);
  });
});

describe("seeing an organisation", () => {
  it("shows verified ones to everybody and pending ones to members, invitees and verifiers", () => {
    expect(canSeeOrganization(null, verified, null)).toBe(true);
    expect(canSeeOrganization(null, pending, null)).toBe(false);
    expect(canSeeOrganization(actor(), pending, null)).toBe(false);
    expect(canSeeOrganization(actor(), pending, row("u1", "INVITED"))).toBe(true);
    expect(canSeeOrganization(actor(), pending, row("u1", "LEFT"))).toBe(false);
    expect(canSeeOrganization(member, pending, row("x", "ACTIVE"))).toBe(true);
    expect(canSeeOrganization(cwop, pending, null)).toBe(true);
  });
});
