import type { Actor, MaybeActor } from "@/lib/auth/actor";
import { canManageConsultation } from "@/lib/consultations/policy";
import type { OnBehalf } from "./schema";

type ConsultationRef = { whoMayComment: "ORGANIZATIONS" | "ORGANIZATIONS_AND_RESIDENTS" };

export type BehalfCheck =
  | { ok: true }
  | { ok: false; reason: "unauthenticated" | "not_member" | "unverified" | "residents_not_allowed" | "not_council" };

/**
 * Who may comment on whose behalf: members of a verified organisation for it, the Council's
 * secretary as the Council, and anybody signed in as an individual where residents may comment.
 * The Council speaks as a body (domain.md: by consensus or majority, with a quorum): a single
 * member does not write in its name; the secretary records what the Council decided, as for
 * its formal opinion. Other members comment for their organisations or as residents.
 */
export function checkCommentOnBehalf(
  actor: MaybeActor,
  consultation: ConsultationRef,
  onBehalf: OnBehalf,
): BehalfCheck {
  if (!actor) return { ok: false, reason: "unauthenticated" };
  switch (onBehalf.kind) {
    case "organization": {
      const membership = actor.memberships.find((m) => m.organizationId === onBehalf.organizationId);
      if (!membership) return { ok: false, reason: "not_member" };
      return membership.verified ? { ok: true } : { ok: false, reason: "unverified" };
    }
    case "council":
      return actor.council?.isSecretary ? { ok: true } : { ok: false, reason: "not_council" };
    case "individual":
      return consultation.whoMayComment === "ORGANIZATIONS_AND_RESIDENTS"
        ? { ok: true }
        : { ok: false, reason: "residents_not_allowed" };
  }
}

type CommentRef = {
  authorId: string;
  organizationId: string | null;
  asCouncil: boolean;
  /** Set when a clerk typed in a letter: the record of what arrived, which nobody edits. */
  enteredById: string | null;
};

/**
 * Until the deadline a comment is edited or withdrawn by whoever still speaks for the one it was
 * made for: an organisation's comment by its active members (the author too, but only while a
 * member: who left speaks for it no more), the Council's by its author while seated, a resident's
 * by its author. A letter a clerk typed in is nobody's: it stays as it arrived.
 */
export function canModifyComment(actor: MaybeActor, comment: CommentRef): boolean {
  if (!actor || comment.enteredById) return false;
  if (comment.organizationId) {
    return actor.memberships.some((m) => m.organizationId === comment.organizationId && m.verified);
  }
  if (actor.id !== comment.authorId) return false;
  return !comment.asCouncil || actor.council !== null;
}

type ManagedConsultationRef = { ownerUnitId: string; status: string };

/**
 * Hiding an abusive comment: a clerk who manages the consultation (its owner unit's
 * clerks, CWOP clerks) or an administrator. The reason is shown in place of the text.
 */
export function canHideComment(actor: MaybeActor, consultation: ManagedConsultationRef): actor is Actor {
  return canManageConsultation(actor, consultation);
}

export type BehalfChoice =
  | { kind: "organization"; organizationId: string; name: string }
  | { kind: "council" }
  | { kind: "individual" };

/**
 * The "on behalf of" choices a person has on a consultation (each passes
 * `checkCommentOnBehalf`), and the organisations that cannot be chosen yet because
 * they are not verified.
 */
export function behalfChoices(
  actor: MaybeActor,
  consultation: ConsultationRef,
): { choices: BehalfChoice[]; unverified: string[] } {
  if (!actor) return { choices: [], unverified: [] };
  const choices: BehalfChoice[] = actor.memberships
    .filter((m) => m.verified)
    .map((m) => ({ kind: "organization", organizationId: m.organizationId, name: m.organizationName }));
  if (checkCommentOnBehalf(actor, consultation, { kind: "council" }).ok) choices.push({ kind: "council" });
  if (consultation.whoMayComment === "ORGANIZATIONS_AND_RESIDENTS") choices.push({ kind: "individual" });
  return { choices, unverified: actor.memberships.filter((m) => !m.verified).map((m) => m.organizationName) };
}
