import { consultationPageUrl, reportPageUrl } from "@/lib/opendata/links";
import { longPolishDate } from "@/lib/reports/wording";
import { addDays, type IsoDate, startOfWarsawDay } from "@/lib/time/warsaw";
import { entryTag } from "./tags";

/*
 * The entries of the consultations' Atom feed, newest first: a consultation announced
 * (published), one closing within three days (its last three calendar days, while it is open)
 * and a report published. The feed is in Polish, like the consultations themselves.
 */

export const ENTRY_LIMIT = 50;
/** "Closing soon": the last this many calendar days of a consultation. */
export const CLOSING_SOON_DAYS = 3;

export type FeedKind = "announced" | "closing" | "report";

export type FeedEntry = {
  id: string;
  kind: FeedKind;
  title: string;
  url: string;
  updated: Date;
  summary: string;
  author: string;
};

type ConsultationFacts = {
  id: string;
  slug: string;
  title: string;
  startDate: Date;
  endDate: Date;
  opensAt: Date;
  closesAt: Date;
  publishedAt: Date | null;
  ownerUnit: { name: string };
};

export type EntrySources = {
  announced: ConsultationFacts[];
  closing: ConsultationFacts[];
  reports: { id: string; publishedAt: Date | null; consultation: ConsultationFacts }[];
};

const day = (date: Date): IsoDate => date.toISOString().slice(0, 10);

/** The moment a consultation starts "closing soon": 00:00 Warsaw of the third day from the end. */
export function closingSoonFrom(consultation: Pick<ConsultationFacts, "endDate" | "opensAt">): Date {
  const from = startOfWarsawDay(addDays(day(consultation.endDate), 1 - CLOSING_SOON_DAYS));
  return from.getTime() > consultation.opensAt.getTime() ? from : consultation.opensAt;
}

function period(c: ConsultationFacts): string {
  return `od ${longPolishDate(day(c.startDate))} do ${longPolishDate(day(c.endDate))}`;
}

export function feedEntries(sources: EntrySources, now: Date): FeedEntry[] {
  const entries: FeedEntry[] = [];
  for (const c of sources.announced) {
    if (!c.publishedAt) continue;
    entries.push({
      id: entryTag(c.id, "ogloszenie"),
      kind: "announced",
      title: `Nowe konsultacje: ${c.title}`,
      url: consultationPageUrl(c.slug),
      updated: c.publishedAt,
      summary: `Konsultacje trwają ${period(c)}. Komórka odpowiedzialna: ${c.ownerUnit.name}.`,
      author: c.ownerUnit.name,
    });
  }
  for (const c of sources.closing) {
    const from = closingSoonFrom(c);
    const open = now.getTime() >= c.opensAt.getTime() && now.getTime() < c.closesAt.getTime();
    if (!open || now.getTime() < from.getTime()) continue;
    entries.push({
      id: entryTag(c.id, "koniec-wkrotce"),
      kind: "closing",
      title: `Wkrótce koniec konsultacji: ${c.title}`,
      url: consultationPageUrl(c.slug),
      updated: from,
      summary: `Uwagi można zgłaszać do ${longPolishDate(day(c.endDate))}, do godz. 23:59. Komórka odpowiedzialna: ${c.ownerUnit.name}.`,
      author: c.ownerUnit.name,
    });
  }
  for (const report of sources.reports) {
    if (!report.publishedAt) continue;
    const c = report.consultation;
    entries.push({
      id: entryTag(c.id, `sprawozdanie/${report.id}`),
      kind: "report",
      title: `Sprawozdanie z konsultacji: ${c.title}`,
      url: reportPageUrl(c.slug),
      updated: report.publishedAt,
      summary: `Opublikowano informację o wynikach konsultacji prowadzonych ${period(c)}.`,
      author: c.ownerUnit.name,
    });
  }
  return entries
    .sort((a, b) => b.updated.getTime() - a.updated.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, ENTRY_LIMIT);
}
