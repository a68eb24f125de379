import { z } from "zod";
import { addDays, isValidIsoDate } from "@/lib/time/warsaw";

export const actTypes = ["UCHWALA", "ZARZADZENIE", "PROGRAM_WSPOLPRACY", "STRATEGIA", "INNY"] as const;
export const consultationForms = ["ONLINE", "WRITTEN", "MEETING"] as const;
export const commenterScopes = ["ORGANIZATIONS", "ORGANIZATIONS_AND_RESIDENTS"] as const;
export const consultationStatuses = ["DRAFT", "SCHEDULED", "OPEN", "CLOSED", "REPORT_PUBLISHED"] as const;

const isoDate = z.string().refine(isValidIsoDate, { error: "consultation.date.invalid" });

/**
 * A consultation as the clerk fills it in. Dates are Warsaw calendar dates
 * ("YYYY-MM-DD"); the end date is inclusive until 23:59:59 local time.
 * The minimum length is a city setting, checked with `withMinimumLength`.
 */
export const consultationBaseSchema = z.object({
  title: z
    .string()
    .trim()
    .min(5, { error: "consultation.title.tooShort" })
    .max(300, { error: "consultation.title.tooLong" }),
  subject: z.string().trim().min(10, { error: "consultation.subject.required" }).max(5000),
  purpose: z.string().trim().min(10, { error: "consultation.purpose.required" }).max(5000),
  /** The legal basis of the consultation, stated in the report (domain.md, procedure 7). */
  legalBasis: z
    .string()
    .trim()
    .min(5, { error: "consultation.legalBasis.required" })
    .max(1000, { error: "consultation.legalBasis.tooLong" }),
  actType: z.enum(actTypes, { error: "consultation.actType.required" }),
  ownerUnitId: z.string().min(1, { error: "consultation.ownerUnit.required" }),
  contactName: z.string().trim().min(3, { error: "consultation.contactName.required" }).max(120),
  contactEmail: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "email.invalid" })),
  contactPhone: z.string().trim().max(40).optional(),
  forms: z.array(z.enum(consultationForms)).min(1, { error: "consultation.forms.required" }),
  meetingAt: z.string().optional(),
  meetingPlace: z.string().trim().max(300).optional(),
  whoMayComment: z.enum(commenterScopes),
  justificationRequired: z.boolean(),
  startDate: isoDate,
  endDate: isoDate,
  receiptCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{1,8}$/, { error: "consultation.receiptCode.invalid" }),
});

type CrossFieldValues = Pick<ConsultationInput, "startDate" | "endDate" | "forms" | "meetingAt" | "meetingPlace">;

/** Cross-field rules: the end after the start, at least `minDays` long, a meeting with a date and place. */
export function withMinimumLength(minDays: number) {
  return consultationBaseSchema.superRefine(consultationRules(minDays));
}

/** The cross-field rules on their own, so that variants of the base schema (`.extend()`) apply the same ones. */
export function consultationRules(minDays: number) {
  return (value: CrossFieldValues, ctx: z.RefinementCtx) => {
    if (value.endDate < value.startDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "consultation.endDate.beforeStart" });
    } else if (daysInclusive(value.startDate, value.endDate) < minDays) {
      ctx.addIssue({
        code: "custom",
        path: ["endDate"],
        message: "consultation.endDate.tooShort",
        params: { minDays },
      });
    }
    if (value.forms.includes("MEETING")) {
      if (!value.meetingAt)
        ctx.addIssue({ code: "custom", path: ["meetingAt"], message: "consultation.meetingAt.required" });
      if (!value.meetingPlace)
        ctx.addIssue({ code: "custom", path: ["meetingPlace"], message: "consultation.meetingPlace.required" });
    }
  };
}

export type ConsultationInput = z.infer<typeof consultationBaseSchema>;

/** Days of the consultation, counting both the first and the last day. */
export function daysInclusive(startDate: string, endDate: string): number {
  const start = Date.parse(`${startDate}T00:00:00Z`);
  const end = Date.parse(`${endDate}T00:00:00Z`);
  return Math.round((end - start) / 86_400_000) + 1;
}

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d$/;

