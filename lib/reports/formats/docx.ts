import { constants, deflateRawSync } from "node:zlib";
import { Zip, ZipPassThrough } from "fflate";
import {
  NO_COMMENTS_TEXT,
  type ReportHeader,
  type ReportRow,
  type ReportSource,
  TABLE_COLUMNS,
} from "@/lib/reports/model";
import { warsawOffsetMs } from "@/lib/time/warsaw";
import {
  cellParagraphs,
  DOCUMENT_END,
  DOCUMENT_START,
  escapeXml,
  fixedParts,
  LANDSCAPE,
  labelledParagraph,
  PORTRAIT,
  paragraph,
  sectionProperties,
} from "./docx-xml";
import { COUNCIL_LABEL, councilParagraphs, displayCells, headerFields, LABELS } from "./labels";
import { type OutputSink, Utf8Batch, withSink } from "./output-sink";

/*
 * The report as an editable Word document. The `docx` library builds the whole document as
 * objects before packing it: measured here, 10,000 comments took 718 MB and 20,000 took 1.3 GB,
 * far over the 512 MB a 100,000-comment report may use. So the parts are written as
 * WordprocessingML text and deflated into the ZIP while the rows arrive (fflate's streaming Zip,
 * Node's zlib), and memory stays flat whatever the number of comments.
 */

/** Column widths of the comments table (twips); they fill a landscape A4 page inside its margins. */
const COMMENT_COLUMNS = [500, 1430, 2480, 2710, 2480, 1660, 1360, 2518];
/** The summary "charts": a label, a count, and a bar of shaded cells out of BAR_CELLS. */
const BAR_CELLS = 20;
const CHART_COLUMNS = [4200, 900, ...Array.from({ length: BAR_CELLS }, () => 226)];
const BAR_COLOUR = "2F5597";
const HEADER_COLOUR = "D9D9D9";

function grid(widths: readonly number[]): string {
  return `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
}

function tableStart(widths: readonly number[], bordered: boolean): string {
  const total = widths.reduce((a, b) => a + b, 0);
  const style = bordered ? '<w:tblStyle w:val="TableGrid"/>' : "";
  return (
    `<w:tbl><w:tblPr>${style}<w:tblW w:w="${total}" w:type="dxa"/><w:tblLayout w:type="fixed"/>` +
    '<w:tblLook w:val="0620" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>' +
    `</w:tblPr>${grid(widths)}`
  );
}

type CellOptions = { width?: number; span?: number; fill?: string; bold?: boolean; right?: boolean };

function cell(text: string, options: CellOptions = {}): string {
  const tcPr =
    (options.width ? `<w:tcW w:w="${options.width}" w:type="dxa"/>` : "") +
    (options.span && options.span > 1 ? `<w:gridSpan w:val="${options.span}"/>` : "") +
    (options.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${options.fill}"/>` : "");
  const body = options.right
    ? `<w:p><w:pPr><w:pStyle w:val="TableText"/><w:jc w:val="right"/></w:pPr><w:r><w:t>${escapeXml(text)}</w:t></w:r></w:p>`
    : cellParagraphs(text, options.bold);
  return `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ""}${body}</w:tc>`;
}

/** A header row Word repeats at the top of every page the table continues on. */
function headerRow(cells: string): string {
  return `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${cells}</w:tr>`;
}

/** A bar of shaded cells whose length is proportional to `count` (at least one cell when non-zero). */
function barCells(count: number, max: number): string {
  const shaded = count > 0 && max > 0 ? Math.max(1, Math.round((BAR_CELLS * count) / max)) : 0;
  const bar = shaded > 0 ? cell("", { span: shaded, fill: BAR_COLOUR }) : "";
  const rest = BAR_CELLS - shaded > 0 ? cell("", { span: BAR_CELLS - shaded }) : "";
  return bar + rest;
}

function chartTable(heading: string, items: readonly { label: string; count: number }[]): string {
  if (items.length === 0) return paragraph(NO_COMMENTS_TEXT);
  const max = Math.max(0, ...items.map((item) => item.count));
  const rows = items.map(
    (item) =>
      `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cell(item.label)}${cell(String(item.count), { right: true })}${barCells(item.count, max)}</w:tr>`,
  );
  const head = headerRow(
    cell(heading, { bold: true }) + cell(LABELS.count, { bold: true }) + cell("", { span: BAR_CELLS }),
  );
  return `${tableStart(CHART_COLUMNS, false)}${head}${rows.join("")}</w:tbl>`;
}

