import { stringify } from "csv-stringify";
import { type ReportRow, type ReportSource, TABLE_COLUMNS } from "@/lib/reports/model";
import { forwardReadable, type OutputSink, withSink } from "./output-sink";

/*
 * The table of comments as CSV for spreadsheets: UTF-8 with a BOM (so Excel reads the Polish
 * letters), comma-separated, CRLF, the column headings of TABLE_COLUMNS, one line per comment.
 */

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"): `=`, `+`,
 * `-`, `@`, tab and carriage return at the start of a cell.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises spreadsheet formula injection. Rule: a cell that starts with `=`, `+`, `-`, `@`, a
 * tab or a carriage return gets one leading apostrophe, so the spreadsheet shows it as text. This
 * includes harmless values such as "-5" (telling them apart is exactly what attackers exploit). A
 * cell that already starts with an apostrophe gets one more, so the rule can be undone without
 * ambiguity: `restoreCsvCell` removes exactly one leading apostrophe when there is one.
 */
export function neutraliseCsvCell(value: string): string {
  return FORMULA_START.test(value) || value.startsWith("'") ? `'${value}` : value;
}

/** Undoes `neutraliseCsvCell` (for programs that read the CSV back). */
export function restoreCsvCell(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}

/** A row's cells in the order of TABLE_COLUMNS, neutralised; the data as stored (unanswered = ""). */
function csvRecord(row: ReportRow): string[] {
  return [
    String(row.lp),
    row.unit,
    row.currentWording,
    row.proposal,
    row.justification,
    row.submittedBy,
    row.position,
    row.positionJustification,
  ].map(neutraliseCsvCell);
}

async function writeCsv(source: ReportSource, sink: OutputSink): Promise<void> {
  const stringifier = stringify({
    bom: true,
    header: true,
    columns: [...TABLE_COLUMNS],
    record_delimiter: "windows",
  });
  const forwarded = forwardReadable(stringifier, sink);
  try {
    for await (const row of source.rows()) {
      stringifier.write(csvRecord(row));
      await forwarded.ready();
    }
  } catch (error) {
    stringifier.destroy();
    throw error;
  }
  stringifier.end();
  await forwarded.ended;
}

/** Writes the table of comments as CSV to `out` and ends it. */
export function writeReportCsv(source: ReportSource, out: NodeJS.WritableStream): Promise<void> {
  return withSink(out, (sink) => writeCsv(source, sink));
}
