import { randomUUID } from "node:crypto";
import { dereference, validate } from "@readme/openapi-parser";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// A low limit for this file's process, read when lib/env is first imported (below).
const previousLimit = vi.hoisted(() => {
  const previous = process.env.API_LIMIT_PER_MINUTE;
  process.env.API_LIMIT_PER_MINUTE = "40";
  return previous;
});

import { consumeRateLimit } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { setClockForTests } from "@/lib/time/clock";
import * as endpoints from "./endpoints";
import { createOpenDataWorld, NOW, type OpenDataWorld } from "./int-fixtures";
import { openApiDocument } from "./openapi";
import type { CommentOut, ConsultationDetailOut, ConsultationOut, PageOf, ReportOut, UnitOut } from "./schema";

// Method syntax: each endpoint's own params type is accepted (they are checked by the route files).
type Endpoint = { GET(request: Request, context?: { params: Promise<Record<string, string>> }): Promise<Response> };
type Document = {
  paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: object }> }> } }>;
};

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv2020,
) => void;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);

let world: OpenDataWorld;
let doc: Document;

beforeAll(async () => {
  setClockForTests(() => NOW);
  world = await createOpenDataWorld("api");
  doc = (await dereference(structuredClone(openApiDocument()) as never)) as unknown as Document;
});

afterAll(async () => {
  setClockForTests(null);
  if (previousLimit === undefined) delete process.env.API_LIMIT_PER_MINUTE;
  else process.env.API_LIMIT_PER_MINUTE = previousLimit;
  await db.$disconnect();
});

/** Calls a handler as Next does, from a client address of its own (so the rate limit is this request's). */
async function call(endpoint: Endpoint, path: string, params: Record<string, string> = {}, ip = randomUUID()) {
  const url = path.startsWith("http") ? path : `http://localhost/api/v1${path}`;
  const request = new Request(url, { headers: { "x-real-ip": ip } });
  return endpoint.GET(request, { params: Promise.resolve(params) });
}

/** The body, checked against the document's schema for this path, status and media type. */
async function validBody<T>(response: Response, path: string, mediaType = "application/json"): Promise<T> {
  const status = String(response.status);
  const schema = doc.paths[path]?.get.responses[status]?.content[mediaType]?.schema;
  expect(schema, `${path} ${status} ${mediaType} is described`).toBeDefined();
  expect(response.headers.get("Content-Type")).toContain(mediaType);
  const body = await response.json();
  const check = ajv.compile(schema as object);
  check(body);
  expect(check.errors ?? []).toEqual([]);
  return body as T;
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await validate(structuredClone(openApiDocument()) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(result.specification).toBe("OpenAPI");
    expect(openApiDocument()).toMatchObject({ openapi: "3.1.0" });
  });

  it("is served at /api/v1/openapi.json and describes every endpoint", async () => {
    const response = await call(endpoints.openApiEndpoint, "/openapi.json");
    expect(response.status).toBe(200);
    const served = await response.json();
    expect(served).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
    expect(Object.keys(served.paths).sort()).toEqual(
      [
        "/consultations",
        "/consultations.csv",
        "/consultations/{id}",
        "/consultations/{id}/comments",
        "/consultations/{id}/comments.csv",
        "/consultations/{id}/report",
        "/consultations/{id}/units",
        "/consultations/{id}/units.csv",
        "/openapi.json",
        "/reports",
      ].sort(),
    );
    for (const path of ["/consultations.csv", "/consultations/{id}/units.csv", "/consultations/{id}/comments.csv"]) {
      expect(Object.keys(served.paths[path].get.responses["200"].content)).toEqual(["text/csv"]);
    }
  });
});