function headerXml(header: ReportHeader): string {
  const parts = [
    paragraph(header.publishingBody, { center: true }),
    paragraph(header.cityName, { center: true }),
    paragraph(header.documentTitle, { style: "Title" }),
    paragraph(header.actTitle, { center: true, bold: true }),
    ...headerFields(header).map((field) => labelledParagraph(field.label, field.value)),
    paragraph(COUNCIL_LABEL, { style: "Heading1" }),
    ...councilParagraphs(header.council).map((text) => paragraph(text)),
    paragraph(LABELS.summary, { style: "Heading1" }),
    paragraph(LABELS.positions, { style: "Heading2" }),
    chartTable("Stanowisko", header.positions),
    paragraph(LABELS.perUnit, { style: "Heading2" }),
    chartTable(
      "Jednostka redakcyjna",
      header.perUnit.map((u) => ({ label: u.unit, count: u.count })),
    ),
    paragraph(LABELS.outcome, { style: "Heading1" }),
    paragraph(header.outcome),
  ];
  return parts.join("");
}

function commentsTableStart(): string {
  const heads = TABLE_COLUMNS.map((title, i) =>
    cell(title, { width: COMMENT_COLUMNS[i], fill: HEADER_COLOUR, bold: true }),
  );
  return (
    // Ends the portrait section: the table gets landscape pages of its own.
    `<w:p><w:pPr>${sectionProperties(PORTRAIT)}</w:pPr></w:p>` +
    paragraph(LABELS.commentsTable, { style: "Heading1" }) +
    tableStart(COMMENT_COLUMNS, true) +
    headerRow(heads.join(""))
  );
}

function commentRowXml(row: ReportRow): string {
  const cells = displayCells(row).map((text, i) => cell(text, { width: COMMENT_COLUMNS[i] }));
  return `<w:tr>${cells.join("")}</w:tr>`;
}

/**
 * Wall-clock time for ZIP entries. ZIP stores local time without a zone, and fflate reads the
 * process's local fields; a Date whose local fields are Warsaw's wall clock at `dataAsOf` gives
 * the same bytes on a server in any zone.
 */
function zipTimestamp(iso: string): Date {
  const instant = new Date(iso);
  const wall = new Date(instant.getTime() + warsawOffsetMs(instant));
  return new Date(
    wall.getUTCFullYear(),
    wall.getUTCMonth(),
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
  );
}

/**
 * A ZIP entry deflated by Node's native zlib. fflate's own deflate (JavaScript) took most of a
 * 100,000-comment document's time; fflate's documented way to plug in another compressor is to
 * extend ZipPassThrough (which keeps the CRC and size) and override `process`. Each chunk is
 * deflated on its own and ends with a sync flush, so the chunks join into one valid deflate
 * stream; only the last one finishes it.
 */
class NativeDeflateEntry extends ZipPassThrough {
  constructor(name: string, dataAsOf: string) {
    super(name);
    this.compression = 8;
    // fflate would date the entry with the current time.
    this.mtime = zipTimestamp(dataAsOf);
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    const finishFlush = final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH;
    this.ondata(null, deflateRawSync(chunk, { level: 6, finishFlush }), final);
  }
}

async function writeDocx(source: ReportSource, sink: OutputSink): Promise<void> {
  const { header } = source;
  const failure: { error: Error | null } = { error: null };
  const zip = new Zip((error, chunk) => {
    if (error) failure.error = error;
    else sink.push(chunk);
  });
  const encoder = new TextEncoder();
  for (const [name, xml] of fixedParts(header)) {
    const part = new NativeDeflateEntry(name, header.dataAsOf);
    zip.add(part);
    part.push(encoder.encode(xml), true);
  }
  const documentPart = new NativeDeflateEntry("word/document.xml", header.dataAsOf);
  zip.add(documentPart);
  // Chunks of 256 kB: each is deflated on its own, and small ones compress worse.
  const batch = new Utf8Batch((bytes) => documentPart.push(bytes), 256 * 1024);
  batch.add(DOCUMENT_START + headerXml(header));

  let rows = 0;
  for await (const row of source.rows()) {
    if (rows === 0) batch.add(commentsTableStart());
    rows++;
    if (batch.add(commentRowXml(row))) {
      if (failure.error) throw failure.error;
      await sink.ready();
    }
  }
  // A table must be followed by a paragraph before the section ends (Word's own files do so).
  const ending =
    rows > 0
      ? `</w:tbl><w:p/>${sectionProperties(LANDSCAPE)}`
      : paragraph(LABELS.commentsTable, { style: "Heading1" }) +
        paragraph(NO_COMMENTS_TEXT) +
        sectionProperties(PORTRAIT);
  batch.add(ending + DOCUMENT_END);
  batch.flush();
  documentPart.push(new Uint8Array(0), true);
  zip.end();
  if (failure.error) throw failure.error;
}

/** Writes the report as a DOCX (WordprocessingML in a ZIP) to `out` and ends it. */
export function writeReportDocx(source: ReportSource, out: NodeJS.WritableStream): Promise<void> {
  return withSink(out, (sink) => writeDocx(source, sink));
}
