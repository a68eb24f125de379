import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { TABLE_COLUMNS } from "@/lib/reports/model";
import { neutraliseCsvCell, restoreCsvCell, writeReportCsv } from "./csv";
import { emptySource, fixtureRows, fixtureSource, sha256, writeToBuffer } from "./fixture";

const BOM = "\uFEFF";

describe("neutraliseCsvCell", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+48 123", "'+48 123"],
    ["-5", "'-5"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["'quoted", "''quoted"],
    ["§ 3 ust. 2", "§ 3 ust. 2"],
    ["a=b", "a=b"],
    ["", ""],
  ])("turns %j into %j", (input, expected) => {
    expect(neutraliseCsvCell(input)).toBe(expected);
    expect(restoreCsvCell(neutraliseCsvCell(input))).toBe(input);
  });
});

describe("writeReportCsv", () => {
  it("writes UTF-8 with a BOM, CRLF line ends and the column headings first", async () => {
    const text = (await writeToBuffer(writeReportCsv, fixtureSource())).toString("utf8");
    expect(text.startsWith(`${BOM}${TABLE_COLUMNS.join(",")}\r\n`)).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
  });

  it("reads back as the source rows, one line per comment", async () => {
    const text = (await writeToBuffer(writeReportCsv, fixtureSource())).toString("utf8");
    const [header, ...records] = parse(text, { bom: true, record_delimiter: "\r\n" }) as string[][];
    expect(header).toEqual([...TABLE_COLUMNS]);
    const expected = fixtureRows().map((row) => [
      String(row.lp),
      row.unit,
      row.currentWording,
      row.proposal,
      row.justification,
      row.submittedBy,
      row.position,
      row.positionJustification,
    ]);
    expect(records.map((record) => record.map(restoreCsvCell))).toEqual(expected);
  });

  it("neutralises cells a spreadsheet would run as formulas", async () => {
    const text = (await writeToBuffer(writeReportCsv, fixtureSource())).toString("utf8");
    const records = parse(text, { bom: true }) as string[][];
    const dangerous = records.find((record) => record[0] === "2") ?? [];
    expect(dangerous[1]).toBe('\'=HYPERLINK("http://zly.example","kliknij")');
    expect(dangerous[2]).toBe("'+48 123 456 789");
    expect(dangerous[3]).toBe("'-5 punktów za brak sprawozdania");
    expect(dangerous[4]).toBe("'@SUM(A1:A9)");
    expect(dangerous[5]).toBe("'\tFundacja Tabulator");
    expect(dangerous[7]?.startsWith("''Cytat")).toBe(true);
    expect(records.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it("writes only the headings when nobody commented", async () => {
    const text = (await writeToBuffer(writeReportCsv, emptySource())).toString("utf8");
    expect(text).toBe(`${BOM}${TABLE_COLUMNS.join(",")}\r\n`);
  });

  it("gives byte-identical files for the same data", async () => {
    const first = await writeToBuffer(writeReportCsv, fixtureSource());
    expect(sha256(await writeToBuffer(writeReportCsv, fixtureSource()))).toBe(sha256(first));
  });
});