describe("GET /api/v1/consultations", () => {
  it("pages the unit's published consultations with total and next/prev links, never the draft", async () => {
    const owner = world.unit.slug;
    const first = await validBody<PageOf<ConsultationOut>>(
      await call(endpoints.consultationsEndpoint, `/consultations?owner_unit=${owner}&per_page=3`),
      "/consultations",
    );
    expect(first).toMatchObject({ page: 1, per_page: 3, total: 4 });
    expect(first.data).toHaveLength(3);
    expect(first.links.prev).toBeNull();
    expect(first.links.next).toBe(`${env.NEXTAUTH_URL}/api/v1/consultations?owner_unit=${owner}&page=2&per_page=3`);
    const second = await validBody<PageOf<ConsultationOut>>(
      await call(endpoints.consultationsEndpoint, first.links.next as string),
      "/consultations",
    );
    expect(second).toMatchObject({ page: 2, total: 4 });
    expect(second.data).toHaveLength(1);
    expect(second.links.next).toBeNull();
    expect(second.links.prev).toBe(`${env.NEXTAUTH_URL}/api/v1/consultations?owner_unit=${owner}&page=1&per_page=3`);
    const statusById = Object.fromEntries([...first.data, ...second.data].map((c) => [c.id, c.status]));
    const { open, published, scheduled, lapsed, draft } = world.consultations;
    expect(statusById).toEqual({
      [open.id]: "OPEN",
      [published.id]: "REPORT_PUBLISHED",
      [scheduled.id]: "SCHEDULED",
      // Stored as OPEN, past its end: the clock's status.
      [lapsed.id]: "CLOSED",
    });
    expect(statusById[draft.id]).toBeUndefined();
    // Newest first.
    expect([...first.data, ...second.data].map((c) => c.id)).toEqual([scheduled.id, open.id, lapsed.id, published.id]);
  });

  it("filters by the clock's status", async () => {
    const owner = world.unit.slug;
    for (const [status, expected] of [
      ["closed", world.consultations.lapsed.id],
      ["OPEN", world.consultations.open.id],
      ["SCHEDULED", world.consultations.scheduled.id],
      ["REPORT_PUBLISHED", world.consultations.published.id],
    ] as const) {
      const page = await validBody<PageOf<ConsultationOut>>(
        await call(endpoints.consultationsEndpoint, `/consultations?status=${status}&owner_unit=${owner}`),
        "/consultations",
      );
      expect(page.data.map((c) => c.id)).toEqual([expected]);
      expect(page.links.self).toContain(`status=${status.toUpperCase()}`);
    }
    const everyOpen = await validBody<PageOf<ConsultationOut>>(
      await call(endpoints.consultationsEndpoint, "/consultations?status=OPEN&per_page=200"),
      "/consultations",
    );
    expect(everyOpen.data.every((c) => c.status === "OPEN")).toBe(true);
  });

  it("answers 400 problem+json in Polish for a bad per_page, page or status", async () => {
    for (const query of ["per_page=201", "per_page=abc", "per_page=0", "page=0", "status=DRAFT"]) {
      const response = await call(endpoints.consultationsEndpoint, `/consultations?${query}`);
      expect(response.status, query).toBe(400);
      const problem = await validBody<{ title: string; detail: string; errors: { parameter: string }[] }>(
        response,
        "/consultations",
        "application/problem+json",
      );
      expect(problem.title).toBe("Nieprawidłowe zapytanie");
      expect(problem.errors.map((e) => e.parameter)).toEqual([query.split("=")[0]]);
      expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    }
    const response = await call(endpoints.consultationsEndpoint, "/consultations?per_page=500");
    expect((await response.json()).detail).toMatch(/per_page.*od 1 do 200/);
  });
});

describe("GET /api/v1/consultations/{id}", () => {
  it("gives the details with ISO instants, Warsaw dates, the clock's status and the current version", async () => {
    const { open } = world.consultations;
    const detail = await validBody<ConsultationDetailOut>(
      await call(endpoints.consultationEndpoint, `/consultations/${open.id}`, { id: open.id }),
      "/consultations/{id}",
    );
    expect(detail).toMatchObject({
      id: open.id,
      status: "OPEN",
      start_date: "2033-03-01",
      end_date: "2033-03-12",
      opens_at: "2033-02-28T23:00:00.000Z",
      closes_at: "2033-03-12T23:00:00.000Z",
      owner_unit: { slug: world.unit.slug },
      forms: ["ONLINE", "MEETING"],
      meeting: { at: "2033-03-08T16:30:00.000Z", date: "2033-03-08", place: "Sala 101, ul. Słonimska 1" },
      council_opinion_deadline: "2033-03-13",
      current_version: { number: 1, unit_count: 3 },
      comment_count: 5,
      links: { html: `${env.NEXTAUTH_URL}/konsultacje/${open.slug}`, report: null },
    });
    // By slug too.
    const bySlug = await call(endpoints.consultationEndpoint, `/consultations/${open.slug}`, { id: open.slug });
    expect((await bySlug.json()).id).toBe(open.id);
  });

  it("answers 404 problem+json for a draft and for an unknown id", async () => {
    for (const id of [world.consultations.draft.id, world.consultations.draft.slug, `missing-${world.run}`]) {
      const response = await call(endpoints.consultationEndpoint, `/consultations/${id}`, { id });
      expect(response.status).toBe(404);
      const problem = await validBody<{ title: string }>(response, "/consultations/{id}", "application/problem+json");
      expect(problem.title).toBe("Nie znaleziono");
    }
    const units = await call(endpoints.unitsEndpoint, "/units", { id: world.consultations.draft.id });
    expect(units.status).toBe(404);
    const comments = await call(endpoints.commentsEndpoint, "/comments", { id: world.consultations.draft.id });
    expect(comments.status).toBe(404);
  });
});

