import { publicSubmitter as shownSubmitter } from "@/lib/comments/submitter";
import type { ConsultationStatus } from "@/lib/generated/prisma/enums";
import { POSITION_LABELS, RESIDENT_LABEL } from "@/lib/reports/wording";
import { apiUrl, consultationCalendarUrl, consultationPageUrl, reportFileUrl, reportPageUrl } from "./links";
import type { CommentOut, ConsultationOut, PublicStatus, REPORT_FILE_FORMATS, ReportOut, UnitOut } from "./schema";

/*
 * Database rows → what the API shows. Pure: the privacy rules live here, beside nothing that
 * could bypass them. A hidden comment loses its words; a private person is named only with
 * consent; answers appear only once the report is published (until then they are drafts).
 */

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);
/** A `@db.Date` column (UTC midnight of the calendar date) as "YYYY-MM-DD". */
export const calendarDay = (date: Date) => date.toISOString().slice(0, 10);

export type ConsultationRow = {
  id: string;
  slug: string;
  title: string;
  actType: ConsultationOut["act_type"];
  startDate: Date;
  endDate: Date;
  opensAt: Date;
  closesAt: Date;
  publishedAt: Date | null;
  ownerUnit: { slug: string; name: string; shortName: string };
  commentCount: number;
};

export function consultationLinks(row: { id: string; slug: string }, status: ConsultationStatus) {
  const api = (path: string) => apiUrl(`/consultations/${encodeURIComponent(row.id)}${path}`);
  return {
    self: api(""),
    html: consultationPageUrl(row.slug),
    units: api("/units"),
    units_csv: api("/units.csv"),
    comments: api("/comments"),
    comments_csv: api("/comments.csv"),
    report: status === "REPORT_PUBLISHED" ? api("/report") : null,
    calendar: consultationCalendarUrl(row.slug),
  };
}

/** `status` is the clock's (effectiveStatus), never DRAFT: drafts are not public. */
export function presentConsultation(row: ConsultationRow, status: PublicStatus): ConsultationOut {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    act_type: row.actType,
    status,
    start_date: calendarDay(row.startDate),
    end_date: calendarDay(row.endDate),
    opens_at: iso(row.opensAt),
    closes_at: iso(row.closesAt),
    published_at: isoOrNull(row.publishedAt),
    owner_unit: { slug: row.ownerUnit.slug, name: row.ownerUnit.name, short_name: row.ownerUnit.shortName },
    comment_count: row.commentCount,
    links: consultationLinks(row, status),
  };
}

export type UnitRow = {
  key: string;
  anchor: string;
  kind: UnitOut["kind"];
  label: string;
  marker: string | null;
  citation: string;
  text: string;
  order: number;
  depth: number;
  parent: { key: string } | null;
};

export function presentUnit(row: UnitRow, slug: string): UnitOut {
  return {
    key: row.key,
    anchor: row.anchor,
    kind: row.kind,
    label: row.label,
    marker: row.marker,
    citation: row.citation,
    text: row.text,
    parent: row.parent?.key ?? null,
    order: row.order,
    depth: row.depth,
    links: { html: consultationPageUrl(slug, { anchor: row.anchor }) },
  };
}

/** A comment as read for the public (see queries.ts): the response columns only when answers are public. */
export type CommentRecord = {
  id: string;
  receipt_number: string | null;
  version_number: number;
  unit_order: number;
  unit_key: string | null;
  unit_anchor: string | null;
  unit_citation: string | null;
  submitted_at: Date | null;
  revision: number;
  channel: string;
  body_text: string;
  current_wording: string | null;
  proposed_wording: string | null;
  justification: string | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
  organization_name: string | null;
  submitter_name: string | null;
  joint_with: string[] | null;
  as_council: boolean;
  author_name: string | null;
  show_name: boolean;
  position: string | null;
  position_justification: string | null;
};

export type CommentContext = {
  slug: string;
  /** The report is published: answers are final, and joint submitters are named. */
  reportPublished: boolean;
  councilName: string;
};

