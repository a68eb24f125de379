import { type Actor, isAdmin, type MaybeActor } from "@/lib/auth/actor";

/** The city's settings (periods, the Council, wording of the report) are set by administrators. */
export function canManageSettings(actor: MaybeActor): actor is Actor {
  return isAdmin(actor);
}
