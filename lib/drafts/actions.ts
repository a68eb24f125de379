"use server";

import { revalidatePath } from "next/cache";
import { type ActionResult, invalid } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { now } from "@/lib/time/clock";
import { deleteAttachment, saveDraftVersion } from "./mutations";
import { canDeleteAttachment, canEditDraft } from "./policy";
import { getConsultationRef as loadConsultation } from "./queries";
import { deleteAttachmentInputSchema, saveDraftInputSchema } from "./schema";

function revalidateConsultation(consultation: { id: string; slug: string }) {
  revalidatePath(`/panel/konsultacje/${consultation.id}/projekt`);
  revalidatePath(`/konsultacje/${consultation.slug}`, "layout");
}

/** Saves the draft text (pasted, from a DOCX or from the editor) as a version with its units. */
export async function saveDraftAction(input: unknown): Promise<ActionResult<{ number: number; replaced: boolean }>> {
  const parsed = saveDraftInputSchema.safeParse(input);
  if (!parsed.success) {
    const result = invalid(parsed.error);
    // A client that sends an editor document we do not accept gets one message for it.
    if (!result.ok && Object.keys(result.fieldErrors ?? {}).some((f) => f.startsWith("document"))) {
      return { ok: false, reason: "invalid", fieldErrors: { sourceText: "document" } };
    }
    return result;
  }
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, reason: "unauthenticated" };
  const consultation = await loadConsultation(parsed.data.consultationId);
  if (!consultation || !canEditDraft(actor, consultation)) return { ok: false, reason: "forbidden" };
  const result = await saveDraftVersion({ ...parsed.data, actorId: actor.id, now: now() });
  if (!result.ok) {
    if (result.reason === "no_units") return { ok: false, reason: "invalid", fieldErrors: { sourceText: "noUnits" } };
    if (result.reason === "reason_required") {
      return { ok: false, reason: "invalid", fieldErrors: { reason: "reasonRequired" } };
    }
    if (result.reason === "not_found") return { ok: false, reason: "forbidden" };
    return { ok: false, reason: "conflict" };
  }
  revalidateConsultation(consultation);
  return { ok: true, data: { number: result.number, replaced: result.mode === "replace" } };
}

/** Removes an attachment while the consultation is not published yet. */
export async function deleteAttachmentAction(input: unknown): Promise<ActionResult> {
  const parsed = deleteAttachmentInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, reason: "unauthenticated" };
  const consultation = await loadConsultation(parsed.data.consultationId);
  if (!consultation || !canDeleteAttachment(actor, consultation)) return { ok: false, reason: "forbidden" };
  const result = await deleteAttachment({ ...parsed.data, actorId: actor.id });
  if (!result.ok) return { ok: false, reason: result.reason === "locked" ? "forbidden" : "conflict" };
  revalidateConsultation(consultation);
  return { ok: true, data: undefined };
}
