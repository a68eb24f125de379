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

/** What deleting a person's account depends on, read from the database. */
export type AccountDeletionContext = {
  /** Other people who are administrators (the city must keep one). */
  otherAdmins: number;
  /** Organisations of which the person is the only active manager (they hand over first). */
  soleManagerOf: string[];
};

/**
 * People delete their own account (RODO art. 17), but not the last administrator, nor the only
 * manager of an organisation (its members would be left without anyone to admit or remove them).
 */
export function checkDeleteOwnAccount(actor: MaybeActor, context: AccountDeletionContext): RoleChangeCheck {
  if (!actor) return { ok: false, reason: "unauthenticated" };
  if (isAdmin(actor) && context.otherAdmins === 0) return { ok: false, reason: "conflict", code: "account.lastAdmin" };
  if (context.soleManagerOf.length > 0) return { ok: false, reason: "conflict", code: "account.soleManager" };
  return { ok: true };
}
