import { z } from "zod";
import { commentColumns, consultationColumns, unitColumns } from "./csv";
import { API_BASE, absoluteUrl } from "./links";
import { DEFAULT_PER_PAGE, MAX_PAGE, MAX_PER_PAGE } from "./params";
import {
  bi,
  commentPageSchema,
  commentSchema,
  consultationDetailSchema,
  consultationPageSchema,
  consultationSchema,
  PUBLIC_STATUSES,
  problemSchema,
  reportPageSchema,
  reportSchema,
  unitPageSchema,
  unitSchema,
} from "./schema";

/*
 * The OpenAPI 3.1 document of /api/v1, written here in code. The response schemas are the zod
 * schemas of schema.ts turned into JSON Schema 2020-12 (the dialect of OpenAPI 3.1), so what
 * the document promises is what the handlers are typed to return.
 */

const SCHEMA_IDS = [
  [consultationSchema, "Consultation"],
  [consultationDetailSchema, "ConsultationDetail"],
  [consultationPageSchema, "ConsultationPage"],
  [unitSchema, "Unit"],
  [unitPageSchema, "UnitPage"],
  [commentSchema, "Comment"],
  [commentPageSchema, "CommentPage"],
  [reportSchema, "Report"],
  [reportPageSchema, "ReportPage"],
  [problemSchema, "Problem"],
] as const;

function componentSchemas(): Record<string, Record<string, unknown>> {
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of SCHEMA_IDS) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    uri: (id) => `#/components/schemas/${id}`,
  });
  // Inside an OpenAPI document each schema is a component, not a document of its own.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _dialect, $id: _id, ...rest } = schema as Record<string, unknown>;
      return [id, rest];
    }),
  );
}

const ref = (kind: string, id: string) => ({ $ref: `#/components/${kind}/${id}` });

const json = (schemaId: string, pl: string, en: string) => ({
  description: bi(pl, en),
  headers: { "Cache-Control": ref("headers", "CacheControl"), "Access-Control-Allow-Origin": ref("headers", "Cors") },
  content: { "application/json": { schema: ref("schemas", schemaId) } },
});

const csv = (columns: readonly (readonly [string, unknown])[], pl: string, en: string) => ({
  description: bi(
    `${pl} Kolumny: ${columns.map(([name]) => name).join(", ")}. UTF-8 z BOM, CRLF; komórki zaczynające się od = + - @ tabulatora lub CR poprzedza apostrof.`,
    `${en} Columns: ${columns.map(([name]) => name).join(", ")}. UTF-8 with a BOM, CRLF; cells that start with = + - @ a tab or CR get a leading apostrophe.`,
  ),
  headers: { "Cache-Control": ref("headers", "CacheControl"), "Access-Control-Allow-Origin": ref("headers", "Cors") },
  content: { "text/csv": { schema: { type: "string" } } },
});

const errors = (...codes: ("400" | "404")[]) => ({
  ...Object.fromEntries(codes.map((code) => [code, ref("responses", code === "400" ? "BadRequest" : "NotFound")])),
  "429": ref("responses", "TooManyRequests"),
});

const idPath = [ref("parameters", "Id")];
const paging = [ref("parameters", "Page"), ref("parameters", "PerPage")];
const filters = [ref("parameters", "Status"), ref("parameters", "OwnerUnit")];

function operation(
  operationId: string,
  tag: string,
  summary: [pl: string, en: string],
  parameters: object[],
  responses: Record<string, unknown>,
) {
  return {
    get: {
      operationId,
      tags: [tag],
      summary: summary[0],
      description: bi(...summary),
      parameters,
      responses,
    },
  };
}

