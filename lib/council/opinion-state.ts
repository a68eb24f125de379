import { settingDefaults } from "@/lib/settings/defaults";
import { addDays, type IsoDate, startOfWarsawDay, warsawDate } from "@/lib/time/warsaw";

export type CouncilOpinionState = "pending" | "given" | "waived";

type ConsultationTiming = {
  /** 00:00 Europe/Warsaw of the last day on which the Council may adopt its opinion. */
  councilOpinionDeadline: Date | null;
  publishedAt: Date | null;
};

/**
 * The last day (Warsaw calendar) on which the Council may adopt its opinion: the stored
 * deadline, or `days` after the day of publication when none was stored. Null while the
 * consultation is not published (the Council has nothing to give an opinion on yet).
 */
export function councilDeadlineDate(consultation: ConsultationTiming, days: number): IsoDate | null {
  if (consultation.councilOpinionDeadline) return warsawDate(consultation.councilOpinionDeadline);
  if (consultation.publishedAt) return addDays(warsawDate(consultation.publishedAt), days);
  return null;
}

/** The first instant at which the deadline has passed: 00:00 Warsaw of the day after the last day. */
export function councilDeadlineLapsesAt(consultation: ConsultationTiming, days: number): Date | null {
  const last = councilDeadlineDate(consultation, days);
  return last ? startOfWarsawDay(addDays(last, 1)) : null;
}

/**
 * Whether the Council's opinion is still awaited, was given, or was waived. The statute
 * reads a missing opinion after the deadline as a waiver; this is computed on read with the
 * server clock so that a late job never shows anything the clock already ruled out. The
 * deadline day is inclusive until 23:59:59 Europe/Warsaw.
 */
export function councilOpinionState(
  consultation: ConsultationTiming,
  opinion: { kind: string } | null,
  now: Date,
  days: number = settingDefaults.councilOpinionDays,
): CouncilOpinionState {
  if (opinion) return opinion.kind === "WAIVED" ? "waived" : "given";
  const lapsesAt = councilDeadlineLapsesAt(consultation, days);
  if (lapsesAt && now.getTime() >= lapsesAt.getTime()) return "waived";
  return "pending";
}
