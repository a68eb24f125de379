import { createRequire } from "node:module";
import path from "node:path";
import PDFDocument from "pdfkit";
import { NO_COMMENTS_TEXT, type ReportHeader, type ReportRow, type ReportSource } from "@/lib/reports/model";
import { COUNCIL_LABEL, councilParagraphs, displayCells, documentTitle, headerFields, LABELS } from "./labels";
import { forwardReadable, type OutputSink, withSink } from "./output-sink";
import { writeText, writeToPage } from "./pdf-content";
import { CommentsTable } from "./pdf-table";
import { lineCount, PdfFont, pdfNumber } from "./pdf-text";

/*
 * The report as PDF: the header and summary on portrait A4 pages, the table of comments on
 * landscape ones. The document streams: each page is written out as soon as the next one starts
 * (no bufferPages), which is also why a page says "Strona N" and not "N of M".
 */

const REGULAR = "DejaVuSans";
const BOLD = "DejaVuSans-Bold";
const PORTRAIT_PAGE = {
  size: "A4",
  layout: "portrait",
  margins: { top: 56, bottom: 56, left: 56, right: 56 },
} as const;
const BODY_SIZE = 10;
const FOOTER_SIZE = 8;
const BAR_COLOUR = "0.18 0.33 0.59 rg";

/** DejaVu Sans from the dejavu-fonts-ttf package: it has every Polish letter, and it is free to embed. */
export function fontFile(name: string): string {
  // Resolved from the working directory at run time, so bundlers leave the path alone.
  const require = createRequire(path.join(process.cwd(), "package.json"));
  return path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf", `${name}.ttf`);
}

function createDocument(header: ReportHeader): PDFKit.PDFDocument {
  const when = new Date(header.dataAsOf);
  return new PDFDocument({
    autoFirstPage: false,
    // Without a font pdfkit opens Helvetica's metrics from its own folder, a file a bundled
    // server build (Next.js) does not have; DejaVu Sans is what the report uses anyway.
    font: fontFile(REGULAR),
    pdfVersion: "1.7",
    lang: "pl-PL",
    displayTitle: true,
    // pdfkit's cache would keep a second copy of every word's layout next to PdfFont's.
    fontLayoutCache: false,
    // Fixed dates (not the wall clock): pdfkit derives the file /ID from these, so the same
    // data gives the same bytes. Font subset tags come from font ids, which are stable too.
    info: {
      Title: documentTitle(header),
      Author: header.publishingBody,
      Subject: header.actTitle,
      Creator: "Konsultacje",
      Producer: "PDFKit",
      CreationDate: when,
      ModDate: when,
    },
  });
}

/** Draws "Strona N" at the foot of every page as the page is created. */
function numberPages(doc: PDFKit.PDFDocument, regular: PdfFont, bold: PdfFont): void {
  let pageNumber = 0;
  doc.on("pageAdded", () => {
    pageNumber++;
    regular.useOn(doc.page);
    bold.useOn(doc.page);
    const label = LABELS.page(pageNumber);
    const x = (doc.page.width - regular.widthOf(label, FOOTER_SIZE)) / 2;
    const top = doc.page.height - doc.page.margins.bottom / 2 - FOOTER_SIZE / 2;
    const lines = regular.wrap(label, doc.page.width, FOOTER_SIZE);
    const block = { font: regular, size: FOOTER_SIZE, leading: FOOTER_SIZE, x, top, lines, from: 0, to: 1 };
    writeToPage(doc, (out) => writeText(out, doc.page.height, [block]));
  });
}

function heading(doc: PDFKit.PDFDocument, text: string, size = 12): void {
  // Keep a heading with what follows it rather than alone at the foot of a page.
  if (doc.y + 5 * size > doc.page.maxY()) doc.addPage(PORTRAIT_PAGE);
  doc.moveDown(0.6).font(BOLD).fontSize(size).text(text, { align: "left" }).moveDown(0.3);
  doc.font(REGULAR).fontSize(BODY_SIZE);
}

function drawTitleBlock(doc: PDFKit.PDFDocument, header: ReportHeader): void {
  doc
    .font(REGULAR)
    .fontSize(BODY_SIZE)
    .text(header.publishingBody, { align: "center" })
    .text(header.cityName, { align: "center" });
  doc.moveDown(1).font(BOLD).fontSize(16).text(header.documentTitle, { align: "center" });
  doc.moveDown(0.4).fontSize(12).text(header.actTitle, { align: "center" }).moveDown(1);
  for (const field of headerFields(header)) {
    doc.font(BOLD).fontSize(BODY_SIZE).text(`${field.label}: `, { continued: true });
    doc.font(REGULAR).text(field.value).moveDown(0.3);
  }
  heading(doc, COUNCIL_LABEL);
  for (const text of councilParagraphs(header.council)) doc.text(text).moveDown(0.3);
}

