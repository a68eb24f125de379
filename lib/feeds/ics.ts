import ical, { type ICalDayJsStub, type ICalEventData } from "ical-generator";
import { addDays, type IsoDate, startOfWarsawDay, TIME_ZONE } from "@/lib/time/warsaw";

/*
 * The consultations' dates as iCalendar (RFC 5545), built with ical-generator: the last day of
 * each consultation and the Council's deadline as all-day events, open meetings at their time in
 * Europe/Warsaw (TZID with a VTIMEZONE). UIDs are derived from the consultation's id, so a
 * calendar that subscribed updates the same events when a date moves.
 */

/** Europe/Warsaw as a VTIMEZONE: CET/CEST with the EU rule (last Sunday of March and of October). */
export const WARSAW_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${TIME_ZONE}`,
  `X-LIC-LOCATION:${TIME_ZONE}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function partsIn(instant: Date, zone: string) {
  let formatter = FORMATTERS.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    FORMATTERS.set(zone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}${parts.month}${parts.day}`,
    time: `${parts.hour}${parts.minute}${parts.second}`,
  };
}

/**
 * An instant for ical-generator, written in the zone it asks for. Given a native Date and a
 * TZID, ical-generator writes the server's local time, which is UTC on most servers; its
 * Day.js interface (format/tz/utc) lets us write Warsaw's wall-clock time whatever the server's.
 */
export function zonedInstant(instant: Date, zone = "UTC"): ICalDayJsStub {
  return {
    format: (pattern?: string) => {
      const { date, time } = partsIn(instant, zone);
      if (pattern === "YYYYMMDD") return date;
      if (pattern === "HHmmss") return time;
      return instant.toISOString();
    },
    isValid: () => !Number.isNaN(instant.getTime()),
    toDate: () => instant,
    toJSON: () => instant.toISOString(),
    tz: (next?: string) => zonedInstant(instant, next ?? zone),
    utc: () => zonedInstant(instant, "UTC"),
  };
}

/** A calendar day (an all-day event's DATE value): the same day in every zone. */
export function calendarDay(date: IsoDate): ICalDayJsStub {
  const compact = date.replaceAll("-", "");
  const day: ICalDayJsStub = {
    format: (pattern?: string) => (pattern === "YYYYMMDD" ? compact : pattern === "HHmmss" ? "000000" : date),
    isValid: () => true,
    toDate: () => startOfWarsawDay(date),
    toJSON: () => date,
    tz: () => day,
    utc: () => day,
  };
  return day;
}

export type CalendarEvent =
  | { uid: string; kind: "day"; date: IsoDate; summary: string; description: string; url: string; stamp: Date }
  | {
      uid: string;
      kind: "time";
      start: Date;
      summary: string;
      description: string;
      location: string | null;
      url: string;
      stamp: Date;
    };

function eventData(event: CalendarEvent): ICalEventData {
  const common = {
    id: event.uid,
    summary: event.summary,
    description: event.description,
    url: event.url,
    stamp: event.stamp,
    lastModified: event.stamp,
  };
  if (event.kind === "day") {
    return { ...common, allDay: true, start: calendarDay(event.date), end: calendarDay(addDays(event.date, 1)) };
  }
  return {
    ...common,
    start: zonedInstant(event.start),
    timezone: TIME_ZONE,
    location: event.location,
  };
}

/** The calendar as text: `name` is shown by calendar applications as the subscription's title. */
export function buildCalendar(options: { name: string; description: string; url: string }, events: CalendarEvent[]) {
  const calendar = ical({
    name: options.name,
    description: options.description,
    url: options.url,
    prodId: { company: "Konsultacje", product: "kalendarz", language: "PL" },
    // No calendar-wide zone: DTSTAMP stays in UTC as RFC 5545 requires; timed events carry TZID.
    timezone: { name: null, generator: (zone) => (zone === TIME_ZONE ? WARSAW_VTIMEZONE : null) },
    x: [{ key: "X-WR-TIMEZONE", value: TIME_ZONE }],
  });
  for (const event of events) calendar.createEvent(eventData(event));
  return calendar.toString();
}
