import { z } from "zod";

/*
 * What the open-data API returns, as zod schemas. The handlers build values of these types and
 * `openapi.ts` turns the same schemas into the JSON Schemas (2020-12) of the OpenAPI document, so
 * the document cannot drift from the code. Objects are strict: a field that is not described here
 * (the text of a hidden comment, say) cannot appear in a response that validates.
 */

/** A description in Polish, then in English (the document serves both audiences). */
export function bi(pl: string, en: string): string {
  return `${pl}\n\n${en}`;
}

export const PUBLIC_STATUSES = ["SCHEDULED", "OPEN", "CLOSED", "REPORT_PUBLISHED"] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];
export const ACT_TYPES = ["UCHWALA", "ZARZADZENIE", "PROGRAM_WSPOLPRACY", "STRATEGIA", "INNY"] as const;
export const FORMS = ["ONLINE", "WRITTEN", "MEETING"] as const;
export const COMMENTER_SCOPES = ["ORGANIZATIONS", "ORGANIZATIONS_AND_RESIDENTS"] as const;
export const PROVISION_KINDS = [
  "TITLE",
  "PREAMBLE",
  "CHAPTER",
  "PARAGRAPH",
  "SECTION",
  "POINT",
  "LETTER",
  "TIRET",
  "DOUBLE_TIRET",
  "ATTACHMENT",
  "JUSTIFICATION",
  "TEXT",
] as const;
export const CHANNELS = ["PLATFORM", "EMAIL", "POST", "IN_PERSON", "MEETING"] as const;
export const POSITIONS = ["ACCEPTED", "PARTLY_ACCEPTED", "REJECTED", "EXPLAINED"] as const;
export const SUBMITTER_KINDS = ["organization", "council", "person", "other", "resident"] as const;
export const REPORT_FILE_FORMATS = ["pdf", "docx", "csv", "json"] as const;

const instant = z.iso.datetime().meta({ description: bi("Chwila w UTC (ISO 8601).", "An instant in UTC (ISO 8601).") });
const calendarDate = z.iso
  .date()
  .meta({ description: bi("Data kalendarzowa w strefie Europe/Warsaw.", "A calendar date in Europe/Warsaw.") });
const link = z.url();
const count = z.int().min(0);

export const ownerUnitSchema = z
  .strictObject({ slug: z.string(), name: z.string(), short_name: z.string() })
  .meta({ description: bi("Komórka odpowiedzialna za projekt.", "The department that drafted the act.") });

const consultationLinks = z.strictObject({
  self: link.meta({ description: bi("Ten zasób w API.", "This resource in the API.") }),
  html: link.meta({ description: bi("Strona konsultacji.", "The consultation's web page.") }),
  units: link,
  units_csv: link,
  comments: link,
  comments_csv: link,
  report: link.nullable().meta({ description: bi("Sprawozdanie (gdy opublikowane).", "The report (once published).") }),
  calendar: link.meta({ description: bi("Terminy w formacie iCalendar.", "The dates as iCalendar.") }),
});

export const consultationSchema = z
  .strictObject({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    act_type: z.enum(ACT_TYPES),
    status: z.enum(PUBLIC_STATUSES).meta({
      description: bi(
        "Stan według zegara serwera: SCHEDULED (ogłoszone, jeszcze nie trwają), OPEN, CLOSED, REPORT_PUBLISHED.",
        "The status by the server clock: SCHEDULED (announced, not yet open), OPEN, CLOSED, REPORT_PUBLISHED.",
      ),
    }),
    start_date: calendarDate,
    end_date: calendarDate.meta({
      description: bi(
        "Ostatni dzień konsultacji (uwagi do 23:59:59 czasu warszawskiego).",
        "The last day of the consultation (comments until 23:59:59 Warsaw time).",
      ),
    }),
    opens_at: instant.meta({ description: bi("00:00 pierwszego dnia.", "00:00 of the first day.") }),
    closes_at: instant.meta({
      description: bi(
        "Pierwsza chwila, w której uwagi nie są już przyjmowane (00:00 dnia po end_date).",
        "The first instant at which comments are no longer accepted (00:00 of the day after end_date).",
      ),
    }),
    published_at: instant.nullable(),
    owner_unit: ownerUnitSchema,
    comment_count: count.meta({
      description: bi("Liczba publicznych uwag (także ukrytych).", "Number of public comments (hidden ones too)."),
    }),
    links: consultationLinks,
  })
  .meta({ description: bi("Konsultacje (skrót).", "A consultation (summary).") });

