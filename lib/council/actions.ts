"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { type ActionResult, invalid } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { hideComment } from "@/lib/comments/mutations";
import { effectiveStatus } from "@/lib/consultations/status";
import { getSettings } from "@/lib/settings/queries";
import { now } from "@/lib/time/clock";
import { getCommentConsultationRef } from "./comment-queries";
import { saveCouncilOpinion } from "./mutations";
import { canEditCouncilOpinion, canModerateComments, canRecordCouncilOpinion } from "./policy";
import { getConsultationTiming } from "./queries";
import { councilOpinionSchema, hideCommentFormSchema } from "./schema";

const idSchema = z.string().min(1).max(64);

/** Records or changes the Council's opinion on a consultation (the Council's secretary). */
export async function saveCouncilOpinionAction(
  consultationId: unknown,
  input: unknown,
): Promise<ActionResult<{ consultationId: string; created: boolean }>> {
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, reason: "unauthenticated" };
  if (!canRecordCouncilOpinion(actor)) return { ok: false, reason: "forbidden" };
  const id = idSchema.safeParse(consultationId);
  const consultation = id.success ? await getConsultationTiming(id.data) : null;
  if (!consultation) return { ok: false, reason: "forbidden" };
  const at = now();
  if (!canEditCouncilOpinion(actor, { status: effectiveStatus(consultation, at) })) {
    return { ok: false, reason: "conflict", fieldErrors: { _form: "councilOpinion.errors.locked" } };
  }
  const settings = await getSettings();
  const parsed = councilOpinionSchema(settings.councilSize).safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await saveCouncilOpinion(actor.id, consultation.id, parsed.data, at, settings.councilOpinionDays);
  if (!result.ok) {
    if (result.reason === "invalid")
      return { ok: false, reason: "invalid", fieldErrors: { [result.field]: result.error } };
    if (result.reason === "locked") {
      return { ok: false, reason: "conflict", fieldErrors: { _form: "councilOpinion.errors.locked" } };
    }
    return { ok: false, reason: "forbidden" };
  }
  revalidatePath("/rada");
  revalidatePath(`/rada/opinie/${consultation.id}`);
  revalidatePath(`/konsultacje/${consultation.slug}`);
  return { ok: true, data: { consultationId: consultation.id, created: result.created } };
}

/** Hides an abusive comment with a public reason (clerks who manage the consultation, admins). */
export async function hideCommentAction(commentId: unknown, input: unknown): Promise<ActionResult> {
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, reason: "unauthenticated" };
  const id = idSchema.safeParse(commentId);
  const comment = id.success ? await getCommentConsultationRef(id.data) : null;
  // An unknown comment is answered like a forbidden one, so that ids cannot be probed.
  if (!comment || !canModerateComments(actor, comment.consultation)) return { ok: false, reason: "forbidden" };
  const parsed = hideCommentFormSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await hideComment(actor, comment.id, parsed.data.reason, now());
  if (!result.ok) {
    if (result.reason === "reason_required") {
      return { ok: false, reason: "invalid", fieldErrors: { reason: "commentModeration.errors.reasonRequired" } };
    }
    if (result.reason === "already_hidden") {
      return { ok: false, reason: "conflict", fieldErrors: { _form: "commentModeration.errors.alreadyHidden" } };
    }
    return { ok: false, reason: "forbidden" };
  }
  revalidatePath(`/panel/konsultacje/${comment.consultation.id}/uwagi`);
  revalidatePath(`/konsultacje/${comment.consultation.slug}`);
  revalidatePath("/moje-uwagi");
  return { ok: true, data: undefined };
}
