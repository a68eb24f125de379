import { addDays, type IsoDate, parseIsoDate, startOfWarsawDay, warsawDate, warsawOffsetMs } from "@/lib/time/warsaw";

/** Reminders go out in the morning, Warsaw time, not at midnight. */
export const REMINDER_HOUR = 8;
/** Organisations that have not commented are reminded this many days before the last day. */
export const CONSULTATION_REMINDER_DAYS = [3, 1] as const;
/** Council members are reminded this many days before the last day of the Council's deadline. */
export const COUNCIL_REMINDER_DAYS = 3;

/** The instant of `hour`:00 Warsaw time on a calendar date (right across the DST changes). */
export function warsawTimeOn(date: IsoDate, hour: number): Date {
  const { year, month, day } = parseIsoDate(date);
  const naive = Date.UTC(year, month - 1, day, hour);
  let instant = naive - warsawOffsetMs(new Date(naive));
  instant = naive - warsawOffsetMs(new Date(instant));
  return new Date(instant);
}

/** When the reminder `days` before a last day is due: 08:00 Warsaw, `days` calendar days earlier. */
export function reminderDueAt(lastDay: IsoDate, days: number): Date {
  return warsawTimeOn(addDays(lastDay, -days), REMINDER_HOUR);
}

/**
 * Which consultation reminder is due now for a window ending on `lastDay`
 * (inclusive; it closes at `closesAt`): the latest stage whose time has come, or null
 * before the first one and once the consultation has closed. A stage missed while the
 * jobs were down is skipped when a later one is due, so nobody gets two at once.
 */
export function consultationReminderStage(
  lastDay: IsoDate,
  closesAt: Date,
  now: Date,
  stages: readonly number[] = CONSULTATION_REMINDER_DAYS,
): number | null {
  if (now.getTime() >= closesAt.getTime()) return null;
  const due = [...stages].sort((a, b) => a - b).find((days) => now >= reminderDueAt(lastDay, days));
  return due ?? null;
}

/** Whether the Council's reminder is due: from 08:00 three days before its last day until the deadline lapses. */
export function councilReminderDue(lastDay: IsoDate, now: Date, days: number = COUNCIL_REMINDER_DAYS): boolean {
  const lapsesAt = startOfWarsawDay(addDays(lastDay, 1));
  return now >= reminderDueAt(lastDay, days) && now < lapsesAt;
}

/**
 * The week a Monday digest covers: the seven Warsaw days before the Monday on or before
 * `now` — [from, to) as instants, and `from` as the digest's key.
 */
export function digestWeek(now: Date): { key: IsoDate; from: Date; to: Date } {
  const today = warsawDate(now);
  const { year, month, day } = parseIsoDate(today);
  const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = addDays(today, -weekday);
  const start = addDays(monday, -7);
  return { key: start, from: startOfWarsawDay(start), to: startOfWarsawDay(monday) };
}
