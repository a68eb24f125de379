import { parseFeed } from "@rowanmanning/feed-parser";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createOpenDataWorld, NOW, type OpenDataWorld } from "@/lib/opendata/int-fixtures";
import { setClockForTests } from "@/lib/time/clock";
import { atomFeedGet, calendarGet, consultationCalendarGet } from "./routes";

let world: OpenDataWorld;

beforeAll(async () => {
  setClockForTests(() => NOW);
  world = await createOpenDataWorld("feeds");
});

afterAll(async () => {
  setClockForTests(null);
  await db.$disconnect();
});

const host = new URL(env.NEXTAUTH_URL).hostname;
const tag = (consultationId: string, what: string) => `tag:${host},2026:konsultacje/${consultationId}/${what}`;

async function atom() {
  const response = await atomFeedGet();
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe("application/atom+xml; charset=utf-8");
  return parseFeed(await response.text());
}

/** The feed's entries about this run's consultations, in the feed's order. */
function mine(feed: ReturnType<typeof parseFeed>) {
  return feed.items.filter((item) => item.id?.includes(world.run));
}

describe("the Atom feed", () => {
  it("has announcements, the consultation closing within 3 days and the published report, newest first", async () => {
    const feed = await atom();
    expect(feed.title).toBe("Konsultacje — Miasto Białystok");
    expect(feed.items.length).toBeLessThanOrEqual(50);
    const { open, published, scheduled, lapsed } = world.consultations;
    expect(mine(feed).map((item) => [item.id, item.updated?.toISOString()])).toEqual([
      // 00:00 Warsaw of 10 March, the third day from the end (12 March).
      [tag(open.id, "koniec-wkrotce"), "2033-03-09T23:00:00.000Z"],
      [tag(scheduled.id, "ogloszenie"), "2033-03-05T09:00:00.000Z"],
      [tag(open.id, "ogloszenie"), "2033-02-27T09:00:00.000Z"],
      [tag(published.id, `sprawozdanie/${world.reportId}`), "2033-02-15T09:00:00.000Z"],
      [tag(lapsed.id, "ogloszenie"), "2033-01-30T09:00:00.000Z"],
      [tag(published.id, "ogloszenie"), "2033-01-08T09:00:00.000Z"],
    ]);
    const dates = feed.items.map((item) => item.updated?.getTime() ?? 0);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const closing = mine(feed)[0];
    expect(closing?.title).toBe(`Wkrótce koniec konsultacji: Konsultacje open ${world.run}`);
    expect(closing?.url).toBe(`${env.NEXTAUTH_URL}/konsultacje/${open.slug}`);
    expect(closing?.description).toContain("12 marca 2033 r.");
    const report = mine(feed)[3];
    expect(report?.title).toBe(`Sprawozdanie z konsultacji: Konsultacje published ${world.run}`);
    expect(report?.url).toBe(`${env.NEXTAUTH_URL}/konsultacje/${published.slug}/sprawozdanie`);
  });

  it("never has a draft, and keeps the same ids from one request to the next", async () => {
    const first = await atom();
    expect(first.items.some((item) => item.id?.includes(world.consultations.draft.id))).toBe(false);
    const second = await atom();
    expect(mine(second).map((item) => item.id)).toEqual(mine(first).map((item) => item.id));
  });

  it("has no closing-soon entry before the last three days begin", async () => {
    setClockForTests(() => new Date("2033-03-09T22:59:59Z"));
    try {
      const feed = await atom();
      expect(mine(feed).map((item) => item.id)).not.toContain(tag(world.consultations.open.id, "koniec-wkrotce"));
      expect(mine(feed).map((item) => item.id)).toContain(tag(world.consultations.open.id, "ogloszenie"));
    } finally {
      setClockForTests(() => NOW);
    }
  });
});

type ParsedEvent = { uid: string; summary: string; start: ICAL.Time; end: ICAL.Time | null; location: string | null };

function parseCalendar(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate,
      end: component.hasProperty("dtend") ? event.endDate : null,
      location: event.location ?? null,
    };
  });
}

async function calendarText(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
  return response.text();
}

describe("the calendars", () => {
  it("has every published consultation's last day, open meeting and Council deadline in Europe/Warsaw", async () => {
    const events = parseCalendar(await calendarText(await calendarGet()));
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const { open, published, draft } = world.consultations;
    const end = byUid.get(`konsultacje-${open.id}-koniec@${host}`);
    expect(end?.summary).toBe(`Koniec konsultacji: Konsultacje open ${world.run}`);
    expect(end?.start.isDate).toBe(true);
    expect(end?.start.toString()).toBe("2033-03-12");
    expect(end?.end?.toString()).toBe("2033-03-13");
    const meeting = byUid.get(`konsultacje-${open.id}-spotkanie@${host}`);
    expect(meeting?.start.isDate).toBe(false);
    expect(meeting?.start.zone?.tzid).toBe("Europe/Warsaw");
    expect(meeting?.start.toString()).toBe("2033-03-08T17:30:00");
    expect(meeting?.start.toJSDate().toISOString()).toBe("2033-03-08T16:30:00.000Z");
    expect(meeting?.location).toBe("Sala 101, ul. Słonimska 1");
    expect(byUid.get(`konsultacje-${open.id}-opinia-rady@${host}`)?.start.toString()).toBe("2033-03-13");
    // No deadline stored: 14 days (the default) from the day of publication.
    expect(byUid.get(`konsultacje-${published.id}-opinia-rady@${host}`)?.start.toString()).toBe("2033-01-22");
    expect(byUid.get(`konsultacje-${published.id}-koniec@${host}`)?.start.toString()).toBe("2033-01-20");
    expect(byUid.has(`konsultacje-${published.id}-spotkanie@${host}`)).toBe(false);
    expect(events.some((e) => e.uid.includes(draft.id))).toBe(false);
  });

  it("has one consultation's events at /konsultacje/<slug>/kalendarz.ics, and none for a draft", async () => {
    const { open, draft } = world.consultations;
    const call = (slug: string) =>
      consultationCalendarGet(new Request(`http://localhost/konsultacje/${slug}/kalendarz.ics`), {
        params: Promise.resolve({ slug }),
      });
    const events = parseCalendar(await calendarText(await call(open.slug)));
    expect(events.map((e) => e.uid).sort()).toEqual(
      [
        `konsultacje-${open.id}-koniec@${host}`,
        `konsultacje-${open.id}-opinia-rady@${host}`,
        `konsultacje-${open.id}-spotkanie@${host}`,
      ].sort(),
    );
    expect((await call(draft.slug)).status).toBe(404);
    expect((await call(`brak-${world.run}`)).status).toBe(404);
  });
});
