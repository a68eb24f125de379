import "server-only";
import { z } from "zod";
import { absoluteUrl, consultationCalendarUrl } from "@/lib/opendata/links";
import { now } from "@/lib/time/clock";
import { buildAtomFeed } from "./atom";
import { consultationEvents } from "./calendar-events";
import { feedEntries } from "./entries";
import { buildCalendar } from "./ics";
import { loadCalendarSources, loadFeedSources } from "./queries";
import { feedTag } from "./tags";

/*
 * The handlers of the feed and calendar routes (app/konsultacje.atom, app/kalendarz.ics,
 * app/konsultacje/[slug]/kalendarz.ics): each route file exports one of these as its GET.
 */

export const ATOM_PATH = "/konsultacje.atom";
export const CALENDAR_PATH = "/kalendarz.ics";

const CACHE = "public, max-age=300";

function calendarResponse(text: string, fileName: string): Response {
  return new Response(text, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${fileName}"`,
      "Cache-Control": CACHE,
    },
  });
}

export async function atomFeedGet(): Promise<Response> {
  const at = now();
  const { settings, ...sources } = await loadFeedSources(at);
  const xml = buildAtomFeed(
    {
      id: feedTag(),
      title: `Konsultacje — ${settings.cityName}`,
      subtitle:
        "Nowe konsultacje projektów aktów prawa miejscowego, konsultacje kończące się w ciągu 3 dni i opublikowane sprawozdania.",
      author: settings.cityName,
      home: absoluteUrl("/"),
      self: absoluteUrl(ATOM_PATH),
      emptyUpdated: at,
    },
    feedEntries(sources, at),
  );
  return new Response(xml, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": CACHE },
  });
}

export async function calendarGet(): Promise<Response> {
  const { consultations, settings } = await loadCalendarSources();
  const text = buildCalendar(
    {
      name: `Konsultacje — ${settings.cityName}`,
      description: "Terminy konsultacji: ostatnie dni zgłaszania uwag, spotkania otwarte i terminy opinii Rady.",
      url: absoluteUrl(CALENDAR_PATH),
    },
    consultations.flatMap((c) => consultationEvents(c, settings)),
  );
  return calendarResponse(text, "konsultacje.ics");
}

/** A consultation's address name, as the calendar route receives it. */
const slugParam = z.string().min(1).max(200);

export async function consultationCalendarGet(
  _request: Request,
  { params }: { params: Promise<{ slug: string }> },
): Promise<Response> {
  const slug = slugParam.safeParse((await params).slug);
  const { consultations, settings } = slug.success
    ? await loadCalendarSources(slug.data)
    : { consultations: [], settings: null };
  const consultation = consultations[0];
  if (!consultation || !settings) {
    // A calendar client shows this text as it is: both languages, as there is no page language here.
    return new Response("Nie znaleziono konsultacji. / Consultation not found.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const text = buildCalendar(
    {
      name: consultation.title,
      description: "Terminy konsultacji: ostatni dzień zgłaszania uwag, spotkanie otwarte i termin opinii Rady.",
      url: consultationCalendarUrl(consultation.slug),
    },
    consultationEvents(consultation, settings),
  );
  return calendarResponse(text, `konsultacje-${consultation.slug}.ics`);
}