function paths() {
  return {
    "/consultations": operation(
      "listConsultations",
      "consultations",
      ["Lista opublikowanych konsultacji, od najnowszych.", "Published consultations, newest first."],
      [...paging, ...filters],
      { "200": json("ConsultationPage", "Strona listy.", "A page of the list."), ...errors("400") },
    ),
    "/consultations.csv": operation(
      "exportConsultationsCsv",
      "consultations",
      ["Lista konsultacji jako CSV (bez stronicowania).", "Consultations as CSV (not paged)."],
      filters,
      {
        "200": csv(consultationColumns, "Konsultacje.", "Consultations."),
        ...errors("400"),
      },
    ),
    "/consultations/{id}": operation(
      "getConsultation",
      "consultations",
      ["Szczegóły konsultacji.", "A consultation's details."],
      idPath,
      { "200": json("ConsultationDetail", "Konsultacje.", "The consultation."), ...errors("404") },
    ),
    "/consultations/{id}/units": operation(
      "listUnits",
      "units",
      [
        "Jednostki redakcyjne aktualnej opublikowanej wersji projektu, w kolejności tekstu.",
        "The drafting units of the current published version, in the order of the text.",
      ],
      [...idPath, ...paging],
      { "200": json("UnitPage", "Strona jednostek.", "A page of units."), ...errors("400", "404") },
    ),
    "/consultations/{id}/units.csv": operation(
      "exportUnitsCsv",
      "units",
      ["Jednostki redakcyjne jako CSV.", "The drafting units as CSV."],
      idPath,
      { "200": csv(unitColumns, "Jednostki.", "Units."), ...errors("404") },
    ),
    "/consultations/{id}/comments": operation(
      "listComments",
      "comments",
      [
        "Publiczne uwagi: złożone i niewycofane; ukryte bez treści, z powodem ukrycia; stanowiska dopiero po opublikowaniu sprawozdania.",
        "Public comments: submitted and not withdrawn; hidden ones without their text, with the reason; positions only once the report is published.",
      ],
      [...idPath, ...paging],
      { "200": json("CommentPage", "Strona uwag.", "A page of comments."), ...errors("400", "404") },
    ),
    "/consultations/{id}/comments.csv": operation(
      "exportCommentsCsv",
      "comments",
      ["Publiczne uwagi jako CSV.", "The public comments as CSV."],
      idPath,
      { "200": csv(commentColumns, "Uwagi.", "Comments."), ...errors("404") },
    ),
    "/consultations/{id}/report": operation(
      "getConsultationReport",
      "reports",
      ["Opublikowane sprawozdanie z konsultacji.", "The consultation's published report."],
      idPath,
      {
        "200": json("Report", "Sprawozdanie.", "The report."),
        ...errors("404"),
      },
    ),
    "/reports": operation(
      "listReports",
      "reports",
      ["Opublikowane sprawozdania, od najnowszych.", "Published reports, newest first."],
      paging,
      { "200": json("ReportPage", "Strona sprawozdań.", "A page of reports."), ...errors("400") },
    ),
    "/openapi.json": operation(
      "getOpenApiDocument",
      "meta",
      ["Ten dokument (OpenAPI 3.1).", "This document (OpenAPI 3.1)."],
      [],
      {
        "200": {
          description: bi("Dokument OpenAPI.", "The OpenAPI document."),
          content: { "application/json": { schema: { type: "object" } } },
        },
        ...errors(),
      },
    ),
  };
}

const problem = (pl: string, en: string, headers: Record<string, unknown> = {}) => ({
  description: bi(pl, en),
  headers,
  content: { "application/problem+json": { schema: ref("schemas", "Problem") } },
});

