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

/**
 * Creating a consultation for an owner unit: its clerks, CWOP clerks and admins.
 * Without a unit: whether the person may create one for any unit (the "new" button).
 */
export function canCreateConsultation(actor: MaybeActor, ownerUnitId?: string): actor is Actor {
  if (!canOpenPanel(actor)) return false;
  if (ownerUnitId === undefined || canSeeAllConsultations(actor)) return true;
  return actor.clerkUnitIds.includes(ownerUnitId);
}

/**
 * How much of a consultation's basic data may change in its (clock-effective) status:
 * everything while it is a draft; after publication the title and contact, and the end
 * date only while it is open (an extension); nothing once the report is published.
 */
export type DetailsEditScope = "full" | "limited" | "none";

export function detailsEditScope(status: string): DetailsEditScope {
  if (status === "DRAFT") return "full";
  if (status === "SCHEDULED" || status === "OPEN" || status === "CLOSED") return "limited";
  return "none";
}

/** `consultation.status` must be the clock's status (`effectiveStatus`), not the stored one. */
export function canEditConsultationDetails(actor: MaybeActor, consultation: ConsultationRef): boolean {
  return canManageConsultation(actor, consultation) && detailsEditScope(consultation.status) !== "none";
}

/** The end date may move later only while comments are being accepted. */
export function canExtendConsultation(actor: MaybeActor, consultation: ConsultationRef): boolean {
  return canManageConsultation(actor, consultation) && consultation.status === "OPEN";
}

/** Publishing is for drafts; the draft text and the dates are checked by the mutation. */
export function canPublishConsultation(actor: MaybeActor, consultation: ConsultationRef): boolean {
  return canManageConsultation(actor, consultation) && consultation.status === "DRAFT";
}

/** Withdrawing a publication is possible only before the consultation opens. */
export function canUnpublishConsultation(actor: MaybeActor, consultation: ConsultationRef): boolean {
  return canManageConsultation(actor, consultation) && consultation.status === "SCHEDULED";
}
