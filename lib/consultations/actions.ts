"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { type ActionResult, invalid } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { enqueueAnnouncement } from "@/lib/notifications/jobs";
import { getSettings } from "@/lib/settings/queries";
import { now } from "@/lib/time/clock";
import { isoDateOf } from "./form-values";
import {
  createConsultation,
  type MutationResult,
  publishConsultation,
  unpublishConsultation,
  updateDraftConsultation,
  updatePublishedConsultation,
} from "./mutations";
import {
  canCreateConsultation,
  canEditConsultationDetails,
  canExtendConsultation,
  canPublishConsultation,
  canUnpublishConsultation,
  detailsEditScope,
} from "./policy";
import { getConsultationForPanel } from "./queries";
import { consultationFormSchema, publishedConsultationSchema } from "./schema";

const idSchema = z.string().min(1).max(64);

function failed(result: Exclude<MutationResult<unknown>, { ok: true }>): ActionResult<never> {
  return { ok: false, reason: result.reason, fieldErrors: { [result.field ?? "_form"]: result.error } };
}

function revalidateConsultation(id: string, slug?: string) {
  revalidatePath("/panel");
  revalidatePath(`/panel/konsultacje/${id}`);
  if (slug) {
    revalidatePath("/");
    revalidatePath(`/konsultacje/${slug}`);
  }
}

/** The signed-in person and the consultation as stored, with the clock's status. */
async function actorAndConsultation(id: unknown) {
  const parsedId = idSchema.safeParse(id);
  const actor = await getCurrentUser();
  if (!actor) return { found: false, refused: { ok: false, reason: "unauthenticated" } } as const;
  const consultation = parsedId.success ? await getConsultationForPanel(parsedId.data, now()) : null;
  // An unknown id is answered like a forbidden one, so that ids cannot be probed.
  if (!consultation) return { found: false, refused: { ok: false, reason: "forbidden" } } as const;
  return { found: true, actor, consultation } as const;
}

export async function createConsultationAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const settings = await getSettings();
  const parsed = consultationFormSchema(settings.minConsultationDays).safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, reason: "unauthenticated" };
  if (!canCreateConsultation(actor, parsed.data.ownerUnitId)) {
    return { ok: false, reason: "forbidden", fieldErrors: { ownerUnitId: "consultation.ownerUnit.notYours" } };
  }
  const result = await createConsultation(actor.id, parsed.data);
  if (!result.ok) return failed(result);
  revalidateConsultation(result.data.id);
  return { ok: true, data: { id: result.data.id } };
}

export async function saveDraftConsultationAction(id: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  const settings = await getSettings();
  const parsed = consultationFormSchema(settings.minConsultationDays).safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const loaded = await actorAndConsultation(id);
  if (!loaded.found) return loaded.refused;
  const { actor, consultation } = loaded;
  if (!canEditConsultationDetails(actor, consultation)) return { ok: false, reason: "forbidden" };
  if (detailsEditScope(consultation.status) !== "full") {
    return { ok: false, reason: "conflict", fieldErrors: { _form: "consultation.edit.published" } };
  }
  if (!canCreateConsultation(actor, parsed.data.ownerUnitId)) {
    return { ok: false, reason: "forbidden", fieldErrors: { ownerUnitId: "consultation.ownerUnit.notYours" } };
  }
  const result = await updateDraftConsultation(actor.id, consultation.id, parsed.data, now());
  if (!result.ok) return failed(result);
  revalidateConsultation(consultation.id);
  return { ok: true, data: { id: consultation.id } };
}

export async function savePublishedConsultationAction(
  id: unknown,
  input: unknown,
): Promise<ActionResult<{ id: string }>> {
  const loaded = await actorAndConsultation(id);
  if (!loaded.found) return loaded.refused;
  const { actor, consultation } = loaded;
  if (!canEditConsultationDetails(actor, consultation)) return { ok: false, reason: "forbidden" };
  if (detailsEditScope(consultation.status) !== "limited") {
    return { ok: false, reason: "conflict", fieldErrors: { _form: "consultation.edit.notAllowed" } };
  }
  const schema = publishedConsultationSchema({
    endDate: isoDateOf(consultation.endDate),
    mayExtend: canExtendConsultation(actor, consultation),
  });
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await updatePublishedConsultation(actor.id, consultation.id, parsed.data, now());
  if (!result.ok) return failed(result);
  revalidateConsultation(consultation.id, consultation.slug);
  return { ok: true, data: { id: consultation.id } };
}

export async function publishConsultationAction(id: unknown): Promise<ActionResult<{ status: "SCHEDULED" | "OPEN" }>> {
  const loaded = await actorAndConsultation(id);
  if (!loaded.found) return loaded.refused;
  const { actor, consultation } = loaded;
  if (!canPublishConsultation(actor, consultation)) return { ok: false, reason: "forbidden" };
  const result = await publishConsultation(actor.id, consultation.id, now(), await getSettings());
  if (!result.ok) return failed(result);
  // Organisations, subscribers and the Council are e-mailed by a job (lib/notifications/announce.ts).
  await enqueueAnnouncement(consultation.id);
  revalidateConsultation(consultation.id, result.data.slug);
  return { ok: true, data: { status: result.data.status } };
}

export async function unpublishConsultationAction(id: unknown): Promise<ActionResult> {
  const loaded = await actorAndConsultation(id);
  if (!loaded.found) return loaded.refused;
  const { actor, consultation } = loaded;
  if (!canUnpublishConsultation(actor, consultation)) return { ok: false, reason: "forbidden" };
  const result = await unpublishConsultation(actor.id, consultation.id, now(), await getSettings());
  if (!result.ok) return failed(result);
  revalidateConsultation(consultation.id, result.data.slug);
  return { ok: true, data: undefined };
}
