import { warsawDate as warsawCalendarDate } from "@/lib/time/warsaw";
import { presentConsultation } from "./present";
import type { PublicConsultation } from "./queries";
import type { ConsultationDetailOut } from "./schema";

const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

/** A consultation's detail: the summary and what its page shows about it (the clock's status). */
export function presentConsultationDetail(consultation: PublicConsultation): ConsultationDetailOut {
  const current = consultation.versions[0] ?? null;
  const meetingAt = consultation.forms.includes("MEETING") ? consultation.meetingAt : null;
  return {
    ...presentConsultation(consultation, consultation.status),
    subject: consultation.subject,
    purpose: consultation.purpose,
    legal_basis: consultation.legalBasis,
    forms: consultation.forms,
    who_may_comment: consultation.whoMayComment,
    justification_required: consultation.justificationRequired,
    contact: { name: consultation.contactName, email: consultation.contactEmail, phone: consultation.contactPhone },
    meeting: meetingAt
      ? { at: meetingAt.toISOString(), date: warsawCalendarDate(meetingAt), place: consultation.meetingPlace }
      : null,
    council_opinion_deadline: consultation.councilDeadline,
    extension_note: consultation.extensionNote,
    current_version: current
      ? {
          number: current.number,
          published_at: isoOrNull(current.publishedAt),
          reason: current.reason,
          unit_count: current.unitCount,
        }
      : null,
    version_count: consultation.versions.length,
  };
}
