import { isAdmin, type MaybeActor } from "@/lib/auth/actor";

/** Public pages such as "O Centrum" are edited by administrators. */
export function canEditSitePage(actor: MaybeActor): boolean {
  return isAdmin(actor);
}