type ChartItem = { label: string; count: number };
const CHART = { labelWidth: 190, countWidth: 36, gap: 8, size: 8, leading: 10, barHeight: 7 };

/** A horizontal bar chart drawn with vector shapes: label, count, and a bar proportional to it. */
function drawBarChart(
  doc: PDFKit.PDFDocument,
  fonts: { regular: PdfFont; bold: PdfFont },
  title: string,
  items: readonly ChartItem[],
): void {
  const left = doc.page.margins.left;
  const barLeft = left + CHART.labelWidth + CHART.countWidth + CHART.gap;
  const barSpace = doc.page.width - doc.page.margins.right - barLeft;
  const max = Math.max(0, ...items.map((item) => item.count));
  heading(doc, title, 11);
  if (items.length === 0) doc.text(NO_COMMENTS_TEXT);
  for (const item of items) {
    const lines = fonts.regular.wrap(item.label, CHART.labelWidth - CHART.gap, CHART.size);
    const height = lineCount(lines) * CHART.leading + 3;
    if (doc.y + height > doc.page.maxY()) {
      doc.addPage(PORTRAIT_PAGE);
    }
    const top = doc.y;
    const count = String(item.count);
    const countX = left + CHART.labelWidth + CHART.countWidth - fonts.regular.widthOf(count, CHART.size);
    const common = {
      font: fonts.regular,
      size: CHART.size,
      leading: CHART.leading,
      top,
      from: 0,
      to: lineCount(lines),
    };
    const countLines = fonts.regular.wrap(count, CHART.countWidth, CHART.size);
    const barWidth = max > 0 ? (barSpace * item.count) / max : 0;
    const barTop = top + (CHART.leading - CHART.barHeight) / 2;
    writeToPage(doc, (out) => {
      if (barWidth > 0) {
        out.ascii(
          `q ${BAR_COLOUR} ${pdfNumber(barLeft)} ${pdfNumber(barTop)} ${pdfNumber(barWidth)} ${CHART.barHeight} re f Q `,
        );
      }
      writeText(out, doc.page.height, [
        { ...common, x: left, lines },
        { ...common, x: countX, lines: countLines },
      ]);
    });
    doc.y = top + height;
  }
  doc.x = left;
}

function drawSummary(doc: PDFKit.PDFDocument, fonts: { regular: PdfFont; bold: PdfFont }, header: ReportHeader): void {
  heading(doc, LABELS.summary);
  drawBarChart(doc, fonts, LABELS.positions, header.positions);
  drawBarChart(
    doc,
    fonts,
    LABELS.perUnit,
    header.perUnit.map((u) => ({ label: u.unit, count: u.count })),
  );
  heading(doc, LABELS.outcome);
  doc.text(header.outcome);
}

async function drawComments(
  doc: PDFKit.PDFDocument,
  table: CommentsTable,
  rows: AsyncIterable<ReportRow>,
  ready: () => Promise<void>,
) {
  let started = false;
  for await (const row of rows) {
    if (!started) table.start();
    started = true;
    table.drawRow(displayCells(row));
    await table.afterRow();
    await ready();
  }
  await table.finish();
  if (!started) {
    heading(doc, LABELS.commentsTable);
    doc.text(NO_COMMENTS_TEXT);
  }
}

async function writePdf(source: ReportSource, sink: OutputSink): Promise<void> {
  const doc = createDocument(source.header);
  const forwarded = forwardReadable(doc, sink);
  doc.registerFont(REGULAR, fontFile(REGULAR));
  doc.registerFont(BOLD, fontFile(BOLD));
  const fonts = { regular: new PdfFont(doc, REGULAR), bold: new PdfFont(doc, BOLD) };
  numberPages(doc, fonts.regular, fonts.bold);

  doc.addPage(PORTRAIT_PAGE);
  drawTitleBlock(doc, source.header);
  drawSummary(doc, fonts, source.header);
  await forwarded.ready();
  const table = new CommentsTable(doc, fonts.regular, fonts.bold);
  await drawComments(doc, table, source.rows(), forwarded.ready);
  doc.end();
  await forwarded.ended;
}

/** Writes the report as PDF to `out` and ends it; the same source always gives the same bytes. */
export function writeReportPdf(source: ReportSource, out: NodeJS.WritableStream): Promise<void> {
  return withSink(out, (sink) => writePdf(source, sink));
}
