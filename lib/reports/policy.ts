import { type Actor, isClerk, type MaybeActor } from "@/lib/auth/actor";
import type { ConsultationStatus } from "@/lib/generated/prisma/enums";

type ConsultationRef = { ownerUnitId: string; status: ConsultationStatus };

/**
 * Preparing (generating) and publishing the report: clerks of the owner unit, which
 * answers the comments, and CWOP clerks, who coordinate every consultation. Only
 * after the close (clock-effective status CLOSED) and until the report is published.
 */
export function canPrepareReport(actor: MaybeActor, consultation: ConsultationRef): actor is Actor {
  if (!isClerk(actor) || !actor) return false;
  if (consultation.status !== "CLOSED") return false;
  return actor.isCoordinatorClerk || actor.clerkUnitIds.includes(consultation.ownerUnitId);
}

/** Draft reports (not yet published) are seen by those who may prepare them, in any status. */
export function canSeeDraftReport(actor: MaybeActor, consultation: { ownerUnitId: string }): actor is Actor {
  if (!isClerk(actor) || !actor) return false;
  return actor.isCoordinatorClerk || actor.clerkUnitIds.includes(consultation.ownerUnitId);
}

/** The statistics page for the annual cooperation programme report: CWOP clerks and admins. */
export function canSeeStatistics(actor: MaybeActor): actor is Actor {
  if (!actor) return false;
  return actor.roles.includes("ADMIN") || (isClerk(actor) && actor.isCoordinatorClerk);
}
