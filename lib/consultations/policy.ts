import { type Actor, isAdmin, isClerk, type MaybeActor } from "@/lib/auth/actor";

type ConsultationRef = { ownerUnitId: string; status: string };

/** The clerk panel: clerks of an owner unit and administrators. */
export function canOpenPanel(actor: MaybeActor): actor is Actor {
  return isAdmin(actor) || isClerk(actor);
}

/** CWOP clerks and admins see every consultation in the panel; other clerks those of their units. */
export function canSeeAllConsultations(actor: MaybeActor): boolean {
  return isAdmin(actor) || (isClerk(actor) && (actor?.isCoordinatorClerk ?? false));
}

export function canManageConsultation(actor: MaybeActor, consultation: ConsultationRef): boolean {
  if (!canOpenPanel(actor)) return false;
  return canSeeAllConsultations(actor) || actor.clerkUnitIds.includes(consultation.ownerUnitId);
}

/** Everybody reads published consultations; drafts only those who manage them. */
export function canReadConsultation(actor: MaybeActor, consultation: ConsultationRef): boolean {
  return consultation.status !== "DRAFT" || canManageConsultation(actor, consultation);
}
