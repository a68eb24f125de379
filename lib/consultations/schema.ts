import { z } from "zod";
import { isValidIsoDate } from "@/lib/time/warsaw";

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

/** Cross-field rules: the end after the start, at least `minDays` long, a meeting with a date and place. */
export function withMinimumLength(minDays: number) {
  return consultationBaseSchema.superRefine((value, ctx) => {
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
  });
}

export type ConsultationInput = z.infer<typeof consultationBaseSchema>;

/** Days of the consultation, counting both the first and the last day. */
export function daysInclusive(startDate: string, endDate: string): number {
  const start = Date.parse(`${startDate}T00:00:00Z`);
  const end = Date.parse(`${endDate}T00:00:00Z`);
  return Math.round((end - start) / 86_400_000) + 1;
}
