import { councilDeadlineDate } from "@/lib/council/opinion-state";
import { consultationPageUrl } from "@/lib/opendata/links";
import type { CalendarEvent } from "./ics";
import { eventUid } from "./tags";

// The events of a consultation in the calendars: its last day, its open meeting and the
// Council's deadline. Polish, like the consultations themselves.

type ConsultationDates = {
  id: string;
  slug: string;
  title: string;
  endDate: Date;
  forms: string[];
  meetingAt: Date | null;
  meetingPlace: string | null;
  councilOpinionDeadline: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
};

export function consultationEvents(
  c: ConsultationDates,
  settings: { councilOpinionDays: number; councilName: string },
): CalendarEvent[] {
  const url = consultationPageUrl(c.slug);
  const stamp = c.updatedAt;
  const events: CalendarEvent[] = [
    {
      uid: eventUid(c.id, "koniec"),
      kind: "day",
      date: c.endDate.toISOString().slice(0, 10),
      summary: `Koniec konsultacji: ${c.title}`,
      description: `Ostatni dzień zgłaszania uwag (do godz. 23:59:59 czasu warszawskiego).\n${url}`,
      url,
      stamp,
    },
  ];
  if (c.forms.includes("MEETING") && c.meetingAt) {
    events.push({
      uid: eventUid(c.id, "spotkanie"),
      kind: "time",
      start: c.meetingAt,
      summary: `Spotkanie otwarte: ${c.title}`,
      description: `Spotkanie otwarte w ramach konsultacji.\n${url}`,
      location: c.meetingPlace,
      url,
      stamp,
    });
  }
  const councilDeadline = councilDeadlineDate(c, settings.councilOpinionDays);
  if (councilDeadline) {
    events.push({
      uid: eventUid(c.id, "opinia-rady"),
      kind: "day",
      date: councilDeadline,
      summary: `Termin opinii Rady: ${c.title}`,
      description: `Ostatni dzień na opinię: ${settings.councilName}.\n${url}`,
      url,
      stamp,
    });
  }
  return events;
}