function components() {
  return {
    schemas: componentSchemas(),
    parameters: {
      Id: {
        name: "id",
        in: "path",
        required: true,
        description: bi("Identyfikator konsultacji (lub jej adres – slug).", "The consultation's id (or its slug)."),
        schema: { type: "string", minLength: 1, maxLength: 200 },
      },
      Page: {
        name: "page",
        in: "query",
        required: false,
        description: bi("Numer strony, od 1.", "Page number, from 1."),
        schema: { type: "integer", minimum: 1, maximum: MAX_PAGE, default: 1 },
      },
      PerPage: {
        name: "per_page",
        in: "query",
        required: false,
        description: bi("Liczba wyników na stronie.", "Results per page."),
        schema: { type: "integer", minimum: 1, maximum: MAX_PER_PAGE, default: DEFAULT_PER_PAGE },
      },
      Status: {
        name: "status",
        in: "query",
        required: false,
        description: bi(
          "Tylko konsultacje w tym stanie (według zegara).",
          "Only consultations in this status (by the clock).",
        ),
        schema: { type: "string", enum: [...PUBLIC_STATUSES] },
      },
      OwnerUnit: {
        name: "owner_unit",
        in: "query",
        required: false,
        description: bi(
          "Tylko konsultacje tej komórki (jej slug).",
          "Only this owner unit's consultations (its slug).",
        ),
        schema: { type: "string", minLength: 1, maxLength: 200 },
      },
    },
    headers: {
      CacheControl: {
        description: bi("Odpowiedź można buforować 60 s.", "The response may be cached for 60 s."),
        schema: { type: "string", examples: ["public, max-age=60"] },
      },
      Cors: {
        description: bi("Odczyt z dowolnej domeny (bez poświadczeń).", "Readable from any origin (no credentials)."),
        schema: { type: "string", const: "*" },
      },
      RetryAfter: {
        description: bi("Po ilu sekundach ponowić zapytanie.", "Seconds to wait before the next request."),
        schema: { type: "integer", minimum: 1 },
      },
    },
    responses: {
      BadRequest: problem("Nieprawidłowe parametry zapytania.", "Invalid query parameters."),
      NotFound: problem("Nie ma takiego zasobu.", "No such resource."),
      TooManyRequests: problem("Przekroczono limit zapytań.", "Too many requests.", {
        "Retry-After": ref("headers", "RetryAfter"),
      }),
    },
  };
}

let cached: Record<string, unknown> | null = null;

/** The document (built once: it depends only on the code and the site's address). */
export function openApiDocument(): Record<string, unknown> {
  cached ??= {
    openapi: "3.1.0",
    info: {
      title: "Konsultacje — API otwartych danych / open data API",
      version: "1.0.0",
      description: bi(
        "Publiczne dane platformy konsultacji projektów aktów prawa miejscowego z organizacjami pozarządowymi: konsultacje, jednostki redakcyjne projektów, publiczne uwagi i opublikowane sprawozdania. Tylko odczyt, bez logowania; CORS dla każdej domeny (bez poświadczeń); odpowiedzi można buforować 60 s; limit zapytań na adres IP na minutę (po przekroczeniu 429 z Retry-After). Błędy jako application/problem+json (RFC 9457). Daty: chwile w UTC (ISO 8601), dni kalendarzowe w strefie Europe/Warsaw.",
        "Public data of the platform on which a city consults draft local law with NGOs: consultations, the drafting units of the drafts, public comments and published reports. Read-only, no sign-in; CORS for any origin (no credentials); responses may be cached for 60 s; a per-IP limit of requests per minute (429 with Retry-After beyond it). Errors as application/problem+json (RFC 9457). Dates: instants in UTC (ISO 8601), calendar days in Europe/Warsaw.",
      ),
    },
    servers: [{ url: absoluteUrl(API_BASE) }],
    tags: [
      { name: "consultations", description: bi("Konsultacje.", "Consultations.") },
      { name: "units", description: bi("Jednostki redakcyjne projektu.", "Drafting units of the draft.") },
      { name: "comments", description: bi("Publiczne uwagi.", "Public comments.") },
      { name: "reports", description: bi("Opublikowane sprawozdania.", "Published reports.") },
      { name: "meta", description: bi("Opis API.", "About the API.") },
    ],
    paths: paths(),
    components: components(),
  };
  return cached;
}
