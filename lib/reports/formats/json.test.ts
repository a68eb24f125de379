import { describe, expect, it } from "vitest";
import type { ReportRow } from "@/lib/reports/model";
import { emptySource, fixtureHeader, fixtureRows, fixtureSource, reportSource, sha256, writeToBuffer } from "./fixture";
import { writeReportJson } from "./json";

const ROW_KEYS = [
  "lp",
  "unit",
  "currentWording",
  "proposal",
  "justification",
  "submittedBy",
  "position",
  "positionJustification",
];

describe("writeReportJson", () => {
  it("parses back to the same header and rows", async () => {
    const bytes = await writeToBuffer(writeReportJson, fixtureSource());
    expect(bytes[0]).toBe("{".charCodeAt(0));
    const parsed = JSON.parse(bytes.toString("utf8"));
    expect(parsed).toEqual({ header: fixtureHeader(), comments: fixtureRows() });
    expect(Object.keys(parsed)).toEqual(["header", "comments"]);
    expect(Object.keys(parsed.comments[0])).toEqual(ROW_KEYS);
  });

  it("writes keys in a fixed order whatever order the source built them in", async () => {
    const rows = fixtureRows();
    const reversed = rows.map((row) => Object.fromEntries(Object.entries(row).reverse()) as unknown as ReportRow);
    const header = Object.fromEntries(Object.entries(fixtureHeader()).reverse()) as unknown as ReturnType<
      typeof fixtureHeader
    >;
    const a = await writeToBuffer(writeReportJson, reportSource(fixtureHeader(), rows));
    const b = await writeToBuffer(writeReportJson, reportSource(header, reversed));
    expect(sha256(b)).toBe(sha256(a));
  });

  it("writes an empty array when nobody commented", async () => {
    const text = (await writeToBuffer(writeReportJson, emptySource())).toString("utf8");
    expect(text).toContain('"comments":[]');
    expect(JSON.parse(text).comments).toEqual([]);
  });

  it("gives byte-identical files for the same data", async () => {
    const first = await writeToBuffer(writeReportJson, fixtureSource());
    expect(sha256(await writeToBuffer(writeReportJson, fixtureSource()))).toBe(sha256(first));
  });
});
