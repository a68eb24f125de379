import { SESSION_COOKIES } from "@/lib/auth/cookies";
import { databaseSnapshot } from "@/lib/db";
import { env, ownOrigin } from "@/lib/env";
import { LOCALE_COOKIE, type Locale, localeFromCookie } from "@/lib/i18n/config";
import { newNonce } from "@/lib/security/headers";
import { type DeflatedParts, deflateParts, gzipWithNonce } from "./gzip-splice";
import { ReadsAfterArrival, RunsAfterArrival } from "./runs-after-arrival";

/*
 * Public pages for anonymous readers, kept in memory between requests.
 *
 * The public page of a long act with thousands of comments costs the server about half a
 * second of rendering, and what anonymous readers get differs from one request to the next
 * only by the Content-Security-Policy nonce. So the server keeps the last rendering of each
 * such page (per address and language) and answers from it with a fresh nonce put in, while
 *  - the database is as it was when the page was rendered: PostgreSQL's current snapshot
 *    (`pg_current_snapshot()`: which transactions have ended) changes with every committed
 *    write — a comment, an answer, a new version, a renamed organisation — on this server or
 *    another, so nothing written before a reader asked can be missing from their page. (This
 *    holds for one PostgreSQL primary; behind a pooler that spreads connections over replicas,
 *    set PAGE_CACHE=off.) Any write counts, also the rate limiter's and the job queue's, so
 *    busy moments render more often; and
 *  - the rendering started less than MAX_AGE_MS ago, for what changes with the clock alone
 *    (a consultation closing at its deadline).
 * Signed-in people, other methods, client navigations and other pages are rendered as before.
 * Each rendering has a nonce of its own, unknown outside this process, which each answer's
 * nonce replaces wherever it stands (scripts, stylesheet links, the Link header). A kept page is
 * held as UTF-8 bytes split at that nonce, and gzip-compressed the same way (gzip-splice.ts), so
 * an answer is copying bytes. The server in front of Next.js answers with it (kept-page-server.ts,
 * lib/cli/serve.ts); Next.js's proxy only gives the cache's own renderings their nonce.
 */

/** Pages anyone may read whose content depends only on the address, the language, the database and the clock. */
const PUBLIC_PAGES = /^\/(?:konsultacje\/[^/]+(?:\/(?:uwagi|sprawozdanie|wersje))?)?$/;
/** The query parameters those pages read; others (`?uwaga=`, trackers) are not part of the key. */
const PAGE_PARAMETERS = ["wersja", "jednostka", "strona", "od", "do", "zmiany"];
/** Headers of a client-side navigation or action: answered by React's own protocol, not HTML. */
const CLIENT_HEADERS = ["rsc", "next-action", "next-router-state-tree", "next-router-prefetch"];
const MAX_AGE_MS = 10_000;
const MAX_PAGES = 100;
const MAX_BYTES = 64 * 1024 * 1024;
/** A larger page is answered but not kept: it would push out too many others. */
const MAX_PAGE_BYTES = MAX_BYTES / 8;
const RENDER_TIMEOUT_MS = 60_000;
const STAMP_TIMEOUT_MS = 2_000;
/** Headers of the rendering that are not passed on: per response, or about its encoding. */
const NOT_KEPT = new Set([
  "content-security-policy",
  "set-cookie",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
]);

/** The cache's own request for a rendering carries `<secret>:<nonce>` in this header. */
const RENDER_HEADER = "x-konsultacje-page-cache";
// One secret for the process: the server that answers (lib/cli/serve.ts) and Next.js's proxy,
// which loads this module again in its own bundle, must agree on it.
process.env.PAGE_CACHE_SECRET ||= newNonce();
const renderSecret: string = process.env.PAGE_CACHE_SECRET;
/** newNonce()'s length: a kept page is compressed for nonces of this length. */
const NONCE_BYTES = 24;
/** Kept headers hold this in place of their rendering's nonce. */
const RENDERED_NONCE = "\u0000nonce\u0000";

/**
 * A rendering: its status and headers, its body as bytes split where its nonce stood, and the
 * database state and the time read before it started.
 */
type Page = {
  status: number;
  headers: [string, string][];
  parts: Buffer[];
  bytes: number;
  stamp: string;
  startedAt: number;
  /** The parts deflated, each on its own (lib/http/gzip-splice.ts), made on the first gzip answer. */
  deflated?: Promise<DeflatedParts>;
};
/** What a reader is answered with: a kept page, or a rendering that may not be kept (an error page). */
type Rendered = { page: Page; kept: boolean } | null;

