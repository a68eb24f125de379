"use server";

import { revalidatePath } from "next/cache";
import { recordId } from "@/lib/actions/ids";
import { type ActionResult, invalid } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { deleteAccount, setUserRoles, updateProfile } from "./mutations";
import { canEditProfile, checkChangeRoles, checkDeleteOwnAccount } from "./policy";
import { accountDeletionContext, findUserById } from "./queries";
import { deleteAccountSchema, profileSchema, userRolesSchema } from "./schema";

export async function saveProfile(input: unknown): Promise<ActionResult> {
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, reason: "unauthenticated" };
  if (!canEditProfile(actor, actor.id)) return { ok: false, reason: "forbidden" };
  await updateProfile(actor.id, parsed.data);
  revalidatePath("/", "layout");
  return { ok: true, data: undefined };
}

export async function setUserRolesAction(rawUserId: unknown, input: unknown): Promise<ActionResult> {
  const id = recordId.safeParse(rawUserId);
  if (!id.success) return { ok: false, reason: "invalid" };
  const userId = id.data;
  const parsed = userRolesSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await getCurrentUser();
  const check = checkChangeRoles(actor, userId, parsed.data.roles);
  if (!check.ok || !actor) {
    if (!check.ok && check.code) return { ok: false, reason: check.reason, fieldErrors: { roles: check.code } };
    return { ok: false, reason: check.ok ? "unauthenticated" : check.reason };
  }
  if (!(await findUserById(userId))) return { ok: false, reason: "forbidden" };
  const result = await setUserRoles(actor.id, userId, parsed.data.roles);
  if (!result.ok) return { ok: false, reason: "conflict", fieldErrors: { roles: result.code } };
  revalidatePath("/admin/uzytkownicy");
  return { ok: true, data: undefined };
}

/**
 * Deletes the signed-in person's own account after they typed their e-mail address to confirm;
 * their sessions end with it. Refused for the last administrator and for an organisation's only
 * manager (with the reason as a key of the "profile.account" catalogue).
 */
export async function deleteOwnAccountAction(input: unknown): Promise<ActionResult> {
  const parsed = deleteAccountSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, reason: "unauthenticated" };
  if (parsed.data.confirmation !== actor.email.toLowerCase()) {
    return { ok: false, reason: "invalid", fieldErrors: { confirmation: "account.confirmationMismatch" } };
  }
  const context = await accountDeletionContext(actor.id);
  const check = checkDeleteOwnAccount(actor, context);
  if (!check.ok) {
    return check.code
      ? { ok: false, reason: check.reason, fieldErrors: { _form: check.code } }
      : { ok: false, reason: check.reason };
  }
  await deleteAccount(actor.id);
  revalidatePath("/", "layout");
  return { ok: true, data: undefined };
}