export const consultationDetailSchema = consultationSchema
  .extend({
    subject: z.string(),
    purpose: z.string(),
    legal_basis: z.string().nullable(),
    forms: z.array(z.enum(FORMS)),
    who_may_comment: z.enum(COMMENTER_SCOPES),
    justification_required: z.boolean(),
    contact: z.strictObject({ name: z.string(), email: z.string(), phone: z.string().nullable() }),
    meeting: z
      .strictObject({ at: instant, date: calendarDate, place: z.string().nullable() })
      .nullable()
      .meta({ description: bi("Spotkanie otwarte, jeśli przewidziano.", "The open meeting, if there is one.") }),
    council_opinion_deadline: calendarDate.nullable().meta({
      description: bi(
        "Ostatni dzień na opinię Rady Działalności Pożytku Publicznego.",
        "The last day for the Public Benefit Council's opinion.",
      ),
    }),
    extension_note: z.string().nullable(),
    current_version: z
      .strictObject({
        number: z.int().min(1),
        published_at: instant.nullable(),
        reason: z.string().nullable(),
        unit_count: count,
      })
      .nullable()
      .meta({ description: bi("Aktualna opublikowana wersja projektu.", "The current published version.") }),
    version_count: count,
  })
  .meta({ description: bi("Konsultacje ze szczegółami.", "A consultation with its details.") });

export const unitSchema = z
  .strictObject({
    key: z.string().meta({
      description: bi("Klucz stały między wersjami, np. par2.ust1.", "A key stable across versions, e.g. par2.ust1."),
    }),
    anchor: z.string(),
    kind: z.enum(PROVISION_KINDS),
    label: z.string(),
    marker: z.string().nullable(),
    citation: z.string().meta({ description: bi("Np. § 3 ust. 2 pkt 1.", "E.g. § 3 ust. 2 pkt 1.") }),
    text: z.string(),
    parent: z
      .string()
      .nullable()
      .meta({ description: bi("Klucz jednostki nadrzędnej.", "The parent unit's key.") }),
    order: count,
    depth: count,
    links: z.strictObject({ html: link }),
  })
  .meta({ description: bi("Jednostka redakcyjna projektu.", "A drafting unit of the draft.") });

export const commentSchema = z
  .strictObject({
    id: z.string(),
    receipt_number: z
      .string()
      .nullable()
      .meta({ description: bi("Numer potwierdzenia (brak przy ukrytej).", "Receipt number (none when hidden).") }),
    version: z.int().min(1),
    unit: z
      .strictObject({ key: z.string(), anchor: z.string(), citation: z.string() })
      .nullable()
      .meta({ description: bi("Null: uwaga do projektu jako całości.", "Null: a comment on the whole draft.") }),
    submitter: z.strictObject({
      kind: z.enum(SUBMITTER_KINDS).meta({
        description: bi(
          "other: nadawca pisma, e-maila lub zgłoszenia na spotkaniu, jak wpisał go urzędnik (nigdy sam urzędnik).",
          "other: the sender of a letter, e-mail or meeting submission as the clerk typed it in (never the clerk).",
        ),
      }),
      name: z.string().meta({
        description: bi(
          "Nazwa organizacji; imię i nazwisko osoby tylko za jej zgodą, inaczej „Mieszkaniec/Mieszkanka”.",
          "The organisation's name; a person's name only with their consent, otherwise “Mieszkaniec/Mieszkanka”.",
        ),
      }),
    }),
    joint_with: z.array(z.string()),
    channel: z.enum(CHANNELS),
    submitted_at: instant.nullable(),
    revision: z.int().min(1),
    hidden: z
      .strictObject({ reason: z.string() })
      .nullable()
      .meta({
        description: bi(
          "Uwaga ukryta przez urzędnika: tylko powód, bez treści.",
          "Hidden by a clerk: only the reason, never the text.",
        ),
      }),
    text: z.string().nullable(),
    current_wording: z.string().nullable(),
    proposed_wording: z.string().nullable(),
    justification: z.string().nullable(),
    answer: z
      .strictObject({ position: z.enum(POSITIONS), position_label: z.string(), justification: z.string().nullable() })
      .nullable()
      .meta({
        description: bi(
          "Stanowisko komórki odpowiedzialnej — dopiero po opublikowaniu sprawozdania (wcześniej to projekt odpowiedzi).",
          "The owner unit's position — only once the report is published (until then answers are drafts).",
        ),
      }),
    links: z.strictObject({ html: link }),
  })
  .meta({ description: bi("Publiczna uwaga.", "A public comment.") });