const pages = new Map<string, Page>();
let storedBytes = 0;
/** Orders readers' arrivals and the starts of renderings. */
let clock = 0;
const tick = () => ++clock;
/** Per page: its renderings, one at a time. */
const rendering = new Map<string, RunsAfterArrival<Rendered>>();

/** What the cache reads of a request: a NextRequest has it, and so does the server's own (kept-page-server.ts). */
export type PageRequest = {
  method: string;
  nextUrl: Pick<URL, "pathname" | "searchParams">;
  headers: Pick<Headers, "has">;
  cookies: { has(name: string): boolean; get(name: string): { value: string } | undefined };
};
type Wanted = { key: string; locale: Locale; path: string };

/** What an anonymous reader's request asks for, if a kept page may answer it: key, language, path and query. */
export function wantedAnonymousPage(request: PageRequest): Wanted | null {
  if (request.method !== "GET" || !PUBLIC_PAGES.test(request.nextUrl.pathname)) return null;
  if (CLIENT_HEADERS.some((name) => request.headers.has(name)) || request.headers.has(RENDER_HEADER)) return null;
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return null;
  const locale = localeFromCookie(request.cookies.get(LOCALE_COOKIE)?.value);
  const query = new URLSearchParams(
    [...request.nextUrl.searchParams].filter(([name]) => PAGE_PARAMETERS.includes(name)),
  ).toString();
  const path = `${request.nextUrl.pathname}${query ? `?${query}` : ""}`;
  return { key: `${locale} ${path}`, locale, path };
}

/** The nonce to render the cache's own request with, or null for any other request. */
export function renderingNonce(headers: Headers): string | null {
  const value = headers.get(RENDER_HEADER) ?? "";
  // The nonce (base64) has no colon; the secret, if an operator set it, may.
  const at = value.lastIndexOf(":");
  const nonce = value.slice(at + 1);
  return at > 0 && nonce && sameSecret(value.slice(0, at)) ? nonce : null;
}

/** Compared in constant time: how much of a guess is right must not show in how long it takes. */
function sameSecret(candidate: string): boolean {
  if (candidate.length !== renderSecret.length) return false;
  let difference = 0;
  for (let i = 0; i < candidate.length; i++) difference |= candidate.charCodeAt(i) ^ renderSecret.charCodeAt(i);
  return difference === 0;
}

let warnedNoNonce = false;

/** What a reader is answered with, from a kept page or a rendering, with their own nonce in it. */
export type PageAnswer = {
  status: number;
  headers: Headers;
  /** The body as buffers to write one after the other: the HTML, or it gzip-compressed. */
  chunks(encoding: "identity" | "gzip"): Promise<Buffer[]>;
  text(): string;
};

/**
 * The answer for an anonymous reader from the kept rendering (rendered now if there is none
 * for the database as it is), with `nonce` in place of the rendering's and `policy` as its
 * Content-Security-Policy; null when the request is not one for the cache, or the page could
 * not be rendered for it (a redirect, a cookie set, no database): then Next.js renders it.
 */
export async function answerFromPageCache(
  request: PageRequest,
  nonce: string,
  policy: string,
): Promise<PageAnswer | null> {
  if (env.PAGE_CACHE === "off" || env.NODE_ENV !== "production") return null;
  const wanted = wantedAnonymousPage(request);
  const origin = ownOrigin();
  if (!wanted || !origin) return null;
  const arrived = tick();
  const stamp = await stamps.result();
  if (stamp === null) return null;
  const kept = pages.get(wanted.key);
  let answer: Page;
  let state: "hit" | "miss" | "pass";
  if (kept && kept.stamp === stamp && Date.now() - kept.startedAt <= MAX_AGE_MS) {
    // Most recently used last: the first in the map is the first to go.
    pages.delete(wanted.key);
    pages.set(wanted.key, kept);
    answer = kept;
    state = "hit";
  } else {
    const rendered = await renderAfter(arrived, wanted, origin);
    if (!rendered) return null;
    answer = rendered.page;
    state = rendered.kept ? "miss" : "pass";
  }
  const headers = new Headers(answer.headers.map(([name, value]) => [name, value.split(RENDERED_NONCE).join(nonce)]));
  headers.set("Content-Security-Policy", policy);
  headers.set("X-Page-Cache", state);
  const page = answer;
  const value = Buffer.from(nonce, "utf8");
  const html = () => page.parts.flatMap((part, i) => (i === 0 ? [part] : [value, part]));
  return {
    status: page.status,
    headers,
    chunks: async (encoding) => (encoding === "gzip" ? gzipWithNonce(await gzippedParts(page), value) : html()),
    text: () => Buffer.concat(html()).toString("utf8"),
  };
}

