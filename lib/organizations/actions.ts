"use server";

import { revalidatePath } from "next/cache";
import { recordId } from "@/lib/actions/ids";
import { type ActionResult, invalid } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { findUserIdByEmail } from "@/lib/users/queries";
import {
  changeMemberRole,
  type Duplicate,
  decideJoinRequest,
  decideVerification,
  inviteMember,
  leaveOrganization,
  type OrganizationUpdate,
  registerOrganization,
  removeMember,
  requestToJoin,
  respondToInvitation,
  updateOrganization,
} from "./mutations";
import { organizationPath, sendInvitation, sendVerificationOutcome } from "./notify";
import {
  canRegisterOrganization,
  canVerifyOrganizations,
  checkChangeMemberRole,
  checkDecideJoinRequest,
  checkEditOrganization,
  checkInviteMember,
  checkLeaveOrganization,
  checkRemoveMember,
  checkRequestToJoin,
  checkRespondToInvitation,
  checkVerifyOrganization,
  type Decision,
} from "./policy";
import { getMembershipContext } from "./queries";
import {
  inviteFormSchema,
  memberRefSchema,
  memberRoleSchema,
  membershipDecisionSchema,
  organizationRefSchema,
  organizationSchema,
  verificationDecisionSchema,
} from "./schema";

/** A refusal as the form shows it: conflicts carry a key of the `orgErrors` catalogue in `_form`. */
function refused(decision: Exclude<Decision, { ok: true }>): ActionResult<never> {
  return decision.code
    ? { ok: false, reason: decision.reason, fieldErrors: { _form: decision.code } }
    : { ok: false, reason: decision.reason };
}

function done<T>(
  result: { ok: true; data: T } | { ok: false; reason: "conflict"; code: string },
  paths: string[],
): ActionResult<T> {
  if (!result.ok) return { ok: false, reason: "conflict", fieldErrors: { _form: result.code } };
  for (const path of paths) revalidatePath(path);
  return result;
}

const notFound: ActionResult<never> = { ok: false, reason: "forbidden" };

export async function registerOrganizationAction(input: unknown): Promise<ActionResult<{ id: string }> | Duplicate> {
  const parsed = organizationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, reason: "unauthenticated" };
  if (!canRegisterOrganization(actor)) return { ok: false, reason: "forbidden" };
  const result = await registerOrganization(actor.id, parsed.data);
  if (!result.ok) return result.reason === "duplicate" ? result : done(result, []);
  revalidatePath("/organizacje");
  revalidatePath("/admin/organizacje");
  return result;
}

/** A manager corrects the organisation's record (and a rejected one goes back to CWOP). */
export async function updateOrganizationAction(
  rawOrganizationId: unknown,
  input: unknown,
): Promise<ActionResult<OrganizationUpdate> | Duplicate> {
  const ref = organizationRefSchema.safeParse({ organizationId: rawOrganizationId });
  if (!ref.success) return invalid(ref.error);
  const parsed = organizationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await getCurrentUser();
  const { organizationId } = ref.data;
  const context = await getMembershipContext(organizationId, null);
  if (!context.org) return notFound;
  const check = checkEditOrganization(actor, context.org);
  if (!check.ok || !actor) return refused(check.ok ? { ok: false, reason: "unauthenticated" } : check);
  const result = await updateOrganization(actor.id, organizationId, parsed.data, canVerifyOrganizations(actor));
  if (!result.ok) return result.reason === "duplicate" ? result : done(result, []);
  revalidatePath("/organizacje");
  revalidatePath("/admin/organizacje");
  revalidatePath(organizationPath(organizationId));
  return result;
}

export async function requestToJoinAction(input: unknown): Promise<ActionResult> {
  const parsed = organizationRefSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await getCurrentUser();
  const { organizationId } = parsed.data;
  const context = await getMembershipContext(organizationId, actor?.id ?? null);
  if (!context.org) return notFound;
  const check = checkRequestToJoin(actor, context.org, context.membership);
  if (!check.ok || !actor) return refused(check.ok ? { ok: false, reason: "unauthenticated" } : check);
  return done(await requestToJoin(actor.id, organizationId), ["/organizacje", organizationPath(organizationId)]);
}

export async function decideJoinRequestAction(input: unknown): Promise<ActionResult> {
  const parsed = membershipDecisionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await getCurrentUser();
  const { organizationId, userId, accept } = parsed.data;
  const context = await getMembershipContext(organizationId, userId);
  if (!context.org) return notFound;
  const check = checkDecideJoinRequest(actor, context.org, context.membership);
  if (!check.ok || !actor) return refused(check.ok ? { ok: false, reason: "unauthenticated" } : check);
  return done(await decideJoinRequest(actor.id, organizationId, userId, accept), [organizationPath(organizationId)]);
}

