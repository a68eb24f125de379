import "server-only";
import { publicSubmitter } from "@/lib/comments/submitter";
import { councilDeadlineDate, councilDeadlineLapsesAt, councilOpinionState } from "@/lib/council/opinion-state";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { NEEDS_ANSWER } from "@/lib/responses/queries";
import { getSettings } from "@/lib/settings/queries";
import { now } from "@/lib/time/clock";
import { warsawDate } from "@/lib/time/warsaw";
import { LABELS } from "./formats/labels";
import type { CouncilOpinionSummary, ReportHeader, ReportRow, ReportSource } from "./model";
import { participatingOrganisations } from "./participants";
import {
  CHANNEL_LABELS,
  FORM_LABELS,
  longPolishDate,
  OPINION_LABELS,
  POSITION_LABELS,
  POSITION_ORDER,
  RESIDENT_LABEL,
  WHOLE_DRAFT_LABEL,
} from "./wording";

const PAGE = 2_000;

type RowRecord = {
  id: string;
  version_number: number;
  unit_order: number;
  submitted_at: Date;
  citation: string | null;
  current_wording: string | null;
  body_text: string;
  proposed_wording: string | null;
  justification: string | null;
  organization_name: string | null;
  submitter_name: string | null;
  joint_with: string[] | null;
  as_council: boolean;
  author_name: string | null;
  show_name: boolean;
  channel: string;
  hidden_at: Date | null;
  hidden_reason: string | null;
  position: string | null;
  position_justification: string | null;
};

/** Who submitted a comment, as the report may name them (a private person only with consent). */
export function submittedBy(row: {
  organization_name: string | null;
  submitter_name: string | null;
  joint_with: string[] | null;
  as_council: boolean;
  author_name: string | null;
  show_name: boolean;
  channel: string;
}): string {
  // The same rule as every public page (a typed-in letter is never the clerk's); only the words differ.
  const who = publicSubmitter({
    organizationName: row.organization_name,
    channel: row.channel,
    submitterName: row.submitter_name,
    asCouncil: row.as_council,
    authorName: row.author_name,
    authorShowsName: row.show_name,
  });
  const main = "name" in who ? who.name : who.kind === "council" ? "Rada (członek BRDPP)" : RESIDENT_LABEL;
  const joint = row.joint_with?.length ? ` wspólnie z: ${row.joint_with.join(", ")}` : "";
  const channel = row.channel === "PLATFORM" ? "" : ` (${CHANNEL_LABELS[row.channel] ?? row.channel})`;
  return `${main}${joint}${channel}`;
}

/**
 * The unit as the report names it: with its version when comments were made on more than one
 * version of the draft (a correction during the consultation), since "§ 3" may then mean two texts.
 */
function unitLabel(citation: string | null, version: number, versions: number): string {
  const unit = citation ?? WHOLE_DRAFT_LABEL;
  return versions > 1 ? `${unit} (wersja ${version})` : unit;
}

