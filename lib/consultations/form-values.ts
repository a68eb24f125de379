import type { ConsultationStatus } from "@/lib/generated/prisma/enums";
import {
  addDays,
  consultationWindow,
  type IsoDate,
  startOfWarsawDay,
  warsawDate,
  warsawOffsetMs,
} from "@/lib/time/warsaw";
import type { ConsultationFormInput } from "./schema";

/** "2026-12-03T17:00" read as Warsaw local time, as the instant it denotes (DST-aware). */
export function warsawLocalDateTime(value: string): Date {
  const [date, time] = value.split("T") as [string, string];
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  const start = startOfWarsawDay(date);
  const naive = Date.parse(`${date}T00:00:00Z`) + (hours * 60 + minutes) * 60_000;
  // Two passes settle the offset on the days the clocks change, as startOfWarsawDay does.
  let instant = naive - warsawOffsetMs(start);
  instant = naive - warsawOffsetMs(new Date(instant));
  return new Date(instant);
}

/** The instant as a `datetime-local` value in Warsaw time. */
export function toWarsawLocalDateTime(instant: Date): string {
  const time = new Date(instant.getTime() + warsawOffsetMs(instant)).toISOString().slice(11, 16);
  return `${warsawDate(instant)}T${time}`;
}

/** A calendar date column (@db.Date) from a Warsaw calendar date, and back. */
export function calendarDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function isoDateOf(column: Date): IsoDate {
  return column.toISOString().slice(0, 10);
}

/** The Council's default deadline: `days` after the day of publication. */
export function defaultCouncilDeadline(publicationDate: IsoDate, days: number): IsoDate {
  return addDays(publicationDate, days);
}

/** The columns a saved form sets; the window follows the Warsaw calendar (end date inclusive). */
export function consultationColumns(input: ConsultationFormInput) {
  const meeting = input.forms.includes("MEETING");
  return {
    title: input.title,
    subject: input.subject,
    purpose: input.purpose,
    legalBasis: input.legalBasis,
    actType: input.actType,
    ownerUnitId: input.ownerUnitId,
    contactName: input.contactName,
    contactEmail: input.contactEmail,
    contactPhone: input.contactPhone || null,
    forms: [...new Set(input.forms)],
    meetingAt: meeting && input.meetingAt ? warsawLocalDateTime(input.meetingAt) : null,
    meetingPlace: meeting && input.meetingPlace ? input.meetingPlace : null,
    whoMayComment: input.whoMayComment,
    justificationRequired: input.justificationRequired,
    receiptCode: input.receiptCode,
    startDate: calendarDate(input.startDate),
    endDate: calendarDate(input.endDate),
    ...consultationWindow(input.startDate, input.endDate),
    councilOpinionDeadline: input.councilOpinionDeadline ? startOfWarsawDay(input.councilOpinionDeadline) : null,
  };
}

/** Consultations made before the form asked for the legal basis have none. */
type StoredConsultation = Omit<ReturnType<typeof consultationColumns>, "legalBasis"> & { legalBasis: string | null };

/** A stored consultation as the form shows it. */
export function consultationFormValues(row: StoredConsultation): ConsultationFormInput {
  return {
    title: row.title,
    subject: row.subject,
    purpose: row.purpose,
    legalBasis: row.legalBasis ?? "",
    actType: row.actType,
    ownerUnitId: row.ownerUnitId,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone ?? "",
    forms: row.forms,
    meetingAt: row.meetingAt ? toWarsawLocalDateTime(row.meetingAt) : "",
    meetingPlace: row.meetingPlace ?? "",
    whoMayComment: row.whoMayComment,
    justificationRequired: row.justificationRequired,
    receiptCode: row.receiptCode,
    startDate: isoDateOf(row.startDate),
    endDate: isoDateOf(row.endDate),
    councilOpinionDeadline: row.councilOpinionDeadline ? warsawDate(row.councilOpinionDeadline) : "",
  };
}

/** What publishing now would make of the consultation: scheduled, open, or refused because it already ended. */
export function statusOnPublication(
  window: { opensAt: Date; closesAt: Date },
  now: Date,
): Extract<ConsultationStatus, "SCHEDULED" | "OPEN"> | "ENDED" {
  if (now.getTime() >= window.closesAt.getTime()) return "ENDED";
  return now.getTime() >= window.opensAt.getTime() ? "OPEN" : "SCHEDULED";
}