export async function inviteMemberAction(rawOrganizationId: unknown, input: unknown): Promise<ActionResult> {
  const parsedId = recordId.safeParse(rawOrganizationId);
  if (!parsedId.success) return notFound;
  const organizationId = parsedId.data;
  const parsed = inviteFormSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await getCurrentUser();
  const invited = await getMembershipContext(organizationId, null);
  if (!invited.org) return notFound;
  // The invited person's current membership, if they already have an account.
  const targetId = await findUserIdByEmail(parsed.data.email);
  const target = targetId ? (await getMembershipContext(organizationId, targetId)).membership : null;
  const check = checkInviteMember(actor, invited.org, target);
  if (!check.ok || !actor) {
    const failure = refused(check.ok ? { ok: false, reason: "unauthenticated" } : check);
    // A conflict belongs to the e-mail field: that person is already a member or invited.
    return !check.ok && check.code ? { ok: false, reason: "conflict", fieldErrors: { email: check.code } } : failure;
  }
  const result = await inviteMember(actor.id, organizationId, parsed.data.email, parsed.data.role);
  if (!result.ok) return { ok: false, reason: "conflict", fieldErrors: { email: result.code } };
  await sendInvitation(
    parsed.data.email,
    result.data.locale,
    organizationId,
    result.data.organizationName,
    actor.name ?? actor.email,
  );
  revalidatePath(organizationPath(organizationId));
  return { ok: true, data: undefined };
}

export async function respondToInvitationAction(input: unknown): Promise<ActionResult> {
  const parsed = membershipDecisionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await getCurrentUser();
  const { organizationId, userId, accept } = parsed.data;
  const context = await getMembershipContext(organizationId, userId);
  if (!context.org) return notFound;
  const check = checkRespondToInvitation(actor, context.membership);
  if (!check.ok || !actor) return refused(check.ok ? { ok: false, reason: "unauthenticated" } : check);
  return done(await respondToInvitation(actor.id, organizationId, accept), [
    "/organizacje",
    "/profil",
    organizationPath(organizationId),
  ]);
}

export async function leaveOrganizationAction(input: unknown): Promise<ActionResult> {
  const parsed = organizationRefSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await getCurrentUser();
  const { organizationId } = parsed.data;
  const context = await getMembershipContext(organizationId, actor?.id ?? null);
  if (!context.org) return notFound;
  const check = checkLeaveOrganization(actor, context.membership, context.activeManagers);
  if (!check.ok || !actor) return refused(check.ok ? { ok: false, reason: "unauthenticated" } : check);
  return done(await leaveOrganization(actor.id, organizationId), [
    "/organizacje",
    "/profil",
    organizationPath(organizationId),
  ]);
}

export async function changeMemberRoleAction(input: unknown): Promise<ActionResult> {
  const parsed = memberRoleSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await getCurrentUser();
  const { organizationId, userId, role } = parsed.data;
  const context = await getMembershipContext(organizationId, userId);
  if (!context.org) return notFound;
  const check = checkChangeMemberRole(actor, context.org, context.membership, role, context.activeManagers);
  if (!check.ok || !actor) return refused(check.ok ? { ok: false, reason: "unauthenticated" } : check);
  return done(await changeMemberRole(actor.id, organizationId, userId, role), [organizationPath(organizationId)]);
}

export async function removeMemberAction(input: unknown): Promise<ActionResult> {
  const parsed = memberRefSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await getCurrentUser();
  const { organizationId, userId } = parsed.data;
  const context = await getMembershipContext(organizationId, userId);
  if (!context.org) return notFound;
  const check = checkRemoveMember(actor, context.org, context.membership, context.activeManagers);
  if (!check.ok || !actor) return refused(check.ok ? { ok: false, reason: "unauthenticated" } : check);
  return done(await removeMember(actor.id, organizationId, userId), [organizationPath(organizationId)]);
}

export async function decideVerificationAction(input: unknown): Promise<ActionResult> {
  const parsed = verificationDecisionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await getCurrentUser();
  const { organizationId, decision } = parsed.data;
  const reason = parsed.data.decision === "REJECTED" ? parsed.data.reason : null;
  const context = await getMembershipContext(organizationId, null);
  if (!context.org) return notFound;
  const check = checkVerifyOrganization(actor, context.org, decision);
  if (!check.ok || !actor) return refused(check.ok ? { ok: false, reason: "unauthenticated" } : check);
  const result = await decideVerification(actor.id, organizationId, decision, reason, parsed.data.basedOn);
  if (!result.ok) return { ok: false, reason: "conflict", fieldErrors: { _form: result.code } };
  await sendVerificationOutcome(result.data.recipients, organizationId, result.data.name, decision, reason);
  revalidatePath("/admin/organizacje");
  revalidatePath("/organizacje");
  revalidatePath(organizationPath(organizationId));
  return { ok: true, data: undefined };
}
