import type { Actor, MaybeActor } from "@/lib/auth/actor";
import { canManageConsultation } from "@/lib/consultations/policy";

type ConsultationRef = { ownerUnitId: string; status: string };

/** The Council's page (/rada): members of the Council. */
export function canSeeCouncilPanel(actor: MaybeActor): actor is Actor {
  return actor?.council != null;
}

/** Recording the Council's formal opinion: a Council member with the secretary right. */
export function canRecordCouncilOpinion(actor: MaybeActor): actor is Actor {
  return actor?.council?.isSecretary === true;
}

/**
 * Recording or changing the opinion on one consultation (`status` is the clock's status):
 * once it is published, and until its report is published — the report quotes the opinion.
 */
export function canEditCouncilOpinion(actor: MaybeActor, consultation: { status: string }): actor is Actor {
  return (
    canRecordCouncilOpinion(actor) && consultation.status !== "DRAFT" && consultation.status !== "REPORT_PUBLISHED"
  );
}

/** "Moje uwagi": anybody signed in (their own comments and their organisations'). */
export function canSeeMyComments(actor: MaybeActor): actor is Actor {
  return actor !== null;
}

/**
 * The clerk's list of a consultation's comments, with hiding: clerks who manage the
 * consultation (its owner unit, CWOP) and administrators. Hiding itself is checked again
 * by `hideComment` in lib/comments.
 */
export function canModerateComments(actor: MaybeActor, consultation: ConsultationRef): actor is Actor {
  return canManageConsultation(actor, consultation);
}