export const reportFileSchema = z.strictObject({
  format: z.enum(REPORT_FILE_FORMATS),
  size: count,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  generated_at: instant,
  url: link,
});

export const reportSchema = z
  .strictObject({
    id: z.string(),
    consultation: z.strictObject({
      id: z.string(),
      slug: z.string(),
      title: z.string(),
      links: z.strictObject({ self: link, html: link }),
    }),
    published_at: instant,
    generated_at: instant.nullable(),
    bip: z
      .strictObject({
        publishing_body: z.string().nullable(),
        author: z.string().nullable(),
        entered_by: z.string().nullable(),
        created_at: instant.nullable(),
        published_at: instant,
      })
      .meta({
        description: bi(
          "Metryka BIP: podmiot udostępniający, autor, osoba wprowadzająca, czas wytworzenia i publikacji.",
          "BIP record: publishing body, author, who entered it, times of creation and publication.",
        ),
      }),
    files: z.array(reportFileSchema),
    links: z.strictObject({ self: link, html: link }),
  })
  .meta({ description: bi("Opublikowane sprawozdanie.", "A published report.") });

export const pageLinksSchema = z.strictObject({ self: link, next: link.nullable(), prev: link.nullable() });

function pageOf<T extends z.ZodType>(item: T, pl: string, en: string) {
  return z
    .strictObject({
      data: z.array(item),
      page: z.int().min(1),
      per_page: z.int().min(1).max(200),
      total: count,
      links: pageLinksSchema,
    })
    .meta({ description: bi(pl, en) });
}

export const consultationPageSchema = pageOf(
  consultationSchema,
  "Strona listy konsultacji.",
  "A page of consultations.",
);
export const unitPageSchema = pageOf(unitSchema, "Strona jednostek redakcyjnych.", "A page of drafting units.");
export const commentPageSchema = pageOf(commentSchema, "Strona publicznych uwag.", "A page of public comments.");
export const reportPageSchema = pageOf(reportSchema, "Strona sprawozdań.", "A page of reports.");

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    errors: z.array(z.strictObject({ parameter: z.string(), detail: z.string() })).optional(),
  })
  .meta({ description: bi("Opis błędu (RFC 9457).", "Problem details (RFC 9457).") });

export type ConsultationOut = z.infer<typeof consultationSchema>;
export type ConsultationDetailOut = z.infer<typeof consultationDetailSchema>;
export type UnitOut = z.infer<typeof unitSchema>;
export type CommentOut = z.infer<typeof commentSchema>;
export type ReportOut = z.infer<typeof reportSchema>;
export type ProblemOut = z.infer<typeof problemSchema>;
export type PageOf<T> = {
  data: T[];
  page: number;
  per_page: number;
  total: number;
  links: z.infer<typeof pageLinksSchema>;
};
