import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authPages } from "@/lib/auth/options";
import { ACTIONS } from "./authorization-actions";
import { discover } from "./authorization-discovery";
import { request } from "./authorization-request";
import { ROUTES, route } from "./authorization-routes";
import { ACTORS, type ActionKey, isRoute, MATRIX, type RouteKey, type RowKey, type Who } from "./authorization-table";
import { type Cell, setUpWorld, signIn, tearDownWorld } from "./authorization-world";

// The product's authorization matrix: every server action (each function exported by a
// "use server" module) and every route handler (each HTTP method exported by an app/**/route.ts)
// against eight actors, with the expected answer in MATRIX (authorization-table.ts, which also
// names the columns and what "allow" and "deny" mean). Every cell is a real call of the real
// action or handler against the real database, by a person really signed in: a fresh user per
// cell with a database session whose cookie next-auth reads. Only the request itself is faked
// (next/headers), so getCurrentUser, loadActor and the policies run as in production. The test
// fails when an action or a route has no row, or a row names nothing that exists (the actions
// and routes are found on disk: authorization-discovery.ts).

// --- The request ---------------------------------------------------------------------------
// Only the request is faked: its cookies and headers come from authorization-request.ts, into
// which each cell puts its actor's session cookie.

vi.hoisted(() => {
  // next-auth reads its base URL from the environment itself (lib/env has the same default).
  process.env.NEXTAUTH_URL ??= "http://localhost:3000";
});
vi.mock("next/headers", async () => {
  const { request } = await import("./authorization-request");
  return { cookies: async () => request.jar, headers: async () => request.headers() };
});
// next-auth reads the request through require("next/headers"), which vi.mock does not reach.
const nextHeaders = createRequire(import.meta.url)("next/headers") as Record<"cookies" | "headers", unknown>;
const realNextHeaders = { ...nextHeaders };
nextHeaders.cookies = async () => request.jar;
nextHeaders.headers = async () => request.headers();
// Outside a Next server: nothing to revalidate, and next-intl's server helper gets the catalogue.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next-intl/server", async (original) => {
  const { translatorFor } = await import("@/lib/i18n/translator");
  return {
    ...(await original<typeof import("next-intl/server")>()),
    getTranslations: async (namespace: string) => translatorFor("pl", namespace),
  };
});

const existing = await discover();

// --- Calling and judging -------------------------------------------------------------------

/** Where a `redirect()` of next/navigation was going (its error's digest), or null for any other error. */
function redirectTarget(error: unknown): string | null {
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : "";
  return /^NEXT_REDIRECT;[a-z]+;(.+);\d{3};$/.exec(digest)?.[1] ?? null;
}

/** "allow", "deny:<reason>", or what else the action answered. */
async function callAction(key: ActionKey, cell: Cell): Promise<string> {
  const action = existing.actions.get(key);
  if (!action) throw new Error(`${key} is in MATRIX but no longer exists`);
  const { args, did } = await ACTIONS[key](cell);
  let answer: unknown;
  try {
    answer = await action(...args);
  } catch (error) {
    const redirect = redirectTarget(error);
    if (redirect === null) throw error;
    if (redirect.startsWith(authPages.signIn)) return "deny:unauthenticated";
    return (await did?.(redirect)) ? "allow" : `redirect to ${redirect}`;
  }
  if (answer === undefined) return (await did?.(null)) ? "allow" : "answered nothing and did nothing";
  const result = answer as { ok: boolean; reason?: string; fieldErrors?: unknown };
  if (result.ok) return "allow";
  if (result.reason === "forbidden" || result.reason === "unauthenticated") return `deny:${result.reason}`;
  return `${result.reason} ${JSON.stringify(result.fieldErrors ?? {})}`;
}

/** "allow", "deny:<status>", or the status and body the route answered. */
async function callRoute(key: RouteKey, cell: Cell): Promise<string> {
  const probe = ROUTES[key];
  const routeCall = await probe.setup({ ...cell, pattern: key.slice(key.indexOf(" ") + 1) });
  const response = await route(key, routeCall);
  if (response.status === probe.success) {
    return !routeCall.did || (await routeCall.did(response)) ? "allow" : `${response.status}, but nothing was done`;
  }
  if ([401, 403, 404].includes(response.status)) return `deny:${response.status}`;
  return `${response.status} ${(await response.text()).slice(0, 300)}`;
}

function expectedAnswer(key: RowKey, who: Who): string {
  if (MATRIX[key][ACTORS.indexOf(who)] === "allow") return "allow";
  const anonymous = who === "anonymous";
  if (!isRoute(key)) return anonymous ? "deny:unauthenticated" : "deny:forbidden";
  const denied = ROUTES[key].denied ?? { anonymous: 401, signedIn: 403 };
  return `deny:${anonymous ? denied.anonymous : denied.signedIn}`;
}

beforeAll(setUpWorld);

afterAll(async () => {
  Object.assign(nextHeaders, realNextHeaders);
  await tearDownWorld();
});

describe("the authorization matrix", () => {
  it("has a row for every server action and route handler, and none for anything else", () => {
    const rows = new Set<string>(Object.keys(MATRIX));
    const found = [...existing.actions.keys(), ...existing.routes.keys()];
    expect({
      "exported but without a row in MATRIX": found.filter((key) => !rows.has(key)),
      "in MATRIX but no longer exported": [...rows].filter(
        (key) => !existing.actions.has(key) && !existing.routes.has(key),
      ),
      "files with inline server actions, which the table cannot call": existing.inline,
    }).toEqual({
      "exported but without a row in MATRIX": [],
      "in MATRIX but no longer exported": [],
      "files with inline server actions, which the table cannot call": [],
    });
  });

  it.each(Object.keys(MATRIX) as RowKey[])("%s answers each actor as the table says", async (key) => {
    const expected: Partial<Record<Who, string>> = {};
    const observed: Partial<Record<Who, string>> = {};
    for (const who of ACTORS) {
      const me = await signIn(who);
      expected[who] = expectedAnswer(key, who);
      observed[who] = isRoute(key) ? await callRoute(key, { who, me }) : await callAction(key, { who, me });
    }
    expect(observed).toEqual(expected);
  });
});
