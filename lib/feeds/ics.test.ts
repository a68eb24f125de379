import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { buildCalendar, type CalendarEvent } from "./ics";

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

const stamp = new Date("2033-06-02T10:00:00Z");
const options = { name: "Konsultacje", description: "Terminy", url: "http://localhost:3000/kalendarz.ics" };

function meeting(start: Date): CalendarEvent {
  return {
    uid: "m@localhost",
    kind: "time",
    start,
    summary: "Spotkanie",
    description: "",
    location: null,
    url: "http://localhost:3000/",
    stamp,
  };
}

function parsed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("buildCalendar", () => {
  // Node applies a changed TZ at once: the output must not depend on the server's zone.
  for (const zone of ["UTC", "America/New_York", "Asia/Tokyo"]) {
    it(`writes a meeting in Warsaw wall-clock time with TZID, summer and winter, on a server in ${zone}`, () => {
      process.env.TZ = zone;
      const summer = new Date("2033-07-08T16:30:00Z");
      const winter = new Date("2033-12-08T16:30:00Z");
      const text = buildCalendar(options, [meeting(summer), { ...meeting(winter), uid: "w@localhost" }]);
      expect(text).toContain("DTSTART;TZID=Europe/Warsaw:20330708T183000");
      expect(text).toContain("DTSTART;TZID=Europe/Warsaw:20331208T173000");
      expect(text).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Warsaw");
      const [first, second] = parsed(text);
      expect(first?.startDate.toJSDate().toISOString()).toBe(summer.toISOString());
      expect(second?.startDate.toJSDate().toISOString()).toBe(winter.toISOString());
    });
  }

  it("writes an all-day event as a DATE from its day to the next, and DTSTAMP in UTC", () => {
    process.env.TZ = "Asia/Tokyo";
    const text = buildCalendar(options, [
      {
        uid: "d@localhost",
        kind: "day",
        date: "2033-12-31",
        summary: "Koniec",
        description: "",
        url: "http://localhost:3000/",
        stamp,
      },
    ]);
    expect(text).toContain("DTSTART;VALUE=DATE:20331231");
    expect(text).toContain("DTEND;VALUE=DATE:20340101");
    expect(text).toContain("DTSTAMP:20330602T100000Z");
    const [event] = parsed(text);
    expect(event?.startDate.isDate).toBe(true);
    expect(event?.startDate.toString()).toBe("2033-12-31");
  });

  it("escapes commas, semicolons and line breaks in texts", () => {
    const text = buildCalendar(options, [{ ...meeting(stamp), summary: "A, B; C\nD" }]);
    expect(parsed(text)[0]?.summary).toBe("A, B; C\nD");
  });
});