describe("GET /api/v1/consultations/{id}/units", () => {
  it("pages the current version's units with their keys, parents and citations", async () => {
    const { open } = world.consultations;
    const path = `/consultations/${open.id}/units`;
    const first = await validBody<PageOf<UnitOut>>(
      await call(endpoints.unitsEndpoint, `${path}?per_page=2`, { id: open.id }),
      "/consultations/{id}/units",
    );
    expect(first).toMatchObject({ total: 3, page: 1, per_page: 2 });
    expect(first.data.map((u) => [u.key, u.parent, u.citation])).toEqual([
      ["par1", null, "§ 1"],
      ["par1.ust1", "par1", "§ 1 ust. 1"],
    ]);
    expect(first.links.next).toContain(`${path}?page=2&per_page=2`);
    const second = await validBody<PageOf<UnitOut>>(
      await call(endpoints.unitsEndpoint, `${path}?page=2&per_page=2`, { id: open.id }),
      "/consultations/{id}/units",
    );
    expect(second.data.map((u) => u.key)).toEqual(["par2"]);
    expect(second.data[0]?.links.html).toBe(`${env.NEXTAUTH_URL}/konsultacje/${open.slug}#par-2`);
    expect(second.links).toMatchObject({ next: null });
  });
});

async function allComments(consultationId: string): Promise<{ pages: PageOf<CommentOut>[]; comments: CommentOut[] }> {
  const pages: PageOf<CommentOut>[] = [];
  for (let page = 1; page <= 3; page++) {
    pages.push(
      await validBody<PageOf<CommentOut>>(
        await call(endpoints.commentsEndpoint, `/consultations/${consultationId}/comments?per_page=2&page=${page}`, {
          id: consultationId,
        }),
        "/consultations/{id}/comments",
      ),
    );
  }
  return { pages, comments: pages.flatMap((p) => p.data) };
}

describe("GET /api/v1/consultations/{id}/comments", () => {
  it("shows public comments only: no withdrawn or draft ones, a hidden one without its words", async () => {
    const { pages, comments } = await allComments(world.consultations.open.id);
    expect(pages[0]).toMatchObject({ total: 5 });
    expect(pages[2]?.links.next).toBeNull();
    const ids = comments.map((c) => c.id);
    const mine = world.comments.open;
    expect(new Set(ids)).toEqual(new Set([mine.organization, mine.consenting, mine.private, mine.hidden, mine.letter]));
    const hidden = comments.find((c) => c.id === mine.hidden);
    expect(hidden).toMatchObject({
      hidden: { reason: "Treść narusza zasady" },
      text: null,
      proposed_wording: null,
      justification: null,
      receipt_number: null,
    });
    const serialised = JSON.stringify(pages);
    expect(serialised).not.toContain("SEKRET");
    expect(serialised).not.toContain("WYCOFANA");
    expect(serialised).not.toContain("SZKIC");
    // The whole draft first, then the units in the draft's order.
    expect(comments.map((c) => c.unit?.citation ?? null)).toEqual([null, "§ 1", "§ 1 ust. 1", "§ 2", "§ 2"]);
  });

  it("names a resident only with consent, and never the clerk who typed in a letter", async () => {
    const { comments } = await allComments(world.consultations.open.id);
    const by = (id: string) => comments.find((c) => c.id === id)?.submitter;
    const mine = world.comments.open;
    expect(by(mine.private)).toEqual({ kind: "resident", name: "Mieszkaniec/Mieszkanka" });
    expect(by(mine.consenting)).toEqual({ kind: "person", name: `Jan Zgodny ${world.run}` });
    expect(by(mine.organization)).toEqual({ kind: "organization", name: `Fundacja Otwarta ${world.run}` });
    // The signatory the clerk typed in, as on the reading page (the form asks for consent).
    expect(by(mine.letter)).toEqual({ kind: "other", name: `Jan Kowalski z listu ${world.run}` });
    const serialised = JSON.stringify(comments);
    expect(serialised).not.toContain("Maria Prywatna");
    expect(serialised).not.toContain(world.clerkName);
  });

  it("has no positions before the report is published", async () => {
    const { comments } = await allComments(world.consultations.open.id);
    expect(comments.map((c) => c.answer)).toEqual([null, null, null, null, null]);
    expect(JSON.stringify(comments)).not.toContain(world.answerText);
  });

  it("has the positions and their justifications once the report is published", async () => {
    const { comments } = await allComments(world.consultations.published.id);
    const mine = world.comments.published;
    const answer = (id: string) => comments.find((c) => c.id === id)?.answer;
    expect(answer(mine.organization)).toEqual({
      position: "PARTLY_ACCEPTED",
      position_label: "częściowo uwzględniona",
      justification: world.answerText,
    });
    expect(answer(mine.consenting)).toEqual({
      position: "ACCEPTED",
      position_label: "uwzględniona",
      justification: null,
    });
    expect(answer(mine.private)).toMatchObject({ position: "REJECTED" });
    const letter = comments.find((c) => c.id === mine.letter);
    expect(letter).toMatchObject({
      submitter: { kind: "other", name: `Jan Kowalski z listu ${world.run}` },
      joint_with: [`Stowarzyszenie Sąsiedzi ${world.run}`],
      channel: "POST",
    });
    // A hidden comment stays without its words, also in the final report's data.
    expect(comments.find((c) => c.id === mine.hidden)).toMatchObject({ text: null, answer: { position: "EXPLAINED" } });
    expect(JSON.stringify(comments)).not.toContain("SEKRET");
  });
});

