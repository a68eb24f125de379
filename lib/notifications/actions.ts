"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionResult, invalid } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { now } from "@/lib/time/clock";
import { PREFERENCES_PATH, UNSUBSCRIBE_PAGE_PATH } from "./links";
import { saveSubscription, unsubscribe } from "./mutations";
import { subscriberFromToken } from "./one-click";
import { checkEditPreferences } from "./policy";
import { preferencesSchema, preferencesTargetSchema, unsubscribeTokenSchema } from "./schema";

/** Saves the signed-in person's own subscription, or that of an organisation they manage. */
export async function savePreferencesAction(rawTarget: unknown, input: unknown): Promise<ActionResult> {
  const target = preferencesTargetSchema.safeParse(rawTarget);
  if (!target.success) return { ok: false, reason: "invalid", fieldErrors: { _form: "generic" } };
  const parsed = preferencesSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await getCurrentUser();
  const decision = checkEditPreferences(actor, target.data);
  if (!decision.ok || !actor) {
    const reason = decision.ok ? "unauthenticated" : decision.reason;
    return { ok: false, reason, fieldErrors: { _form: reason } };
  }
  if (target.data.kind === "organization") {
    const org = await db.organization.findUnique({ where: { id: target.data.organizationId }, select: { id: true } });
    if (!org) return { ok: false, reason: "forbidden", fieldErrors: { _form: "notFound" } };
  }
  const owner =
    target.data.kind === "organization" ? { organizationId: target.data.organizationId } : { userId: actor.id };
  const result = await saveSubscription(actor.id, owner, parsed.data);
  if (!result.ok) return { ok: false, reason: "invalid", fieldErrors: { [result.field]: result.error } };
  revalidatePath(PREFERENCES_PATH);
  return { ok: true, data: undefined };
}

/**
 * The button of the unsubscribe page (a plain form, so it works without JavaScript): the
 * signed token from the e-mail is the authority, no login needed. Back to the page, which
 * then says the address is unsubscribed (or that the link is invalid).
 */
export async function unsubscribeAction(formData: FormData): Promise<void> {
  const raw = unsubscribeTokenSchema.safeParse(formData.get("token"));
  const token = raw.success ? raw.data : "";
  const subscriber = subscriberFromToken(token);
  if (subscriber) await unsubscribe(subscriber, now(), "page");
  redirect(`${UNSUBSCRIBE_PAGE_PATH}?token=${encodeURIComponent(token)}`);
}
