import { type Actor, isAdmin, isClerk, type MaybeActor } from "@/lib/auth/actor";
import type { RoleValue } from "./schema";

/** People edit their own profile only. */
export function canEditProfile(actor: MaybeActor, userId: string): boolean {
  return actor !== null && actor.id === userId;
}

/** The administration area: administrators; CWOP clerks reach only organisation verification there. */
export function canOpenAdmin(actor: MaybeActor): actor is Actor {
  return isAdmin(actor) || (isClerk(actor) && (actor?.isCoordinatorClerk ?? false));
}

/** Users, roles, units and the Council are for administrators only. */
export function canManageUsers(actor: MaybeActor): actor is Actor {
  return isAdmin(actor);
}

export type RoleChangeCheck =
  | { ok: true }
  | { ok: false; reason: "unauthenticated" | "forbidden" | "conflict"; code?: string };

/** Administrators change roles; nobody removes their own ADMIN role (the city must keep an administrator). */
export function checkChangeRoles(
  actor: MaybeActor,
  targetUserId: string,
  roles: readonly RoleValue[],
): RoleChangeCheck {
  if (!actor) return { ok: false, reason: "unauthenticated" };
  if (!isAdmin(actor)) return { ok: false, reason: "forbidden" };
  if (actor.id === targetUserId && !roles.includes("ADMIN")) {
    return { ok: false, reason: "conflict", code: "roles.ownAdmin" };
  }
  return { ok: true };
}
