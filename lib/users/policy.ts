import type { MaybeActor } from "@/lib/auth/actor";

/** People edit their own profile only. */
export function canEditProfile(actor: MaybeActor, userId: string): boolean {
  return actor !== null && actor.id === userId;
}
