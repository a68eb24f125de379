import { type Actor, isAdmin, type MaybeActor } from "@/lib/auth/actor";

/** Failed jobs and e-mails (with addresses and errors) are for administrators. */
export function canSeeJobFailures(actor: MaybeActor): actor is Actor {
  return isAdmin(actor);
}
