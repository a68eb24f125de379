import { randomBytes } from "node:crypto";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { UNSUBSCRIBE_PAGE_PATH, unsubscribeToken } from "@/lib/notifications/links";
import { COMMENT_SCAN_PURPOSE } from "@/lib/responses/queries";
import { discover } from "./authorization-discovery";
import { request } from "./authorization-request";
import type { RouteKey } from "./authorization-table";
import {
  type Cell,
  consultation,
  DOCX,
  email,
  frequencyOf,
  generatedReport,
  PDF,
  person,
  type RouteInit,
  SESSION_COOKIE,
  sha256,
  storedFile,
  upload,
  world,
} from "./authorization-world";

// Each route handler's call in the authorization matrix, and what its success and its denial look like.

export const BASE = "http://localhost:3000";
const { routes: handlers } = await discover();

/** Calls the route handler of `key` as Next.js would, from an address of its own (rate limits are per address). */
export async function route(key: RouteKey, { path: target, params, init }: RouteCall): Promise<Response> {
  const handler = handlers.get(key);
  if (!handler) throw new Error(`${key} is in MATRIX but no longer exists`);
  const ip = [10, ...randomBytes(3)].join(".");
  const headers = { "x-real-ip": ip, ...init?.headers };
  const method = key.slice(0, key.indexOf(" "));
  const req = new NextRequest(new URL(target, BASE), { method, body: init?.body, headers });
  return handler(req, { params: Promise.resolve(params ?? {}) });
}

export type RouteCall = {
  path: string;
  params?: Record<string, string | string[]>;
  init?: RouteInit;
  /** Whether an answer with the success status really is one. */
  did?: (response: Response) => Promise<boolean>;
};
export type RouteProbe = {
  success: number;
  /** The denial's status, when not 401 for the anonymous visitor and 403 for the others. */
  denied?: { anonymous: number; signedIn: number };
  setup: (cell: Cell & { pattern: string }) => Promise<RouteCall>;
};
const NOT_FOUND = { anonymous: 404, signedIn: 404 };

/** A public read of the row's path, with the published consultation in it. */
const publicRead = (success: number): RouteProbe => ({
  success,
  setup: async ({ pattern }) => ({
    path: pattern.replace("[id]", world.published.id).replace("[slug]", world.published.slug),
    params: { id: world.published.id, slug: world.published.slug },
  }),
});

