import { type Actor, isAdmin, type MaybeActor } from "@/lib/auth/actor";

/** Owner units, their clerks and the Council's seats are set up by administrators. */
export function canManageUnits(actor: MaybeActor): actor is Actor {
  return isAdmin(actor);
}

export function canManageCouncil(actor: MaybeActor): actor is Actor {
  return isAdmin(actor);
}