/** How many versions of the draft have submitted comments (more than one: units are named with their version). */
async function commentedVersions(consultationId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(DISTINCT c.version_id)::int AS n FROM comments c
    WHERE c.consultation_id = ${consultationId} AND c.status = 'SUBMITTED'`;
  return row?.n ?? 0;
}

function toReportRow(record: RowRecord, lp: number, versions: number): ReportRow {
  const hidden = record.hidden_at !== null;
  const content = hidden
    ? `[Treść ukryta przez urzędnika: ${record.hidden_reason ?? "naruszenie zasad"}]`
    : [record.proposed_wording ? `Proponowane brzmienie: ${record.proposed_wording}` : "", record.body_text]
        .filter(Boolean)
        .join("\n\n");
  return {
    lp,
    unit: unitLabel(record.citation, record.version_number, versions),
    currentWording: record.current_wording ?? "",
    proposal: content,
    justification: hidden ? "" : (record.justification ?? ""),
    submittedBy: submittedBy(record),
    position: record.position ? (POSITION_LABELS[record.position] ?? record.position) : "",
    positionJustification: record.position_justification ?? "",
  };
}

function selectRows(consultationId: string, cursor: Prisma.Sql, limit: number, offset = 0): Promise<RowRecord[]> {
  return db.$queryRaw<RowRecord[]>`
    SELECT c.id, v.number AS version_number, COALESCE(p."order", -1) AS unit_order, c.submitted_at,
           p.citation, c.current_wording, c.body_text, c.proposed_wording, c.justification,
           o.name AS organization_name, c.submitter_name, c.joint_with, c.as_council,
           u.name AS author_name, u.show_name_publicly AS show_name, c.channel::text AS channel,
           c.hidden_at, c.hidden_reason,
           CASE WHEN ${NEEDS_ANSWER} THEN NULL ELSE r.position::text END AS position,
           CASE WHEN ${NEEDS_ANSWER} THEN NULL ELSE r.justification END AS position_justification
    FROM comments c
    JOIN document_versions v ON v.id = c.version_id
    LEFT JOIN provisions p ON p.id = c.provision_id
    LEFT JOIN organizations o ON o.id = c.organization_id
    JOIN users u ON u.id = c.author_id
    LEFT JOIN responses r ON r.comment_id = c.id
    WHERE c.consultation_id = ${consultationId} AND c.status = 'SUBMITTED' ${cursor}
    ORDER BY v.number, COALESCE(p."order", -1), c.submitted_at, c.id
    LIMIT ${limit} OFFSET ${offset}`;
}

/**
 * Rows in the draft's order (versions, then units; comments on the whole draft first),
 * read in pages by keyset so that 100,000 comments never sit in memory at once.
 */
async function* reportRows(consultationId: string, versions: number): AsyncIterable<ReportRow> {
  let cursor: Prisma.Sql = Prisma.empty;
  let lp = 0;
  for (;;) {
    const page = await selectRows(consultationId, cursor, PAGE);
    for (const record of page) yield toReportRow(record, ++lp, versions);
    const last = page.at(-1);
    if (!last || page.length < PAGE) return;
    cursor = Prisma.sql`AND (v.number, COALESCE(p."order", -1), c.submitted_at, c.id) > (${last.version_number}, ${last.unit_order}, ${last.submitted_at}, ${last.id})`;
  }
}

/** One page of the table for the web version of the report (Lp. continues across pages). */
export async function reportRowsPage(consultationId: string, page: number, size: number): Promise<ReportRow[]> {
  const offset = (page - 1) * size;
  const [records, versions] = await Promise.all([
    selectRows(consultationId, Prisma.empty, size, offset),
    commentedVersions(consultationId),
  ]);
  return records.map((record, i) => toReportRow(record, offset + i + 1, versions));
}

/**
 * The last change to anything the report shows: comments, answers, the consultation, the
 * Council's opinion. The files carry it as their date; publishing compares it with the
 * time of generation.
 */
export function lastChangeSql(consultationId: string): Prisma.Sql {
  return Prisma.sql`GREATEST(
    (SELECT max(c.updated_at) FROM comments c WHERE c.consultation_id = ${consultationId}),
    (SELECT max(r.updated_at) FROM responses r JOIN comments c ON c.id = r.comment_id WHERE c.consultation_id = ${consultationId}),
    (SELECT k.updated_at FROM consultations k WHERE k.id = ${consultationId}),
    (SELECT o.recorded_at FROM council_opinions o WHERE o.consultation_id = ${consultationId})
  )`;
}

async function counts(consultationId: string) {
  const [totals] = await db.$queryRaw<{ comments: number; organisations: number; last_change: Date | null }[]>`
    SELECT
      (SELECT count(*)::int FROM comments c WHERE c.consultation_id = ${consultationId} AND c.status = 'SUBMITTED') AS comments,
      (SELECT count(DISTINCT p.name)::int FROM ${participatingOrganisations} p
       WHERE p.consultation_id = ${consultationId}) AS organisations,
      ${lastChangeSql(consultationId)} AS last_change`;
  const positions = await db.$queryRaw<{ position: string | null; count: number }[]>`
    SELECT CASE WHEN ${NEEDS_ANSWER} THEN NULL ELSE r.position::text END AS position, count(*)::int AS count
    FROM comments c LEFT JOIN responses r ON r.comment_id = c.id
    WHERE c.consultation_id = ${consultationId} AND c.status = 'SUBMITTED'
    GROUP BY 1`;
  const perUnit = await db.$queryRaw<{ version: number; citation: string | null; count: number }[]>`
    SELECT v.number AS version, p.citation, count(*)::int AS count
    FROM comments c JOIN document_versions v ON v.id = c.version_id LEFT JOIN provisions p ON p.id = c.provision_id
    WHERE c.consultation_id = ${consultationId} AND c.status = 'SUBMITTED'
    GROUP BY v.number, p."order", p.citation
    ORDER BY v.number, COALESCE(p."order", -1)`;
  return { totals, positions, perUnit };
}

function councilSummary(
  consultation: { councilOpinionDeadline: Date | null; publishedAt: Date | null },
  opinion: {
    kind: string;
    text: string | null;
    resolutionNumber: string | null;
    adoptedOn: Date | null;
    votesFor: number | null;
    votesAgainst: number | null;
    votesAbstaining: number | null;
    membersPresent: number | null;
  } | null,
  at: Date,
  days: number,
): CouncilOpinionSummary {
  const state = councilOpinionState(consultation, opinion, at, days);
  const deadline = councilDeadlineDate(consultation, days);
  if (state === "waived") return { kind: "waived", deadline: deadline ? longPolishDate(deadline) : "" };
  if (!opinion) return { kind: "none" };
  const votes =
    opinion.votesFor === null
      ? null
      : `za: ${opinion.votesFor}, przeciw: ${opinion.votesAgainst ?? 0}, wstrzymujących się: ${opinion.votesAbstaining ?? 0}` +
        (opinion.membersPresent === null ? "" : `; obecnych członków: ${opinion.membersPresent}`);
  return {
    kind: "opinion",
    label: OPINION_LABELS[opinion.kind] ?? opinion.kind,
    resolutionNumber: opinion.resolutionNumber,
    adoptedOn: opinion.adoptedOn ? longPolishDate(warsawDate(opinion.adoptedOn)) : null,
    votes,
    text: opinion.text,
  };
}

/**
 * Everything the report says, read from the database as it is now. The header carries
 * `dataAsOf` (the last change to the comments, answers, consultation or opinion), which
 * the files use instead of the wall clock: unchanged data gives the same bytes.
 */
export async function loadReportSource(consultationId: string, outcome: string | null): Promise<ReportSource> {
  const consultation = await db.consultation.findUniqueOrThrow({
    where: { id: consultationId },
    include: { ownerUnit: true, councilOpinion: true },
  });
  const settings = await getSettings();
  const { totals, positions, perUnit } = await counts(consultationId);
  const versions = new Set(perUnit.map((u) => u.version)).size;
  const dataAsOf = totals?.last_change ?? consultation.updatedAt;
  // The Council's state as of the data, or of its deadline's lapse once that has passed (before the
  // minute job records the waiver the report would otherwise say "no opinion"); fixed once lapsed.
  const lapsesAt = councilDeadlineLapsesAt(consultation, settings.councilOpinionDays);
  const councilAt =
    lapsesAt && lapsesAt.getTime() <= now().getTime() && lapsesAt.getTime() > dataAsOf.getTime() ? lapsesAt : dataAsOf;
  const forms = consultation.forms.map((f) =>
    f === "MEETING" && consultation.meetingAt
      ? `${FORM_LABELS.MEETING} ${longPolishDate(warsawDate(consultation.meetingAt))}${consultation.meetingPlace ? `, ${consultation.meetingPlace}` : ""}`
      : FORM_LABELS[f],
  );
  const header: ReportHeader = {
    documentTitle: "Informacja o wynikach konsultacji",
    cityName: settings.cityName,
    publishingBody: settings.publishingBody,
    actTitle: consultation.title,
    legalBasis: consultation.legalBasis ?? "",
    startDate: longPolishDate(warsawDate(consultation.opensAt)),
    endDate: longPolishDate(warsawDate(consultation.endDate)),
    addressees:
      consultation.whoMayComment === "ORGANIZATIONS_AND_RESIDENTS"
        ? "organizacje pozarządowe i podmioty wymienione w art. 3 ust. 3 ustawy o działalności pożytku publicznego i o wolontariacie oraz mieszkańcy"
        : "organizacje pozarządowe i podmioty wymienione w art. 3 ust. 3 ustawy o działalności pożytku publicznego i o wolontariacie",
    announcement: `Projekt opublikowano${consultation.publishedAt ? ` ${longPolishDate(warsawDate(consultation.publishedAt))}` : ""} na platformie konsultacji, w Biuletynie Informacji Publicznej i na stronie internetowej miasta oraz przesłano pocztą elektroniczną do organizacji z bazy Centrum Współpracy Organizacji Pozarządowych i do ${settings.councilName}.`,
    forms: forms.join("; "),
    ownerUnit: consultation.ownerUnit.name,
    contact: [consultation.contactName, consultation.contactEmail, consultation.contactPhone]
      .filter(Boolean)
      .join(", "),
    organisationsCount: totals?.organisations ?? 0,
    commentsCount: totals?.comments ?? 0,
    council: councilSummary(consultation, consultation.councilOpinion, councilAt, settings.councilOpinionDays),
    positions: [...POSITION_ORDER, null].map((position) => ({
      position: position ?? "UNANSWERED",
      label: position ? (POSITION_LABELS[position] as string) : LABELS.unanswered,
      count: positions.find((p) => p.position === position)?.count ?? 0,
    })),
    perUnit: perUnit.map((u) => ({ unit: unitLabel(u.citation, u.version, versions), count: u.count })),
    outcome: outcome?.trim() || defaultOutcome(totals?.comments ?? 0, positions),
    dataAsOf: dataAsOf.toISOString(),
  };
  return { header, rows: () => reportRows(consultationId, versions) };
}

const polishPlural = new Intl.PluralRules("pl");
/** "uwagę", "uwagi" or "uwag" after a number, as Polish grammar wants (1 uwagę, 2 uwagi, 5 uwag, 22 uwagi). */
function commentsWord(n: number): string {
  const form = polishPlural.select(n);
  return form === "one" ? "uwagę" : form === "few" ? "uwagi" : form === "many" ? "uwag" : "uwagi";
}

function defaultOutcome(total: number, positions: readonly { position: string | null; count: number }[]): string {
  if (total === 0)
    return "W terminie konsultacji nie zgłoszono uwag. Projekt zostanie przedłożony bez zmian wynikających z konsultacji.";
  const count = (p: string) => positions.find((x) => x.position === p)?.count ?? 0;
  return `Zgłoszono ${total} ${commentsWord(total)}: uwzględniono ${count("ACCEPTED")}, częściowo uwzględniono ${count("PARTLY_ACCEPTED")}, nie uwzględniono ${count("REJECTED")}, wyjaśniono ${count("EXPLAINED")}. Uwzględnione uwagi zostaną wprowadzone do projektu przed jego przedłożeniem.`;
}
