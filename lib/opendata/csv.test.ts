import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { restoreCsvCell } from "@/lib/reports/formats/csv";
import { csvStream } from "./csv";

async function* batches<T>(...lists: T[][]) {
  for (const list of lists) yield list;
}

async function text(stream: ReadableStream<Uint8Array>) {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array(await new Response(stream).arrayBuffer()));
}

type Row = { a: string; b: number | null };
const columns = [
  ["a", (r: Row) => r.a],
  ["b", (r: Row) => r.b],
] as const;

describe("csvStream", () => {
  it("writes a BOM, the heading and every batch's rows with CRLF", async () => {
    const csv = await text(csvStream(columns, batches([{ a: "x", b: 1 }], [{ a: "y, z", b: null }])));
    expect(csv).toBe('\uFEFFa,b\r\nx,1\r\n"y, z",\r\n');
  });

  it("neutralises formula cells so that they read back unchanged after restoring", async () => {
    const risky = ["=1+2", "+48", "-5", "@SUM(A1)", "\tx", "'quoted", "line\nbreak"];
    const csv = await text(csvStream(columns, batches(risky.map((a) => ({ a, b: null })))));
    const rows: string[][] = parse(csv, { bom: true });
    const cells = rows.slice(1).map((row) => row[0] as string);
    expect(cells.slice(0, 6).every((cell) => cell.startsWith("'"))).toBe(true);
    expect(cells.map(restoreCsvCell)).toEqual(risky);
  });

  it("writes only the heading when there is nothing", async () => {
    expect(await text(csvStream(columns, batches<Row>()))).toBe("\uFEFFa,b\r\n");
  });
});