/** A date and time as a `datetime-local` input gives it ("2026-12-03T17:00"), read as Warsaw time. */
export function isValidLocalDateTime(value: string): boolean {
  const match = LOCAL_DATE_TIME.exec(value);
  return match !== null && isValidIsoDate(match[1] as string);
}

/**
 * The clerk's form: the base schema plus the Council's opinion deadline (empty: the
 * default from the settings, counted from publication) and the meeting's date and time.
 */
export function consultationFormSchema(minDays: number) {
  return consultationBaseSchema
    .extend({
      meetingAt: z
        .string()
        .trim()
        .refine((v) => v === "" || isValidLocalDateTime(v), { error: "consultation.meetingAt.invalid" })
        .optional(),
      councilOpinionDeadline: z
        .string()
        .trim()
        .refine((v) => v === "" || isValidIsoDate(v), { error: "consultation.councilDeadline.invalid" })
        .optional(),
    })
    .superRefine(consultationRules(minDays))
    .superRefine((value, ctx) => {
      const issue = councilDeadlineIssue(value);
      if (issue) ctx.addIssue({ code: "custom", path: ["councilOpinionDeadline"], message: issue });
    });
}

/** Act types for which the Council has 14 days by statute (domain.md: the programme and strategies). */
const STATUTORY_COUNCIL_DAYS: Partial<Record<(typeof actTypes)[number], number>> = {
  PROGRAM_WSPOLPRACY: 14,
  STRATEGIA: 14,
};

/**
 * A deadline for the Council's opinion that the clerk chose is not before the consultation starts
 * (the Council would be counted as having waived its right before it got the draft), and for the
 * programme and strategies not sooner than the statutory 14 days from then. Empty: the default.
 */
export function councilDeadlineIssue(value: {
  actType: (typeof actTypes)[number];
  startDate: string;
  councilOpinionDeadline?: string | undefined;
}): string | null {
  const deadline = value.councilOpinionDeadline;
  if (!deadline || !isValidIsoDate(deadline) || !isValidIsoDate(value.startDate)) return null;
  const statutory = STATUTORY_COUNCIL_DAYS[value.actType];
  if (statutory !== undefined && deadline < addDays(value.startDate, statutory)) {
    return "consultation.councilDeadline.statutory";
  }
  return deadline < value.startDate ? "consultation.councilDeadline.beforeStart" : null;
}

export type ConsultationFormInput = z.infer<ReturnType<typeof consultationFormSchema>>;

/**
 * What stays editable once a consultation is published: typos in the title, the
 * legal basis and the contact, and — only while it is open — a later end date. `current` comes from the
 * database on the server and from the page on the client, so both check the same rules.
 */
export function publishedConsultationSchema(current: { endDate: string; mayExtend: boolean }) {
  return consultationBaseSchema
    .pick({ title: true, contactName: true, contactEmail: true, contactPhone: true })
    .extend({
      /** Left out: unchanged. The report states it, so it may still be completed or corrected. */
      legalBasis: consultationBaseSchema.shape.legalBasis.optional(),
      endDate: isoDate,
      /** Why the end date moved: shown publicly with the new date. */
      extensionNote: z.string().trim().max(1_000, { error: "consultation.extensionNote.tooLong" }).optional(),
    })
    .superRefine((value, ctx) => {
      if (value.endDate === current.endDate) return;
      if (!current.mayExtend) {
        ctx.addIssue({ code: "custom", path: ["endDate"], message: "consultation.endDate.locked" });
      } else if (value.endDate < current.endDate) {
        ctx.addIssue({ code: "custom", path: ["endDate"], message: "consultation.endDate.notEarlier" });
      } else if (!value.extensionNote) {
        ctx.addIssue({ code: "custom", path: ["extensionNote"], message: "consultation.extensionNote.required" });
      }
    });
}

export type PublishedConsultationInput = z.infer<ReturnType<typeof publishedConsultationSchema>>;
