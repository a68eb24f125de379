import type { MaybeActor } from "@/lib/auth/actor";
import { canManageConsultation } from "@/lib/consultations/policy";
import { effectiveStatus } from "@/lib/consultations/status";
import type { ConsultationStatus } from "@/lib/generated/prisma/enums";

type DraftConsultation = {
  ownerUnitId: string;
  status: ConsultationStatus;
  opensAt: Date;
  closesAt: Date;
};

/**
 * How saving the draft behaves:
 * - `replace`: the consultation is not published yet; its one unpublished version is replaced in place;
 * - `correction`: announced or running; a new, published version fixes an error and needs a public reason;
 * - `new_version`: closed; a new, published version (e.g. after the comments were considered).
 */
export type DraftSaveMode = "replace" | "correction" | "new_version";

export function draftSaveMode(consultation: DraftConsultation, now: Date): DraftSaveMode {
  const status = effectiveStatus(consultation, now);
  if (status === "DRAFT") return "replace";
  if (status === "SCHEDULED" || status === "OPEN") return "correction";
  return "new_version";
}

export function isReasonRequired(mode: DraftSaveMode): boolean {
  return mode === "correction";
}

/** The draft page: clerks of the owner unit, CWOP clerks and administrators. */
export function canEditDraft(actor: MaybeActor, consultation: DraftConsultation): boolean {
  return canManageConsultation(actor, consultation);
}

export function canUploadAttachment(actor: MaybeActor, consultation: DraftConsultation): boolean {
  return canManageConsultation(actor, consultation);
}

/** Attachments may be removed only before publication: once published, what was announced stays. */
export function canDeleteAttachment(actor: MaybeActor, consultation: DraftConsultation): boolean {
  return canManageConsultation(actor, consultation) && consultation.status === "DRAFT";
}

const PUBLIC_PURPOSES = new Set(["attachment", "council-opinion"]);

/**
 * A stored file: attachments, and the scan of the Council's opinion, are read with their
 * consultation; other files only by its managers.
 */
export function canDownloadFile(
  actor: MaybeActor,
  file: { purpose: string; consultation: { ownerUnitId: string; status: ConsultationStatus } | null },
): boolean {
  if (!file.consultation) return false;
  if (canManageConsultation(actor, file.consultation)) return true;
  return PUBLIC_PURPOSES.has(file.purpose) && file.consultation.status !== "DRAFT";
}