describe("reports", () => {
  it("GET /consultations/{id}/report gives the published report with its files and BIP record", async () => {
    const { published } = world.consultations;
    const report = await validBody<ReportOut>(
      await call(endpoints.consultationReportEndpoint, `/consultations/${published.id}/report`, { id: published.id }),
      "/consultations/{id}/report",
    );
    expect(report).toMatchObject({
      id: world.reportId,
      published_at: "2033-02-15T09:00:00.000Z",
      bip: {
        author: "Tomasz Zieliński",
        entered_by: world.clerkName,
        publishing_body: "Prezydent Miasta Białegostoku",
      },
      consultation: { id: published.id },
    });
    expect(report.files).toEqual([
      {
        format: "pdf",
        size: 12_345,
        sha256: "a".repeat(64),
        generated_at: "2033-02-10T09:00:00.000Z",
        url: `${env.NEXTAUTH_URL}/api/sprawozdania/${world.reportId}/pdf`,
      },
      expect.objectContaining({ format: "csv", url: `${env.NEXTAUTH_URL}/api/sprawozdania/${world.reportId}/csv` }),
    ]);
  });

  it("answers 404 while a consultation's report is not published", async () => {
    const { open } = world.consultations;
    const response = await call(endpoints.consultationReportEndpoint, "/report", { id: open.id });
    expect(response.status).toBe(404);
    await validBody(response, "/consultations/{id}/report", "application/problem+json");
  });

  it("GET /reports lists published reports only", async () => {
    const page = await validBody<PageOf<ReportOut>>(
      await call(endpoints.reportsEndpoint, "/reports?per_page=200"),
      "/reports",
    );
    const ids = page.data.map((r) => r.id);
    expect(ids).toContain(world.reportId);
    expect(ids).not.toContain(world.id("report-draft"));
    expect(page.total).toBeGreaterThanOrEqual(1);
  });
});

describe("CORS, caching and the rate limit", () => {
  it("lets any origin read, without credentials, and caches for 60 s", async () => {
    const response = await call(endpoints.consultationsEndpoint, "/consultations?per_page=1");
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("Access-Control-Allow-Credentials")).toBeNull();
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=60");
  });

  it("answers a preflight with the allowed methods", async () => {
    const request = new Request("http://localhost/api/v1/consultations", {
      method: "OPTIONS",
      headers: {
        "x-real-ip": randomUUID(),
        Origin: "https://dane.example",
        "Access-Control-Request-Method": "GET",
      },
    });
    const response = await endpoints.consultationsEndpoint.OPTIONS(request);
    expect(response.status).toBe(204);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("Access-Control-Allow-Methods")).toContain("GET");
    expect(response.headers.get("Access-Control-Allow-Credentials")).toBeNull();
  });

  it("answers 429 with Retry-After once a client used up its requests for the minute", async () => {
    expect(env.API_LIMIT_PER_MINUTE).toBe(40);
    const ip = randomUUID();
    for (let i = 0; i < env.API_LIMIT_PER_MINUTE - 1; i++) expect((await consumeRateLimit("api", ip)).ok).toBe(true);
    const last = await call(endpoints.reportsEndpoint, "/reports?per_page=1", {}, ip);
    expect(last.status).toBe(200);
    const refused = await call(endpoints.reportsEndpoint, "/reports?per_page=1", {}, ip);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get("Retry-After"))).toBeLessThanOrEqual(60);
    expect(refused.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(refused.headers.get("Cache-Control")).toBe("no-store");
    const problem = await validBody<{ status: number; title: string }>(refused, "/reports", "application/problem+json");
    expect(problem).toMatchObject({ status: 429, title: "Zbyt wiele żądań" });
    // Another client is not affected.
    expect((await call(endpoints.reportsEndpoint, "/reports?per_page=1")).status).toBe(200);
  });
});
