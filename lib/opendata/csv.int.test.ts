import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docFromPlainText } from "@/lib/comments/body";
import { db } from "@/lib/db";
import { restoreCsvCell } from "@/lib/reports/formats/csv";
import { setClockForTests } from "@/lib/time/clock";
import { commentColumns, consultationColumns, csvCells, unitColumns } from "./csv";
import * as endpoints from "./endpoints";
import { createOpenDataWorld, FORMULA, NOW, type OpenDataWorld } from "./int-fixtures";
import type { CommentOut, ConsultationOut, PageOf, UnitOut } from "./schema";

type Endpoint = { GET(request: Request, context?: { params: Promise<Record<string, string>> }): Promise<Response> };

let world: OpenDataWorld;

beforeAll(async () => {
  setClockForTests(() => NOW);
  world = await createOpenDataWorld("csv");
});

afterAll(async () => {
  setClockForTests(null);
  await db.$disconnect();
});

function call(endpoint: Endpoint, path: string, params: Record<string, string> = {}) {
  const request = new Request(`http://localhost/api/v1${path}`, { headers: { "x-real-ip": randomUUID() } });
  return endpoint.GET(request, { params: Promise.resolve(params) });
}

/** The CSV as its cells were written (neutralised), after checking the type and the BOM. */
async function csvOf(response: Response): Promise<string[][]> {
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
  expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes);
  expect(text).toContain("\r\n");
  return parse(text, { bom: true, relax_column_count: false });
}

const restored = (rows: string[][]) => rows.map((row) => row.map(restoreCsvCell));

async function jsonPages<T>(endpoint: Endpoint, path: string, params: Record<string, string>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const body = (await (
      await call(endpoint, `${path}${path.includes("?") ? "&" : "?"}per_page=200&page=${page}`, params)
    ).json()) as PageOf<T>;
    items.push(...body.data);
    if (!body.links.next) return items;
  }
}

describe("CSV exports", () => {
  it("consultations.csv has the same rows as the JSON list, with the heading", async () => {
    const filter = `?owner_unit=${world.unit.slug}`;
    const rows = await csvOf(await call(endpoints.consultationsCsvEndpoint, `/consultations.csv${filter}`));
    const json = await jsonPages<ConsultationOut>(endpoints.consultationsEndpoint, `/consultations${filter}`, {});
    expect(json).toHaveLength(4);
    expect(rows[0]).toEqual(consultationColumns.map(([name]) => name));
    expect(restored(rows.slice(1))).toEqual(json.map((item) => csvCells(consultationColumns, item)));
    expect(rows.slice(1).map((row) => row[0])).not.toContain(world.consultations.draft.id);
  });

  it("units.csv has the current version's units and neutralises a cell that starts with a minus", async () => {
    const { open } = world.consultations;
    const rows = await csvOf(await call(endpoints.unitsCsvEndpoint, "/units.csv", { id: open.id }));
    const json = await jsonPages<UnitOut>(endpoints.unitsEndpoint, `/consultations/${open.id}/units`, { id: open.id });
    expect(restored(rows.slice(1))).toEqual(json.map((item) => csvCells(unitColumns, item)));
    const text = unitColumns.findIndex(([name]) => name === "text");
    expect(rows[2]?.[text]).toBe("'-5 zł opłaty.");
  });

  it("comments.csv has the public comments only, formula cells neutralised, no answers before the report", async () => {
    const { open } = world.consultations;
    const response = await call(endpoints.commentsCsvEndpoint, "/comments.csv", { id: open.id });
    const rows = await csvOf(response);
    const json = await jsonPages<CommentOut>(endpoints.commentsEndpoint, `/consultations/${open.id}/comments`, {
      id: open.id,
    });
    expect(rows[0]).toEqual(commentColumns.map(([name]) => name));
    expect(restored(rows.slice(1))).toEqual(json.map((item) => csvCells(commentColumns, item)));
    const column = (name: string) => commentColumns.findIndex(([n]) => n === name);
    const organisation = rows.find((row) => row[0] === world.comments.open.organization) as string[];
    expect(organisation[column("proposed_wording")]).toBe(`'${FORMULA}`);
    expect(organisation[column("justification")]).toBe("'+48 85 123 45 67 to nasz telefon");
    expect(rows.slice(1).every((row) => row[column("position")] === "")).toBe(true);
    const text = rows.map((row) => row.join("|")).join("\n");
    expect(text).not.toContain("SEKRET");
    expect(text).not.toContain("WYCOFANA");
    expect(text).not.toContain(world.answerText);
    expect(text).not.toContain("Maria Prywatna");
  });

  it("comments.csv of a consultation with a published report carries the positions", async () => {
    const { published } = world.consultations;
    const rows = await csvOf(await call(endpoints.commentsCsvEndpoint, "/comments.csv", { id: published.id }));
    const column = (name: string) => commentColumns.findIndex(([n]) => n === name);
    const organisation = rows.find((row) => row[0] === world.comments.published.organization) as string[];
    expect(organisation[column("position")]).toBe("PARTLY_ACCEPTED");
    expect(organisation[column("position_justification")]).toBe(world.answerText);
  });

  it("answers 404 problem+json for a draft's CSV", async () => {
    const response = await call(endpoints.commentsCsvEndpoint, "/comments.csv", { id: world.consultations.draft.id });
    expect(response.status).toBe(404);
    expect(response.headers.get("Content-Type")).toContain("application/problem+json");
  });

  it("streams every comment of a large consultation in the report's order, across read batches", async () => {
    const { scheduled } = world.consultations;
    const count = 2_345;
    // One submission time for all: the id decides the order, also across the batches of 1,000.
    const submittedAt = new Date("2033-03-05T10:00:00Z");
    await db.comment.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        id: `${world.id("bulk")}-${String(i).padStart(5, "0")}`,
        consultationId: scheduled.id,
        versionId: scheduled.versionId,
        provisionId: i % 2 === 0 ? scheduled.unit("par2") : null,
        authorId: world.id("ngo"),
        organizationId: world.id("org"),
        body: docFromPlainText(`Uwaga ${i}`),
        bodyText: `Uwaga ${i}`,
        status: "SUBMITTED" as const,
        submittedAt,
        receiptNumber: `BIA/2033/OD/${world.run}-bulk-${i}`,
        receiptHash: "test",
        idempotencyKey: randomUUID(),
      })),
    });
    const rows = await csvOf(await call(endpoints.commentsCsvEndpoint, "/comments.csv", { id: scheduled.id }));
    const ids = rows.slice(1).map((row) => row[0]);
    expect(ids).toHaveLength(count);
    expect(new Set(ids).size).toBe(count);
    const wholeDraft = ids.filter((_, i) => rows[i + 1]?.[commentColumns.findIndex(([n]) => n === "unit_key")] === "");
    expect(wholeDraft).toHaveLength(Math.floor(count / 2));
    expect(ids.slice(0, wholeDraft.length)).toEqual(wholeDraft);
    expect(wholeDraft).toEqual([...wholeDraft].sort());
  });
});