/**
 * Who submitted a comment, by the rule of every other place that shows it (lib/comments/submitter):
 * an organisation by its name; a person who commented on the platform by name only with consent;
 * for a comment a clerk typed in (a letter, an e-mail, a meeting) the signatory the clerk recorded
 * ("other"), never the clerk. Only the API's words differ.
 */
export function publicSubmitter(
  record: Pick<
    CommentRecord,
    "organization_name" | "as_council" | "channel" | "submitter_name" | "author_name" | "show_name"
  >,
  context: Pick<CommentContext, "councilName">,
): CommentOut["submitter"] {
  const who = shownSubmitter({
    organizationName: record.organization_name,
    channel: record.channel,
    submitterName: record.submitter_name,
    asCouncil: record.as_council,
    authorName: record.author_name,
    authorShowsName: record.show_name,
  });
  switch (who.kind) {
    case "organization":
    case "person":
      return { kind: who.kind, name: who.name };
    case "sender":
      return { kind: "other", name: who.name };
    case "council":
      return { kind: "council", name: context.councilName };
    case "resident":
      return { kind: "resident", name: RESIDENT_LABEL };
  }
}

export function presentComment(record: CommentRecord, context: CommentContext): CommentOut {
  const hidden = record.hidden_at !== null;
  const answer =
    context.reportPublished && record.position
      ? {
          position: record.position as NonNullable<CommentOut["answer"]>["position"],
          position_label: POSITION_LABELS[record.position] ?? record.position,
          justification: record.position_justification,
        }
      : null;
  return {
    id: record.id,
    receipt_number: hidden ? null : record.receipt_number,
    version: record.version_number,
    unit:
      record.unit_key && record.unit_anchor && record.unit_citation
        ? { key: record.unit_key, anchor: record.unit_anchor, citation: record.unit_citation }
        : null,
    submitter: publicSubmitter(record, context),
    joint_with: context.reportPublished ? (record.joint_with ?? []) : [],
    channel: record.channel as CommentOut["channel"],
    submitted_at: isoOrNull(record.submitted_at),
    revision: record.revision,
    hidden: hidden ? { reason: record.hidden_reason ?? "" } : null,
    text: hidden ? null : record.body_text,
    current_wording: record.current_wording,
    proposed_wording: hidden ? null : record.proposed_wording,
    justification: hidden ? null : record.justification,
    answer,
    links: {
      html: consultationPageUrl(context.slug, {
        version: record.version_number,
        anchor: record.unit_anchor ?? "caly-projekt",
      }),
    },
  };
}

type ReportFormatName = (typeof REPORT_FILE_FORMATS)[number];
const DOWNLOADABLE: readonly string[] = ["PDF", "DOCX", "CSV", "JSON"];

export type ReportRow = {
  id: string;
  publishedAt: Date | null;
  generatedAt: Date | null;
  publishingBody: string | null;
  authorName: string | null;
  enteredByName: string | null;
  consultation: { id: string; slug: string; title: string };
  files: { format: string; size: number; sha256: string; generatedAt: Date }[];
};

export function presentReport(row: ReportRow & { publishedAt: Date }): ReportOut {
  const { consultation } = row;
  return {
    id: row.id,
    consultation: {
      id: consultation.id,
      slug: consultation.slug,
      title: consultation.title,
      links: {
        self: apiUrl(`/consultations/${encodeURIComponent(consultation.id)}`),
        html: consultationPageUrl(consultation.slug),
      },
    },
    published_at: iso(row.publishedAt),
    generated_at: isoOrNull(row.generatedAt),
    bip: {
      publishing_body: row.publishingBody,
      author: row.authorName,
      entered_by: row.enteredByName,
      created_at: isoOrNull(row.generatedAt),
      published_at: iso(row.publishedAt),
    },
    files: row.files
      .filter((file) => DOWNLOADABLE.includes(file.format) && file.sha256)
      .map((file) => {
        const format = file.format.toLowerCase() as ReportFormatName;
        return {
          format,
          size: file.size,
          sha256: file.sha256,
          generated_at: iso(file.generatedAt),
          url: reportFileUrl(row.id, format),
        };
      }),
    links: {
      self: apiUrl(`/consultations/${encodeURIComponent(consultation.id)}/report`),
      html: reportPageUrl(consultation.slug),
    },
  };
}
