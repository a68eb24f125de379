import { expect, test } from "@playwright/test";
import { parseFeed } from "@rowanmanning/feed-parser";
import ICAL from "ical.js";
import { sql } from "./support/db";

// The Atom feed and the calendars over HTTP from the running app, read back with the same
// parsers as the integration tests. The seeded consultations: one open, one closed.
const OPEN = "program-wspolpracy-2027";
const CLOSED = "sposob-konsultowania-aktow-prawa-miejscowego";

type Seeded = { id: string; slug: string; end_date: string; meeting_at: string | null; council_date: string | null };

/**
 * The seeded consultations' dates as the database holds them: Warsaw calendar dates, and the
 * meeting as an ISO instant (timestamps are stored as UTC without a zone, so SQL formats them).
 */
async function seeded(): Promise<Map<string, Seeded>> {
  const rows = await sql<Seeded>(
    `SELECT id, slug, end_date::text AS end_date,
            to_char(meeting_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS meeting_at,
            ((council_opinion_deadline AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Warsaw')::date::text AS council_date
     FROM consultations WHERE slug = ANY($1)`,
    [[OPEN, CLOSED]],
  );
  return new Map(rows.map((row) => [row.slug, row]));
}

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
}

test("the Atom feed announces the seeded consultations, newest first, and never a draft", async ({
  request,
  baseURL,
}) => {
  const response = await request.get("/konsultacje.atom");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const feed = parseFeed(await response.text());
  expect(feed.title).toContain("Konsultacje");
  expect(feed.items.length).toBeGreaterThanOrEqual(2);
  expect(feed.items.length).toBeLessThanOrEqual(50);
  const host = new URL(baseURL as string).hostname;
  const consultations = await seeded();
  for (const slug of [OPEN, CLOSED]) {
    const { id } = consultations.get(slug) as Seeded;
    const entry = feed.items.find((item) => item.id === `tag:${host},2026:konsultacje/${id}/ogloszenie`);
    expect(entry, slug).toBeDefined();
    expect(entry?.url).toBe(`${baseURL}/konsultacje/${slug}`);
    expect(entry?.title).toMatch(/^Nowe konsultacje: /);
  }
  const times = feed.items.map((item) => item.updated?.getTime() ?? 0);
  expect(times).toEqual([...times].sort((a, b) => b - a));
  const drafts = await sql<{ id: string }>("SELECT id FROM consultations WHERE status = 'DRAFT'");
  for (const { id } of drafts) expect(feed.items.some((item) => item.id?.includes(`/${id}/`))).toBe(false);
});

test("every page links the Atom feed for discovery", async ({ request }) => {
  const html = await (await request.get(`/konsultacje/${OPEN}`)).text();
  expect(html).toMatch(/<link[^>]+rel="alternate"[^>]+type="application\/atom\+xml"[^>]+href="\/konsultacje\.atom"/);
});

test("the calendar has each consultation's last day, the open meeting and the Council's deadline", async ({
  request,
}) => {
  const response = await request.get("/kalendarz.ics");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const byUid = new Map(events(await response.text()).map((event) => [event.uid, event]));
  const consultations = await seeded();
  for (const slug of [OPEN, CLOSED]) {
    const c = consultations.get(slug) as Seeded;
    const end = [...byUid.values()].find((e) => e.uid.startsWith(`konsultacje-${c.id}-koniec@`));
    expect(end?.summary, slug).toMatch(/^Koniec konsultacji: /);
    expect(end?.startDate.isDate).toBe(true);
    expect(end?.startDate.toString()).toBe(c.end_date);
    const council = [...byUid.values()].find((e) => e.uid.startsWith(`konsultacje-${c.id}-opinia-rady@`));
    expect(council?.startDate.toString()).toBe(c.council_date);
  }
  const open = consultations.get(OPEN) as Seeded;
  const meeting = [...byUid.values()].find((e) => e.uid.startsWith(`konsultacje-${open.id}-spotkanie@`));
  expect(meeting?.startDate.zone?.tzid).toBe("Europe/Warsaw");
  expect(open.meeting_at).not.toBeNull();
  expect(meeting?.startDate.toJSDate().toISOString()).toBe(open.meeting_at);
});

test("one consultation's calendar has its own events only; an unknown address is 404", async ({ request }) => {
  const consultations = await seeded();
  for (const [slug, count] of [
    [OPEN, 3],
    [CLOSED, 2],
  ] as const) {
    const response = await request.get(`/konsultacje/${slug}/kalendarz.ics`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const uids = events(await response.text()).map((event) => event.uid);
    expect(uids).toHaveLength(count);
    const { id } = consultations.get(slug) as Seeded;
    expect(uids.every((uid) => uid.startsWith(`konsultacje-${id}-`))).toBe(true);
  }
  expect((await request.get("/konsultacje/nie-ma-takich-konsultacji/kalendarz.ics")).status()).toBe(404);
});
