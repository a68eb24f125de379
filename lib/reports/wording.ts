import { type IsoDate, parseIsoDate } from "@/lib/time/warsaw";

// The report is an official document in Polish whatever the interface language.

export const POSITION_ORDER = ["ACCEPTED", "PARTLY_ACCEPTED", "REJECTED", "EXPLAINED"] as const;

export const POSITION_LABELS: Record<string, string> = {
  ACCEPTED: "uwzględniona",
  PARTLY_ACCEPTED: "częściowo uwzględniona",
  REJECTED: "nieuwzględniona",
  EXPLAINED: "wyjaśniona",
};

export const CHANNEL_LABELS: Record<string, string> = {
  PLATFORM: "platforma",
  EMAIL: "e-mail",
  POST: "pismo",
  IN_PERSON: "osobiście",
  MEETING: "spotkanie otwarte",
};

export const FORM_LABELS: Record<string, string> = {
  ONLINE: "formularz na platformie konsultacji",
  WRITTEN: "uwagi pisemne (e-mail, poczta, osobiście)",
  MEETING: "spotkanie otwarte",
};

export const OPINION_LABELS: Record<string, string> = {
  POSITIVE: "pozytywna",
  POSITIVE_WITH_REMARKS: "pozytywna z uwagami",
  NEGATIVE: "negatywna",
};

export const WHOLE_DRAFT_LABEL = "projekt jako całość";
export const RESIDENT_LABEL = "Mieszkaniec/Mieszkanka";

const MONTHS = [
  "stycznia",
  "lutego",
  "marca",
  "kwietnia",
  "maja",
  "czerwca",
  "lipca",
  "sierpnia",
  "września",
  "października",
  "listopada",
  "grudnia",
];

/** "1 grudnia 2026 r." — dates as Polish official documents write them. */
export function longPolishDate(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `${day} ${MONTHS[month - 1]} ${year} r.`;
}
