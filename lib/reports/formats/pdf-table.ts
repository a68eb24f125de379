import { TABLE_COLUMNS } from "@/lib/reports/model";
import { LABELS } from "./labels";
import { BulkContent, type TextBlock, writeText } from "./pdf-content";
import { afterEmptyLines, type Lines, lineCount, type PdfFont, pdfNumber } from "./pdf-text";

/*
 * The table of comments on landscape A4 pages, drawn row by row as the rows arrive: the column
 * headings repeat at the top of every page, and a row taller than what is left of a page
 * continues on the next one (a row taller than a whole page is split over as many as it needs).
 */

const LANDSCAPE_PAGE = {
  size: "A4",
  layout: "landscape",
  margins: { top: 30, bottom: 40, left: 30, right: 30 },
} as const;

/** Column widths in points; together they fill the page between its margins (841.89 − 60). */
const COLUMN_WIDTHS = [26, 74, 128, 140, 128, 86, 70, 129.89];
const SIZE = 7.5;
const LEADING = 9;
const PADDING = 3;
/** A row is only split when at least this many of its lines fit on the page; else it moves on. */
const MIN_SPLIT_LINES = 3;
const TITLE_SIZE = 11;

export class CommentsTable {
  private y = 0;
  private readonly left = LANDSCAPE_PAGE.margins.left;
  private readonly headingLines: Lines[];
  private readonly headingHeight: number;
  private readonly content: BulkContent;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly regular: PdfFont,
    private readonly bold: PdfFont,
  ) {
    this.headingLines = TABLE_COLUMNS.map((title, i) => bold.wrap(title, this.textWidth(i), SIZE));
    this.headingHeight = Math.max(...this.headingLines.map(lineCount)) * LEADING + 2 * PADDING;
    this.content = new BulkContent(doc);
  }

  /** Opens the first page of the table, with its title. */
  start(): void {
    this.addPage(true);
  }

  /** Writes out finished pages' content; call between rows. */
  async afterRow(): Promise<void> {
    await this.content.settle(2);
  }

  /** Completes the last page; call before the document ends. */
  async finish(): Promise<void> {
    this.content.close();
    await this.content.settle(0);
  }

  /** Draws one comment's cells (in the order of TABLE_COLUMNS). */
  drawRow(cells: readonly string[]): void {
    const lines = cells.map((text, i) => this.regular.wrap(text, this.textWidth(i), SIZE));
    let total = Math.max(1, ...lines.map(lineCount));
    let from = 0;
    while (from < total) {
      const fit = this.linesThatFit();
      if (total - from <= fit) {
        this.drawSlice(lines, from, total);
        return;
      }
      const fitsOnEmptyPage = from === 0 && total <= this.linesPerEmptyPage();
      if (fitsOnEmptyPage || fit < MIN_SPLIT_LINES) {
        this.addPage(false);
        continue;
      }
      this.drawSlice(lines, from, from + fit);
      from += fit;
      this.addPage(false);
      lines[0] = this.continuedNumber(cells[0] ?? "", from);
      total = Math.max(total, lineCount(lines[0]));
    }
  }

  /** The number column of a row continued from line `from`: "3 (cd.)" where the continuation starts. */
  private continuedNumber(lp: string, from: number): Lines {
    return afterEmptyLines(this.regular.wrap(`${lp} ${LABELS.continued}`, this.textWidth(0), SIZE), from);
  }

  private textWidth(column: number): number {
    return (COLUMN_WIDTHS[column] ?? 0) - 2 * PADDING;
  }

  private bottom(): number {
    return this.doc.page.height - LANDSCAPE_PAGE.margins.bottom;
  }

  private linesThatFit(): number {
    return Math.floor((this.bottom() - this.y - 2 * PADDING) / LEADING);
  }

  private linesPerEmptyPage(): number {
    const top = LANDSCAPE_PAGE.margins.top + this.headingHeight;
    return Math.floor((this.bottom() - top - 2 * PADDING) / LEADING);
  }

  private addPage(withTitle: boolean): void {
    this.content.close();
    this.doc.addPage(LANDSCAPE_PAGE);
    this.content.open();
    this.y = LANDSCAPE_PAGE.margins.top;
    if (withTitle) {
      const lines = this.bold.wrap(LABELS.commentsTable, this.doc.page.width - 2 * this.left, TITLE_SIZE);
      const title = { font: this.bold, size: TITLE_SIZE, leading: 14, x: this.left, top: this.y, lines };
      writeText(this.content.out, this.doc.page.height, [{ ...title, from: 0, to: lineCount(lines) }]);
      this.y += lineCount(lines) * 14 + 6;
    }
    this.drawCells(this.headingLines, 0, Infinity, this.bold, this.headingHeight, "0.85 g");
  }

  private drawSlice(lines: readonly Lines[], from: number, to: number): void {
    this.drawCells(lines, from, to, this.regular, (to - from) * LEADING + 2 * PADDING, null);
  }

  /** Cell borders (and background) plus lines [from, to) of every cell, as one content write. */
  private drawCells(
    lines: readonly Lines[],
    from: number,
    to: number,
    font: PdfFont,
    height: number,
    background: string | null,
  ): void {
    let x = this.left;
    let boxes = "";
    const blocks: TextBlock[] = [];
    lines.forEach((cell, i) => {
      const width = COLUMN_WIDTHS[i] ?? 0;
      boxes += ` ${pdfNumber(x)} ${pdfNumber(this.y)} ${pdfNumber(width)} ${pdfNumber(height)} re`;
      blocks.push({
        font,
        size: SIZE,
        leading: LEADING,
        x: x + PADDING,
        top: this.y + PADDING,
        lines: cell,
        from,
        to,
      });
      x += width;
    });
    const fill = background ? `q ${background}${boxes} f Q ` : "";
    const borders = `q 0.5 w 0.45 G${boxes} S Q`;
    this.content.out.ascii(`${fill}${borders} `);
    writeText(this.content.out, this.doc.page.height, blocks);
    this.y += height;
  }
}
