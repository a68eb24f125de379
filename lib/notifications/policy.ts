import type { Actor, MaybeActor } from "@/lib/auth/actor";
import { canManageOrganization } from "@/lib/organizations/policy";
import type { PreferencesTarget } from "./schema";

export type PreferencesDecision = { ok: true } | { ok: false; reason: "unauthenticated" | "forbidden" };

/** The preferences page: anybody signed in (their own subscription, and their organisations'). */
export function canOpenPreferences(actor: MaybeActor): actor is Actor {
  return actor !== null;
}

/**
 * Who changes which subscription: a person only their own; an organisation's (sent to its
 * contact address) its active managers and administrators — not its ordinary members.
 */
export function checkEditPreferences(actor: MaybeActor, target: PreferencesTarget): PreferencesDecision {
  if (!actor) return { ok: false, reason: "unauthenticated" };
  if (target.kind === "user") return { ok: true };
  return canManageOrganization(actor, target.organizationId) ? { ok: true } : { ok: false, reason: "forbidden" };
}
