import type { CouncilOpinionSummary, ReportHeader, ReportRow, ReportSource } from "@/lib/reports/model";
import { type OutputSink, TextBatch, withSink } from "./output-sink";

/*
 * The report as JSON: {"header": {...}, "comments": [...]}, one comment per line. The array is
 * written row by row, never stringified whole. Keys are copied in a fixed order (not the order the
 * source happened to build its objects in), so the same data always gives the same bytes.
 */

function orderedCouncil(council: CouncilOpinionSummary): CouncilOpinionSummary {
  if (council.kind === "none") return { kind: "none" };
  if (council.kind === "waived") return { kind: "waived", deadline: council.deadline };
  return {
    kind: "opinion",
    label: council.label,
    resolutionNumber: council.resolutionNumber,
    adoptedOn: council.adoptedOn,
    votes: council.votes,
    text: council.text,
  };
}

/** The header with its keys in the order of the model. */
function orderedHeader(header: ReportHeader): ReportHeader {
  return {
    documentTitle: header.documentTitle,
    cityName: header.cityName,
    publishingBody: header.publishingBody,
    actTitle: header.actTitle,
    legalBasis: header.legalBasis,
    startDate: header.startDate,
    endDate: header.endDate,
    addressees: header.addressees,
    announcement: header.announcement,
    forms: header.forms,
    ownerUnit: header.ownerUnit,
    contact: header.contact,
    organisationsCount: header.organisationsCount,
    commentsCount: header.commentsCount,
    council: orderedCouncil(header.council),
    positions: header.positions.map((p) => ({ position: p.position, label: p.label, count: p.count })),
    perUnit: header.perUnit.map((u) => ({ unit: u.unit, count: u.count })),
    outcome: header.outcome,
    dataAsOf: header.dataAsOf,
  };
}

/** A row with its keys in the order of the model (and of the table's columns). */
function orderedRow(row: ReportRow): ReportRow {
  return {
    lp: row.lp,
    unit: row.unit,
    currentWording: row.currentWording,
    proposal: row.proposal,
    justification: row.justification,
    submittedBy: row.submittedBy,
    position: row.position,
    positionJustification: row.positionJustification,
  };
}

async function writeJson(source: ReportSource, sink: OutputSink): Promise<void> {
  const batch = new TextBatch((text) => sink.push(text));
  batch.add(`{"header":${JSON.stringify(orderedHeader(source.header))},"comments":[`);
  let first = true;
  for await (const row of source.rows()) {
    if (batch.add(`${first ? "\n" : ",\n"}${JSON.stringify(orderedRow(row))}`)) await sink.ready();
    first = false;
  }
  batch.add(first ? "]}\n" : "\n]}\n");
  batch.flush();
}

/** Writes the report as UTF-8 JSON (no BOM) to `out` and ends it. */
export function writeReportJson(source: ReportSource, out: NodeJS.WritableStream): Promise<void> {
  return withSink(out, (sink) => writeJson(source, sink));
}
