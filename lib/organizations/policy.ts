import { type Actor, isAdmin, isClerk, type MaybeActor } from "@/lib/auth/actor";

/** An organisation as the policies see it, read from the database. */
export type OrganizationRef = { id: string; verification: "PENDING" | "VERIFIED" | "REJECTED" };

/** One person's membership row (any status), read from the database; null when there is none. */
export type MembershipRef = {
  userId: string;
  role: "MANAGER" | "MEMBER";
  status: "ACTIVE" | "REQUESTED" | "INVITED" | "LEFT";
} | null;

export type Decision =
  | { ok: true }
  | { ok: false; reason: "unauthenticated" | "forbidden" | "conflict"; code?: string };

const allow: Decision = { ok: true };
const deny = (actor: MaybeActor): Decision => ({ ok: false, reason: actor ? "forbidden" : "unauthenticated" });
const conflict = (code: string): Decision => ({ ok: false, reason: "conflict", code });

/** Anybody signed in may register an organisation; they become its first manager. */
export function canRegisterOrganization(actor: MaybeActor): actor is Actor {
  return actor !== null;
}

/** CWOP clerks and administrators verify organisations. */
export function canVerifyOrganizations(actor: MaybeActor): actor is Actor {
  return isAdmin(actor) || (isClerk(actor) && (actor?.isCoordinatorClerk ?? false));
}

/** An active manager of the organisation (from the actor's memberships), or an administrator. */
export function canManageOrganization(actor: MaybeActor, organizationId: string): actor is Actor {
  if (isAdmin(actor)) return true;
  return actor?.memberships.some((m) => m.organizationId === organizationId && m.manager) ?? false;
}

export function isActiveMember(actor: MaybeActor, organizationId: string): boolean {
  return actor?.memberships.some((m) => m.organizationId === organizationId) ?? false;
}

/**
 * The full record (contact details, members) is for the organisation's members, its
 * managers, verifiers and administrators; anybody sees the name and register of a verified one.
 */
export function canSeeOrganizationDetails(actor: MaybeActor, organizationId: string): boolean {
  return isActiveMember(actor, organizationId) || canVerifyOrganizations(actor);
}

export function canSeeOrganization(actor: MaybeActor, org: OrganizationRef, own: MembershipRef): boolean {
  if (org.verification === "VERIFIED") return true;
  if (canSeeOrganizationDetails(actor, org.id) || isAdmin(actor)) return true;
  // Invited people and those whose request is waiting see what they are joining.
  return actor !== null && own !== null && own.userId === actor.id && own.status !== "LEFT";
}

/**
 * Correcting the organisation's record: its active managers (a rejected organisation is corrected
 * and goes back to CWOP), CWOP's verifiers and administrators. What CWOP verified (name, legal
 * form, register) only those who verify change (`updateOrganization`).
 */
export function checkEditOrganization(actor: MaybeActor, org: OrganizationRef): Decision {
  return canManageOrganization(actor, org.id) || canVerifyOrganizations(actor) ? allow : deny(actor);
}

/** Whether the verified identity (name, legal form, register) is for CWOP to change, not this person. */
export function identityLockedFor(actor: MaybeActor, org: OrganizationRef): boolean {
  return org.verification === "VERIFIED" && !canVerifyOrganizations(actor);
}

/** Asking to join: a verified organisation the person is not (and is not about to be) part of. */
export function checkRequestToJoin(actor: MaybeActor, org: OrganizationRef, own: MembershipRef): Decision {
  if (!actor) return deny(actor);
  if (org.verification !== "VERIFIED") return deny(actor);
  if (own && own.status !== "LEFT") return conflict(`membership.${own.status.toLowerCase()}`);
  return allow;
}

/** Managers (and admins) decide on a waiting request to join. */
export function checkDecideJoinRequest(actor: MaybeActor, org: OrganizationRef, target: MembershipRef): Decision {
  if (!canManageOrganization(actor, org.id)) return deny(actor);
  if (target?.status !== "REQUESTED") return conflict("membership.notRequested");
  return allow;
}

/** Managers (and admins) invite people to a pending or verified organisation. */
export function checkInviteMember(actor: MaybeActor, org: OrganizationRef, target: MembershipRef): Decision {
  if (!canManageOrganization(actor, org.id)) return deny(actor);
  if (org.verification === "REJECTED") return deny(actor);
  if (target && (target.status === "ACTIVE" || target.status === "INVITED")) {
    return conflict(`membership.${target.status.toLowerCase()}`);
  }
  return allow;
}

/** Only the invited person accepts or declines their invitation. */
export function checkRespondToInvitation(actor: MaybeActor, own: MembershipRef): Decision {
  if (!actor || !own || own.userId !== actor.id) return deny(actor);
  if (own.status !== "INVITED") return conflict("membership.notInvited");
  return allow;
}

/** An active member leaves; the last manager first hands the organisation over. */
export function checkLeaveOrganization(actor: MaybeActor, own: MembershipRef, activeManagers: number): Decision {
  if (!actor || !own || own.userId !== actor.id || own.status !== "ACTIVE") return deny(actor);
  if (own.role === "MANAGER" && activeManagers <= 1) return conflict("membership.lastManager");
  return allow;
}

/** Managers change another active member's role; the last manager cannot be demoted. */
export function checkChangeMemberRole(
  actor: MaybeActor,
  org: OrganizationRef,
  target: MembershipRef,
  role: "MANAGER" | "MEMBER",
  activeManagers: number,
): Decision {
  if (!canManageOrganization(actor, org.id)) return deny(actor);
  if (target?.status !== "ACTIVE") return conflict("membership.notActive");
  if (target.role === "MANAGER" && role === "MEMBER" && activeManagers <= 1) return conflict("membership.lastManager");
  return allow;
}

/** Managers remove a member (or withdraw an invitation); they leave themselves, and never the last manager. */
export function checkRemoveMember(
  actor: MaybeActor,
  org: OrganizationRef,
  target: MembershipRef,
  activeManagers: number,
): Decision {
  if (!canManageOrganization(actor, org.id)) return deny(actor);
  if (!target || target.status === "LEFT") return conflict("membership.notActive");
  if (target.userId === actor.id) return conflict("membership.removeSelf");
  if (target.status === "ACTIVE" && target.role === "MANAGER" && activeManagers <= 1) {
    return conflict("membership.lastManager");
  }
  return allow;
}

/** Verifying or rejecting: CWOP clerks and admins, for an organisation that is still pending (or re-verifying a rejected one). */
export function checkVerifyOrganization(
  actor: MaybeActor,
  org: OrganizationRef,
  decision: "VERIFIED" | "REJECTED",
): Decision {
  if (!canVerifyOrganizations(actor)) return deny(actor);
  if (org.verification === decision)
    return conflict(`verification.already${decision === "VERIFIED" ? "Verified" : "Rejected"}`);
  return allow;
}
