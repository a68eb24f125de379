import { consumeRateLimit, tooManyRequests } from "@/lib/auth/rate-limit";
import { clientIp } from "@/lib/auth/request";
import { now } from "@/lib/time/clock";
import type { ParamProblem } from "./params";
import type { ProblemOut } from "./schema";

/*
 * The HTTP side of the open-data API, shared by every endpoint: CORS for reading from any origin
 * (no credentials), the per-IP rate limit, caching, and errors as RFC 9457 problem documents.
 */

export const CACHE_CONTROL = "public, max-age=60";
export const JSON_TYPE = "application/json; charset=utf-8";
export const PROBLEM_TYPE = "application/problem+json; charset=utf-8";
export const CSV_TYPE = "text/csv; charset=utf-8";

const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "Retry-After, Content-Disposition, Content-Length",
};

const PREFLIGHT_HEADERS: Record<string, string> = {
  ...CORS_HEADERS,
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Accept, Accept-Language, Content-Language, If-None-Match, If-Modified-Since",
  "Access-Control-Max-Age": "86400",
};

/** An error the API answers with a problem document instead of data. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors?: ParamProblem[],
  ) {
    super(detail);
  }
}

export const notFound = (detail: string) => new ApiProblem(404, "Nie znaleziono", detail);

export function badRequest(errors: ParamProblem[]): ApiProblem {
  return new ApiProblem(400, "Nieprawidłowe zapytanie", errors.map((e) => e.detail).join(" "), errors);
}

export function problemResponse(problem: ApiProblem, init: HeadersInit = {}): Response {
  const body: ProblemOut = {
    type: "about:blank",
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    ...(problem.errors ? { errors: problem.errors } : {}),
  };
  const headers = new Headers(init);
  if (!headers.has("Cache-Control")) headers.set("Cache-Control", problem.status >= 500 ? "no-store" : CACHE_CONTROL);
  headers.set("Content-Type", PROBLEM_TYPE);
  return new Response(JSON.stringify(body), { status: problem.status, headers });
}

/** 429 with Retry-After, from the shared helper, as a problem document. */
function rateLimited(retryAfterSeconds: number): Response {
  const plain = tooManyRequests(retryAfterSeconds);
  const problem = new ApiProblem(
    429,
    "Zbyt wiele żądań",
    `Przekroczono limit zapytań do API. Spróbuj ponownie za ${retryAfterSeconds} s.`,
  );
  return problemResponse(problem, plain.headers);
}

export function jsonResponse(body: unknown): Response {
  return new Response(JSON.stringify(body), {
    headers: { "Content-Type": JSON_TYPE, "Cache-Control": CACHE_CONTROL },
  });
}

export function csvResponse(stream: ReadableStream<Uint8Array>, fileName: string): Response {
  return new Response(stream, {
    headers: {
      "Content-Type": CSV_TYPE,
      "Content-Disposition": `inline; filename="${fileName}"`,
      "Cache-Control": CACHE_CONTROL,
    },
  });
}

function withCors(response: Response, extra: Record<string, string> = CORS_HEADERS): Response {
  for (const [key, value] of Object.entries(extra)) response.headers.set(key, value);
  return response;
}

/** A CORS preflight: any origin may read with GET. */
async function preflight(request: Request): Promise<Response> {
  const limit = await consumeRateLimit("api", clientIp(request.headers));
  if (!limit.ok) return withCors(rateLimited(limit.retryAfterSeconds));
  return withCors(new Response(null, { status: 204 }), PREFLIGHT_HEADERS);
}

export type EndpointInput<P> = { request: Request; url: URL; params: P; now: Date };
export type RouteContext<P> = { params: Promise<P> };

/**
 * The GET and OPTIONS handlers of one read-only endpoint. Every request, preflights included,
 * counts against the "api" limit of its client IP.
 */
export function readEndpoint<P extends Record<string, string> = Record<string, never>>(
  handle: (input: EndpointInput<P>) => Promise<Response>,
) {
  async function get(request: Request, context?: RouteContext<P>): Promise<Response> {
    const limit = await consumeRateLimit("api", clientIp(request.headers));
    if (!limit.ok) return withCors(rateLimited(limit.retryAfterSeconds));
    try {
      const params = ((await context?.params) ?? {}) as P;
      return withCors(await handle({ request, url: new URL(request.url), params, now: now() }));
    } catch (error) {
      if (error instanceof ApiProblem) return withCors(problemResponse(error));
      console.error("Open-data API:", error);
      return withCors(problemResponse(new ApiProblem(500, "Błąd serwera", "Nie udało się przygotować odpowiedzi.")));
    }
  }
  return { GET: get, OPTIONS: preflight };
}
