// Deadlines follow the Europe/Warsaw calendar whatever the server's zone: the end
// date is inclusive until 23:59:59 local time, across the DST changes.
export const TIME_ZONE = "Europe/Warsaw";

const partsFormatter = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function warsawParts(instant: Date) {
  const parts = Object.fromEntries(partsFormatter.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Offset of Warsaw from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
export function warsawOffsetMs(instant: Date): number {
  const p = warsawParts(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** A calendar date as "YYYY-MM-DD" (validated). */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(value: IsoDate): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(value);
  if (!match) throw new RangeError(`Not a calendar date: ${value}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`Not a calendar date: ${value}`);
  }
  return { year, month, day };
}

export function isValidIsoDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

/** The instant at which a Warsaw calendar day starts (00:00 local). */
export function startOfWarsawDay(date: IsoDate): Date {
  const { year, month, day } = parseIsoDate(date);
  const naive = Date.UTC(year, month - 1, day);
  // Two passes settle the offset even on the days the clocks change (never at midnight in Poland).
  let instant = naive - warsawOffsetMs(new Date(naive));
  instant = naive - warsawOffsetMs(new Date(instant));
  return new Date(instant);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The consultation window: open from 00:00 of the first day until (excluding) 00:00 after the last. */
export function consultationWindow(startDate: IsoDate, endDate: IsoDate): { opensAt: Date; closesAt: Date } {
  return { opensAt: startOfWarsawDay(startDate), closesAt: startOfWarsawDay(addDays(endDate, 1)) };
}

/** The last moment comments are accepted, 23:59:59 local of the end date, for display. */
export function lastAcceptedSecond(closesAt: Date): Date {
  return new Date(closesAt.getTime() - 1000);
}

export function isWithinWindow(now: Date, window: { opensAt: Date; closesAt: Date }): boolean {
  return now.getTime() >= window.opensAt.getTime() && now.getTime() < window.closesAt.getTime();
}

/** The Warsaw calendar date of an instant. */
export function warsawDate(instant: Date): IsoDate {
  const p = warsawParts(instant);
  return `${String(p.year).padStart(4, "0")}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** Whole calendar days from one date to another (end − start). */
export function daysBetween(start: IsoDate, end: IsoDate): number {
  const a = parseIsoDate(start);
  const b = parseIsoDate(end);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}
