import type { NextRequest } from "next/server";
import { SESSION_COOKIES } from "@/lib/auth/cookies";
import { db } from "@/lib/db";
import { env, ownOrigin } from "@/lib/env";
import { defaultLocale, isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/config";
import { newNonce } from "@/lib/security/headers";
import { RunsAfterArrival } from "./runs-after-arrival";

/*
 * Public pages for anonymous readers, kept in memory between requests.
 *
 * The public page of a long act with thousands of comments costs the server about half a
 * second of rendering, and what anonymous readers get differs from one request to the next
 * only by the Content-Security-Policy nonce. So the proxy keeps the last rendering of each
 * such page (per address and language) and answers from it with a fresh nonce put in, while
 *  - the database is as it was when the page was rendered: PostgreSQL's current snapshot
 *    (`pg_current_snapshot()`, which transactions have committed) changes with every committed
 *    write — a comment, an answer, a new version, a renamed organisation — on this server or
 *    another, so nothing written can be missing from a page served here; and
 *  - the rendering is younger than MAX_AGE_MS, for what changes with the clock alone (a
 *    consultation closing at its deadline).
 * Signed-in people, other methods, client navigations and other pages are rendered as before.
 * A kept page is held as UTF-8 bytes split at the nonce, so an answer is copying bytes. (Next.js
 * drops Content-Encoding from a proxy's response, so it cannot be kept compressed: Next.js
 * compresses each answer for browsers that accept gzip.)
 */

/** Pages anyone may read whose content depends only on the address, the language and the database. */
const PUBLIC_PAGES = /^\/(?:konsultacje\/[^/]+(?:\/(?:uwagi|sprawozdanie|wersje))?)?$/;
/** Headers of a client-side navigation or action: answered by React's own protocol, not HTML. */
const CLIENT_HEADERS = ["rsc", "next-action", "next-router-state-tree", "next-router-prefetch"];
const MAX_AGE_MS = 10_000;
const MAX_PAGES = 100;
const MAX_BYTES = 64 * 1024 * 1024;
const RENDER_TIMEOUT_MS = 60_000;
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

/** The proxy's own request for a rendering carries this header with this process's secret… */
const RENDER_HEADER = "x-konsultacje-page-cache";
const renderSecret = newNonce();
/** …and is rendered with this nonce, which is replaced by each answer's own. */
export const RENDER_NONCE = newNonce();

type Page = {
  stamp: string;
  storedAt: number;
  headers: [string, string][];
  parts: Buffer[];
  bytes: number;
};

const pages = new Map<string, Page>();
/** Orders readers' arrivals and the starts of renderings. */
let clock = 0;
const tick = () => ++clock;
/** Per page: its renderings, one at a time. */
const rendering = new Map<string, RunsAfterArrival<Page | null>>();
let storedBytes = 0;

type PageRequest = Pick<NextRequest, "method" | "nextUrl" | "headers" | "cookies">;

/** The cache key of a request an anonymous reader's copy may answer (language, path and query), or null. */
export function anonymousPageKey(request: PageRequest): { key: string; locale: Locale; path: string } | null {
  if (request.method !== "GET" || !PUBLIC_PAGES.test(request.nextUrl.pathname)) return null;
  if (CLIENT_HEADERS.some((name) => request.headers.has(name)) || request.headers.has(RENDER_HEADER)) return null;
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return null;
  const chosen = request.cookies.get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : defaultLocale;
  const path = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  return { key: `${locale} ${path}`, locale, path };
}

/** True for the proxy's own request for a rendering (which is then rendered with RENDER_NONCE). */
export function isCacheRendering(headers: Headers): boolean {
  return headers.get(RENDER_HEADER) === renderSecret;
}

/**
 * The answer for an anonymous reader from the kept rendering (rendered now if there is none
 * for the database as it is), with `nonce` in place of the rendering's and `policy` as its
 * Content-Security-Policy; null when the request is not one for the cache, or the page could
 * not be kept (an error page, a redirect, a cookie set): then the request is rendered as usual.
 */
export async function answerFromPageCache(request: PageRequest, nonce: string, policy: string) {
  if (env.PAGE_CACHE === "off" || env.NODE_ENV !== "production") return null;
  const wanted = anonymousPageKey(request);
  const origin = ownOrigin();
  if (!wanted || !origin) return null;
  const arrived = tick();
  const stamp = await databaseStamp();
  if (stamp === null) return null;
  let page = pages.get(wanted.key);
  const fresh = page && page.stamp === stamp && Date.now() - page.storedAt <= MAX_AGE_MS;
  if (page && fresh) {
    // Most recently used last: the first in the map is the first to go.
    pages.delete(wanted.key);
    pages.set(wanted.key, page);
  } else {
    page = (await renderSince(arrived, wanted, origin)) ?? undefined;
    if (!page) return null;
  }
  const headers = new Headers(page.headers);
  headers.set("Content-Security-Policy", policy);
  headers.set("X-Page-Cache", fresh ? "hit" : "miss");
  const value = Buffer.from(nonce, "utf8");
  const body = Buffer.concat(page.parts.flatMap((part, i) => (i === 0 ? [part] : [value, part])));
  return new Response(new Uint8Array(body.buffer, body.byteOffset, body.length), { status: 200, headers });
}

async function databaseStamp(): Promise<string | null> {
  try {
    const [row] = await db.$queryRaw<{ stamp: string }[]>`SELECT pg_current_snapshot()::text AS stamp`;
    return row?.stamp ?? null;
  } catch {
    return null;
  }
}

/**
 * A rendering that started after the reader arrived, so that it holds every write committed
 * before they asked; readers who arrive while the database keeps changing (a deadline rush)
 * share the next rendering instead of each causing one (lib/http/runs-after-arrival.ts).
 */
async function renderSince(arrived: number, wanted: { key: string; locale: Locale; path: string }, origin: string) {
  let runs = rendering.get(wanted.key);
  if (!runs) {
    runs = new RunsAfterArrival(async () => {
      const page = await render(new URL(wanted.path, origin), wanted.locale);
      if (page) keep(wanted.key, page);
      return page;
    }, tick);
    rendering.set(wanted.key, runs);
  }
  try {
    return await runs.resultFor(arrived);
  } finally {
    if (runs.idle && rendering.get(wanted.key) === runs) rendering.delete(wanted.key);
  }
}

async function render(url: URL, locale: Locale): Promise<Page | null> {
  try {
    // Read before rendering: the page holds at least what this state of the database holds.
    const stamp = await databaseStamp();
    if (stamp === null) return null;
    const response = await fetch(url, {
      headers: {
        [RENDER_HEADER]: renderSecret,
        cookie: `${LOCALE_COOKIE}=${locale}`,
        accept: "text/html",
        "accept-encoding": "identity",
      },
      redirect: "manual",
      cache: "no-store",
      signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
    });
    const type = response.headers.get("content-type") ?? "";
    if (response.status !== 200 || response.headers.has("set-cookie") || !type.startsWith("text/html")) {
      await response.body?.cancel();
      return null;
    }
    const html = await response.text();
    const headers = [...response.headers].filter(([name]) => !NOT_KEPT.has(name.toLowerCase()));
    const parts = html.split(RENDER_NONCE).map((part) => Buffer.from(part, "utf8"));
    const bytes = parts.reduce((sum, part) => sum + part.length, 0);
    return { stamp, storedAt: Date.now(), headers, parts, bytes };
  } catch {
    return null;
  }
}

function keep(key: string, page: Page) {
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