/**
 * The database's snapshot, read after the reader arrived: the price of never answering with a
 * page older than a write committed before they asked. Readers of one turn of the event loop
 * share a read, and nobody waits for a read that started before they came (2026-12-07, bench:load,
 * gzip at 50 connections: one read at a time through Prisma p95 107–200 ms; overlapping reads
 * through `pg`, 0.2 ms each at p50, p95 82–191 ms against bare node:http's 83–139 ms in the same runs).
 */
const stamps = new ReadsAfterArrival(readDatabaseStamp);

async function readDatabaseStamp(): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), STAMP_TIMEOUT_MS);
  });
  const read = databaseSnapshot().catch(() => null);
  try {
    return await Promise.race([read, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A rendering that started after the reader arrived, so that it holds every write committed
 * before they asked; readers who arrive while the database keeps changing (a deadline rush)
 * share the next rendering instead of each causing one (lib/http/runs-after-arrival.ts).
 */
async function renderAfter(arrived: number, wanted: Wanted, origin: string): Promise<Rendered> {
  let runs = rendering.get(wanted.key);
  if (!runs) {
    runs = new RunsAfterArrival(async () => {
      const rendered = await renderForCache(new URL(wanted.path, origin), wanted.locale);
      if (rendered?.kept) keepPage(wanted.key, rendered.page);
      return rendered;
    }, tick);
    rendering.set(wanted.key, runs);
  }
  try {
    return await runs.resultFor(arrived);
  } finally {
    if (runs.idle && rendering.get(wanted.key) === runs) rendering.delete(wanted.key);
  }
}

async function renderForCache(url: URL, locale: Locale): Promise<Rendered> {
  try {
    // Read before rendering: the page holds at least what this state of the database holds.
    const startedAt = Date.now();
    const stamp = await readDatabaseStamp();
    if (stamp === null) return null;
    const nonce = newNonce();
    const response = await fetch(url, {
      headers: {
        [RENDER_HEADER]: `${renderSecret}:${nonce}`,
        cookie: `${LOCALE_COOKIE}=${locale}`,
        accept: "text/html",
        "accept-encoding": "identity",
      },
      redirect: "manual",
      cache: "no-store",
      signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
    });
    // A cookie or a redirect is rendered for the reader as usual: nothing of it is shared.
    if (response.headers.has("set-cookie") || (response.status >= 300 && response.status < 400)) {
      await response.body?.cancel();
      return null;
    }
    const html = await response.text();
    const headers = [...response.headers]
      .filter(([name]) => !NOT_KEPT.has(name.toLowerCase()))
      .map(([name, value]): [string, string] => [name, value.split(nonce).join(RENDERED_NONCE)]);
    const parts = html.split(nonce).map((part) => Buffer.from(part, "utf8"));
    if (parts.length < 2) {
      // Rendered without the nonce asked for (the proxy did not know the secret): answered with
      // another nonce, its scripts would all be blocked. Next.js renders for the reader instead.
      if (!warnedNoNonce) console.error("page cache: a rendering without its nonce; pages are rendered per request");
      warnedNoNonce = true;
      return null;
    }
    const bytes = parts.reduce((sum, part) => sum + part.length, 0);
    const page = { status: response.status, headers, parts, bytes, stamp, startedAt };
    // An error page (a consultation not found, not public yet) is answered but not kept.
    const type = response.headers.get("content-type") ?? "";
    return { page, kept: response.status === 200 && type.startsWith("text/html") && bytes <= MAX_PAGE_BYTES };
  } catch {
    return null;
  }
}

function gzippedParts(page: Page): Promise<DeflatedParts> {
  page.deflated ??= deflateParts(page.parts, NONCE_BYTES).catch((error: unknown) => {
    page.deflated = undefined; // tried again by the next gzip answer
    throw error;
  });
  return page.deflated;
}

function keepPage(key: string, page: Page) {
  const previous = pages.get(key);
  if (previous) storedBytes -= previous.bytes;
  pages.delete(key);
  pages.set(key, page);
  storedBytes += page.bytes;
  for (const [oldest, old] of pages) {
    if (pages.size <= MAX_PAGES && storedBytes <= MAX_BYTES) break;
    pages.delete(oldest);
    storedBytes -= old.bytes;
  }
}