export const ROUTES: Record<RouteKey, RouteProbe> = {
  "GET /api/auth/[...nextauth]": {
    success: 200,
    setup: async ({ me }) => ({
      path: "/api/auth/session",
      params: { nextauth: ["session"] },
      // next-auth itself says who is signed in: the cell's own person, or nobody.
      did: async (response) => ((await response.json()) as { user?: { id?: string } }).user?.id === (me ?? undefined),
    }),
  },
  "POST /api/auth/[...nextauth]": {
    success: 200,
    setup: async () => {
      const csrf = await route("GET /api/auth/[...nextauth]", {
        path: "/api/auth/csrf",
        params: { nextauth: ["csrf"] },
      });
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const cookie = csrf.headers.getSetCookie().find((c) => c.startsWith("next-auth.csrf-token="));
      request.cookies.set("next-auth.csrf-token", decodeURIComponent(cookie?.split(";")[0]?.split("=")[1] ?? ""));
      const address = email("sign-in");
      return {
        path: "/api/auth/signin/email",
        params: { nextauth: ["signin", "email"] },
        init: { body: new URLSearchParams({ csrfToken, email: address, callbackUrl: `${BASE}/`, json: "true" }) },
        // The link went out: next-auth sends the browser on to "check your e-mail", not to an error.
        did: async (response) =>
          new URL(((await response.json()) as { url: string }).url).pathname === "/api/auth/verify-request" &&
          (await db.emailMessage.count({ where: { to: address, kind: "sign-in" } })) === 1,
      };
    },
  },
  "GET /api/health": publicRead(200),
  "POST /api/konsultacje/[id]/zalaczniki": {
    success: 201,
    setup: async () => {
      const { id } = await consultation("DRAFT");
      return { path: `/api/konsultacje/${id}/zalaczniki`, params: { id }, init: upload(PDF, "zalacznik.pdf") };
    },
  },
  "GET /api/pliki/[id]": {
    success: 200,
    denied: NOT_FOUND,
    setup: async () => {
      const { id } = await storedFile((await consultation("OPEN")).id, COMMENT_SCAN_PURPOSE);
      return {
        path: `/api/pliki/${id}`,
        params: { id },
        did: async (response) => sha256(new Uint8Array(await response.arrayBuffer())) === sha256(PDF),
      };
    },
  },
  "GET /api/sprawozdania/[reportId]/[format]": {
    success: 200,
    denied: NOT_FOUND,
    setup: async () => {
      const reportId = await generatedReport();
      return {
        path: `/api/sprawozdania/${reportId}/pdf`,
        params: { reportId, format: "pdf" },
        did: async (response) => sha256(new Uint8Array(await response.arrayBuffer())) === sha256(PDF),
      };
    },
  },
  "GET /api/v1/consultations": publicRead(200),
  "OPTIONS /api/v1/consultations": publicRead(204),
  "GET /api/v1/consultations.csv": publicRead(200),
  "OPTIONS /api/v1/consultations.csv": publicRead(204),
  "GET /api/v1/consultations/[id]": publicRead(200),
  "OPTIONS /api/v1/consultations/[id]": publicRead(204),
  "GET /api/v1/consultations/[id]/comments": publicRead(200),
  "OPTIONS /api/v1/consultations/[id]/comments": publicRead(204),
  "GET /api/v1/consultations/[id]/comments.csv": publicRead(200),
  "OPTIONS /api/v1/consultations/[id]/comments.csv": publicRead(204),
  "GET /api/v1/consultations/[id]/report": publicRead(200),
  "OPTIONS /api/v1/consultations/[id]/report": publicRead(204),
  "GET /api/v1/consultations/[id]/units": publicRead(200),
  "OPTIONS /api/v1/consultations/[id]/units": publicRead(204),
  "GET /api/v1/consultations/[id]/units.csv": publicRead(200),
  "OPTIONS /api/v1/consultations/[id]/units.csv": publicRead(204),
  "GET /api/v1/openapi.json": publicRead(200),
  "OPTIONS /api/v1/openapi.json": publicRead(204),
  "GET /api/v1/reports": publicRead(200),
  "OPTIONS /api/v1/reports": publicRead(204),
  "GET /kalendarz.ics": publicRead(200),
  "GET /konsultacje.atom": publicRead(200),
  "GET /konsultacje/[slug]/kalendarz.ics": publicRead(200),
  "GET /powiadomienia/wypisz": {
    success: 303,
    setup: async () => {
      const subscriber = await person("resident");
      const token = unsubscribeToken({ kind: "user", id: subscriber });
      return {
        path: `/powiadomienia/wypisz?token=${token}`,
        did: async (response) =>
          response.headers.get("location") === `${UNSUBSCRIBE_PAGE_PATH}?token=${encodeURIComponent(token)}` &&
          (await frequencyOf(subscriber)) === null,
      };
    },
  },
  "POST /powiadomienia/wypisz": {
    success: 200,
    setup: async () => {
      const subscriber = await person("resident");
      return {
        path: `/powiadomienia/wypisz?token=${unsubscribeToken({ kind: "user", id: subscriber })}`,
        init: { body: new URLSearchParams({ "List-Unsubscribe": "One-Click" }) },
        did: async () => (await frequencyOf(subscriber)) === "NONE",
      };
    },
  },
  "POST /rada/opinie/[consultationId]/skan": {
    success: 201,
    setup: async () => {
      const { id } = await consultation("OPEN");
      return { path: `/rada/opinie/${id}/skan`, params: { consultationId: id }, init: upload(PDF, "uchwala-rady.pdf") };
    },
  },
  "GET /profil/dane": {
    success: 200,
    setup: async ({ me }) => ({
      path: "/profil/dane",
      did: async (response) =>
        me !== null && ((await response.json()) as { account?: { id?: string } }).account?.id === me,
    }),
  },
  "GET /panel/statystyki/csv": {
    success: 200,
    denied: { anonymous: 403, signedIn: 403 },
    setup: async () => ({ path: "/panel/statystyki/csv?rok=2007" }),
  },
  "POST /panel/konsultacje/[id]/projekt/import": {
    success: 200,
    setup: async () => {
      const { id } = await consultation("DRAFT");
      return {
        path: `/panel/konsultacje/${id}/projekt/import`,
        params: { id },
        init: upload(DOCX, "projekt.docx"),
        did: async (response) => ((await response.json()) as { text?: string }).text?.includes("§ 1") === true,
      };
    },
  },
  "POST /panel/konsultacje/[id]/uwagi/skan": {
    success: 201,
    setup: async () => {
      const { id } = await consultation("OPEN");
      return { path: `/panel/konsultacje/${id}/uwagi/skan`, params: { id }, init: upload(PDF, "list.pdf") };
    },
  },
  "POST /wyloguj": {
    success: 303,
    setup: async () => {
      const token = request.cookies.get(SESSION_COOKIE);
      return {
        path: "/wyloguj",
        init: { body: new URLSearchParams(), headers: { origin: BASE, "x-forwarded-host": "localhost:3000" } },
        did: async (response) =>
          response.headers.get("location") === "/?wylogowano=1" &&
          !request.cookies.has(SESSION_COOKIE) &&
          (token === undefined || (await db.session.count({ where: { sessionToken: token } })) === 0),
      };
    },
  },
};
