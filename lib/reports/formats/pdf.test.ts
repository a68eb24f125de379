import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { NO_COMMENTS_TEXT, type ReportRow, TABLE_COLUMNS } from "@/lib/reports/model";
import {
  DIACRITICS,
  emptySource,
  fixtureHeader,
  fixtureRows,
  fixtureSource,
  reportSource,
  sha256,
  writeToBuffer,
} from "./fixture";
import { writeReportPdf } from "./pdf";

type Item = { str: string; x: number };

/** The text of every page, as pdf.js extracts it (items with their x position). */
async function extractPages(bytes: Buffer): Promise<Item[][]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: Item[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const items = content.items.flatMap((item) =>
      "str" in item && item.str.trim() !== "" ? [{ str: item.str, x: item.transform[4] as number }] : [],
    );
    pages.push(items);
  }
  await pdf.destroy();
  return pages;
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();
const pageText = (items: Item[]) => squash(items.map((item) => item.str).join(" "));

/** Everything drawn in the column whose heading starts with `heading`, in order, headings removed. */
function columnText(pages: Item[][], heading: string, fullHeading: string): string {
  const all = pages.flat();
  const x = all.find((item) => item.str.startsWith(heading))?.x;
  expect(x).toBeDefined();
  const text = squash(
    all
      .filter((item) => Math.abs(item.x - (x ?? 0)) < 0.5)
      .map((item) => item.str)
      .join(" "),
  );
  return squash(text.split(fullHeading).join(" "));
}

describe("writeReportPdf", () => {
  it("embeds DejaVu Sans so that every Polish letter is extractable text", async () => {
    const bytes = await writeToBuffer(writeReportPdf, fixtureSource());
    const text = (await extractPages(bytes)).map(pageText).join(" ");
    for (const letter of DIACRITICS.replace(" ", "")) expect(text).toContain(letter);
    expect(text).toContain(DIACRITICS);
    expect(bytes.toString("latin1")).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSans-Bold/);
    expect(bytes.toString("latin1")).toMatch(/\/FontFile2 /);
  });

  it("shows the header fields, the Council's opinion, the summary and the outcome", async () => {
    const header = fixtureHeader();
    const text = (await extractPages(await writeToBuffer(writeReportPdf, fixtureSource()))).map(pageText).join(" ");
    for (const value of [
      header.documentTitle,
      header.legalBasis,
      header.addressees,
      header.announcement,
      header.forms,
    ]) {
      expect(text).toContain(squash(value));
    }
    expect(text).toContain(`od ${header.startDate} do ${header.endDate}`);
    expect(text).toContain(header.ownerUnit);
    expect(text).toContain(header.contact);
    expect(text).toContain("Opinia pozytywna z uwagami (uchwała nr 12/2026");
    expect(text).toContain("częściowo uwzględniona 1");
    expect(text).toContain("§ 3 ust. 2 pkt 1 lit. a 2");
    expect(text).toContain(squash(header.outcome));
  });

  it("draws every row's proposal in full, long rows continuing over pages", async () => {
    const pages = await extractPages(await writeToBuffer(writeReportPdf, fixtureSource()));
    const proposals = columnText(pages, "Proponowane", squash(TABLE_COLUMNS[3]));
    for (const row of fixtureRows()) {
      expect(proposals.includes(squash(row.proposal)), `proposal of row ${row.lp}`).toBe(true);
    }
    const first = pages.findIndex((items) => pageText(items).includes("Propozycja zdanie 1:"));
    const last = pages.findIndex((items) => pageText(items).includes("Propozycja zdanie 220:"));
    expect(last - first).toBeGreaterThanOrEqual(2);
    expect(pageText(pages[first + 1] ?? [])).toContain("3 (cd.)");
  });

  it("keeps every printable character, including those PDF strings escape", async () => {
    // ~110 distinct glyphs: the subset's glyph ids then include the bytes ( ) \\ LF CR that need escaping.
    const printable = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)).join(" ");
    const row = { ...(fixtureRows()[0] as ReportRow), proposal: `${printable} ${DIACRITICS}` };
    const pages = await extractPages(await writeToBuffer(writeReportPdf, reportSource(fixtureHeader(), [row])));
    expect(columnText(pages, "Proponowane", squash(TABLE_COLUMNS[3]))).toContain(squash(row.proposal));
  });

  it("numbers every page and repeats the column headings on every page of the table", async () => {
    const pages = (await extractPages(await writeToBuffer(writeReportPdf, fixtureSource()))).map(pageText);
    expect(pages.length).toBeGreaterThan(3);
    for (const [i, text] of pages.entries()) expect(text).toContain(`Strona ${i + 1}`);
    expect(pages.join(" ")).toContain("Strona 2");
    for (const text of pages.slice(1)) {
      expect(text).toContain("Lp.");
      expect(text).toContain("Uzasadnienie stanowiska");
    }
  });

  it("marks an unanswered comment and keeps user text as plain text", async () => {
    const text = (await extractPages(await writeToBuffer(writeReportPdf, fixtureSource()))).map(pageText).join(" ");
    expect(text).toContain("brak stanowiska");
    expect(text).toContain("<w:t>znaczniki</w:t>");
    expect(text).toContain("@SUM(A1:A9)");
  });

  it("says that nobody commented instead of drawing an empty table", async () => {
    const pages = (await extractPages(await writeToBuffer(writeReportPdf, emptySource()))).map(pageText);
    const text = pages.join(" ");
    expect(text).toContain(NO_COMMENTS_TEXT);
    expect(text).not.toContain("Uzasadnienie stanowiska");
    expect(pages).toHaveLength(1);
  });

  it("records title, author, language and the data's date as metadata", async () => {
    const bytes = await writeToBuffer(writeReportPdf, fixtureSource());
    const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise;
    const info = (await pdf.getMetadata()).info as unknown as Record<string, unknown>;
    await pdf.destroy();
    expect(info.Title).toBe(`Informacja o wynikach konsultacji: ${fixtureHeader().actTitle}`);
    expect(info.Author).toBe("Prezydent Miasta Białegostoku");
    expect(info.Language).toBe("pl-PL");
    expect(info.CreationDate).toBe("D:20261220101530Z");
    expect(info.ModDate).toBe("D:20261220101530Z");
  });

  it("gives byte-identical files for the same data", async () => {
    const first = await writeToBuffer(writeReportPdf, fixtureSource());
    const second = await writeToBuffer(writeReportPdf, fixtureSource());
    expect(sha256(second)).toBe(sha256(first));
    const later = await writeToBuffer(writeReportPdf, {
      ...fixtureSource(),
      header: fixtureHeader({ dataAsOf: "2026-12-21T08:00:00.000Z" }),
    });
    expect(sha256(later)).not.toBe(sha256(first));
  });
});
