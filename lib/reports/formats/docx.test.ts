import JSZip from "jszip";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { NO_COMMENTS_TEXT, type ReportRow, TABLE_COLUMNS } from "@/lib/reports/model";
import { writeReportDocx } from "./docx";
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

async function part(bytes: Buffer, name: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(name);
  if (!file) throw new Error(`${name} is missing`);
  return file.async("string");
}

/** The HTML tables mammoth finds, as strings. */
async function htmlTables(bytes: Buffer): Promise<string[]> {
  const { value } = await mammoth.convertToHtml({ buffer: bytes });
  return value.match(/<table>.*?<\/table>/gs) ?? [];
}

const commentsTable = (tables: string[]) => tables.find((table) => table.includes(`>${TABLE_COLUMNS[0]}<`));

describe("writeReportDocx", () => {
  it("makes the comments a Word table: a header row plus one row per comment", async () => {
    const table = commentsTable(await htmlTables(await writeToBuffer(writeReportDocx, fixtureSource())));
    expect(table).toBeDefined();
    expect(table?.match(/<tr>/g)).toHaveLength(fixtureRows().length + 1);
    expect(table?.match(/<th>/g)).toHaveLength(TABLE_COLUMNS.length);
    for (const title of TABLE_COLUMNS) expect(table).toContain(`<th><p><strong>${title}</strong></p></th>`);
  });

  it("marks the table's header row to repeat on every page", async () => {
    const xml = await part(await writeToBuffer(writeReportDocx, fixtureSource()), "word/document.xml");
    const table = xml.match(/<w:tbl>(?:(?!<\/w:tbl>).)*?<w:t xml:space="preserve">Lp\.<\/w:t>.*?<\/w:tbl>/s)?.[0] ?? "";
    const rows = table.match(/<w:tr>.*?<\/w:tr>/gs) ?? [];
    expect(rows).toHaveLength(fixtureRows().length + 1);
    expect(rows[0]).toContain("<w:tblHeader/>");
    expect(rows.slice(1).some((row) => row.includes("<w:tblHeader/>"))).toBe(false);
  });

  it("keeps Polish letters, markup characters and formula-like text as plain text", async () => {
    const bytes = await writeToBuffer(writeReportDocx, fixtureSource());
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    expect(value).toContain(DIACRITICS);
    expect(value).toContain('<w:t>znaczniki</w:t> & "cudzysłowy"');
    expect(value).toContain('=HYPERLINK("http://zly.example","kliknij")');
    expect(value).toContain("brak stanowiska");
    for (const row of fixtureRows()) expect(value).toContain(row.proposal);
  });

  it("has the header, the Council's opinion, the summary tables and the outcome", async () => {
    const bytes = await writeToBuffer(writeReportDocx, fixtureSource());
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    const header = fixtureHeader();
    for (const text of [
      header.legalBasis,
      header.addressees,
      header.announcement,
      header.forms,
      header.contact,
      header.outcome,
    ]) {
      expect(value).toContain(text);
    }
    expect(value).toContain("Opinia pozytywna z uwagami (uchwała nr 12/2026");
    const tables = await htmlTables(bytes);
    expect(tables.some((table) => table.includes("<p>częściowo uwzględniona</p>"))).toBe(true);
    expect(tables.some((table) => table.includes("<p>§ 3 ust. 2 pkt 1 lit. a</p>"))).toBe(true);
  });

  it("sets Polish as the language and the data's date, title and author as properties", async () => {
    const bytes = await writeToBuffer(writeReportDocx, fixtureSource());
    expect(await part(bytes, "word/styles.xml")).toContain('<w:lang w:val="pl-PL"');
    const core = await part(bytes, "docProps/core.xml");
    expect(core).toContain("<dc:language>pl-PL</dc:language>");
    expect(core).toContain("<dc:creator>Prezydent Miasta Białegostoku</dc:creator>");
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-20T10:15:30Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-20T10:15:30Z</dcterms:modified>');
  });

  it("drops characters XML forbids instead of producing a file Word refuses", async () => {
    const row: ReportRow = {
      ...(fixtureRows()[0] as ReportRow),
      proposal: "Tekst\u000Bz pionowym\u0001 tabulatorem\u0000\uD800",
    };
    const bytes = await writeToBuffer(writeReportDocx, reportSource(fixtureHeader(), [row]));
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    expect(value).toContain("Tekstz pionowym tabulatorem");
  });

  it("says that nobody commented instead of an empty table", async () => {
    const bytes = await writeToBuffer(writeReportDocx, emptySource());
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    expect(value).toContain(NO_COMMENTS_TEXT);
    expect(commentsTable(await htmlTables(bytes))).toBeUndefined();
  });

  it("gives byte-identical files for the same data, whatever the server's time zone", async () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = "UTC";
      const first = await writeToBuffer(writeReportDocx, fixtureSource());
      process.env.TZ = "America/New_York";
      const second = await writeToBuffer(writeReportDocx, fixtureSource());
      expect(sha256(second)).toBe(sha256(first));
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
