/**
 * What a consultation report says, as plain data, independent of its format. The
 * report is always in Polish (it is an official document); the English interface
 * translates only the labels around it. Rows come as an async iterable so that the
 * writers stream a report of 100,000 comments without holding it in memory.
 */

export type PositionCount = { position: string; label: string; count: number };
export type UnitCount = { unit: string; count: number };

export type CouncilOpinionSummary =
  | { kind: "none" }
  | { kind: "waived"; deadline: string }
  | {
      kind: "opinion";
      /** "pozytywna", "pozytywna z uwagami", "negatywna". */
      label: string;
      resolutionNumber: string | null;
      adoptedOn: string | null;
      votes: string | null;
      text: string | null;
    };

export type ReportHeader = {
  /** "Informacja o wynikach konsultacji" */
  documentTitle: string;
  cityName: string;
  publishingBody: string;
  /** The draft act's title. */
  actTitle: string;
  legalBasis: string;
  /** Dates as shown, e.g. "1 grudnia 2026 r." */
  startDate: string;
  endDate: string;
  addressees: string;
  /** Where and how the draft was published and sent. */
  announcement: string;
  /** Forms of consultation and channels used, e.g. "formularz na platformie, e-mail, spotkanie otwarte 5 grudnia 2026 r." */
  forms: string;
  ownerUnit: string;
  contact: string;
  organisationsCount: number;
  commentsCount: number;
  council: CouncilOpinionSummary;
  positions: readonly PositionCount[];
  /** Comments per unit, in the draft's order (units without comments left out). */
  perUnit: readonly UnitCount[];
  /** The outcome: what the owner unit concludes. */
  outcome: string;
  /**
   * When the data was last changed (ISO): the files carry it (PDF creation date, DOCX
   * core properties) instead of the wall clock, so unchanged data gives identical bytes.
   */
  dataAsOf: string;
};

export type ReportRow = {
  lp: number;
  /** Citation of the unit, or "projekt jako całość". */
  unit: string;
  currentWording: string;
  /** The proposed wording and/or the comment's content. */
  proposal: string;
  justification: string;
  /** Organisation(s), "Mieszkaniec/Mieszkanka" or a consenting person's name; with the channel when not the platform. */
  submittedBy: string;
  /** "uwzględniona", "częściowo uwzględniona", "nieuwzględniona", "wyjaśniona", or "" when unanswered. */
  position: string;
  positionJustification: string;
};

export type ReportSource = {
  header: ReportHeader;
  /** Rows in the draft's order; called once per format written. */
  rows: () => AsyncIterable<ReportRow>;
};

/** "W terminie konsultacji nie zgłoszono uwag" — the report when nobody commented. */
export const NO_COMMENTS_TEXT = "W terminie konsultacji nie zgłoszono uwag.";

/** Column headings of the table of comments (domain guide, §7). */
export const TABLE_COLUMNS = [
  "Lp.",
  "Jednostka redakcyjna projektu",
  "Obecne brzmienie",
  "Proponowane brzmienie / treść uwagi",
  "Uzasadnienie",
  "Zgłaszający",
  "Stanowisko",
  "Uzasadnienie stanowiska",
] as const;
