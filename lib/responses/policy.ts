import { type Actor, hasRole, type MaybeActor } from "@/lib/auth/actor";
import { canManageConsultation } from "@/lib/consultations/policy";

/** `status` is the clock's status (`effectiveStatus`); REPORT_PUBLISHED is only ever stored. */
type ConsultationRef = { ownerUnitId: string; status: string };

/**
 * A clerk of the department that drafted the act. Only it answers the comments: neither a
 * clerk of another unit, nor CWOP (unless it is the owner unit), nor an administrator.
 */
export function isOwnerUnitClerk(actor: MaybeActor, consultation: { ownerUnitId: string }): actor is Actor {
  return hasRole(actor, "CLERK") && (actor?.clerkUnitIds.includes(consultation.ownerUnitId) ?? false);
}

/** Answers stay editable until the report is published: the report quotes them. */
function answersOpen(consultation: ConsultationRef): boolean {
  return consultation.status === "OPEN" || consultation.status === "CLOSED";
}

/** The inbox (every comment, hidden ones marked): whoever manages the consultation — its clerks, CWOP, admins. */
export function canViewInbox(actor: MaybeActor, consultation: ConsultationRef): actor is Actor {
  return canManageConsultation(actor, consultation) && consultation.status !== "DRAFT";
}

/** Answering a comment: clerks of the owner unit, from the first submission until the report is published. */
export function canAnswerComments(actor: MaybeActor, consultation: ConsultationRef): actor is Actor {
  return isOwnerUnitClerk(actor, consultation) && answersOpen(consultation);
}

/** One answer for a group (or several ticked comments): the same people as for one comment. */
export function canAnswerGroup(actor: MaybeActor, consultation: ConsultationRef): actor is Actor {
  return canAnswerComments(actor, consultation);
}

/** Sharing out the answering among the owner unit's clerks: those clerks, while answers may change. */
export function canAssignComments(actor: MaybeActor, consultation: ConsultationRef): actor is Actor {
  return isOwnerUnitClerk(actor, consultation) && answersOpen(consultation);
}

/** Who a comment may be assigned to: a clerk of the owner unit. */
export function isValidAssignee(
  assignee: { roles: readonly string[]; clerkUnitIds: readonly string[] },
  consultation: { ownerUnitId: string },
): boolean {
  return assignee.roles.includes("CLERK") && assignee.clerkUnitIds.includes(consultation.ownerUnitId);
}

/**
 * Typing in a comment that came by e-mail, post, in person or at a meeting: clerks of the owner
 * unit and of CWOP (which receives much of the paper), while the consultation runs and until
 * its report is published (letters posted on the last day arrive later).
 */
export function canEnterComment(actor: MaybeActor, consultation: ConsultationRef): actor is Actor {
  if (!actor || !answersOpen(consultation)) return false;
  const coordinator = hasRole(actor, "CLERK") && actor.isCoordinatorClerk;
  return coordinator || isOwnerUnitClerk(actor, consultation);
}

/** The Council's read-only view of every comment and answer: its members, once the consultation is published. */
export function canViewCouncilComments(actor: MaybeActor, consultation: ConsultationRef): actor is Actor {
  return actor?.council != null && consultation.status !== "DRAFT";
}
