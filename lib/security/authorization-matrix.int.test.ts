import { createHash, randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authPages } from "@/lib/auth/options";
import { SESSION_COOKIES } from "@/lib/auth/sign-out";
import { db } from "@/lib/db";
import { ATTACHMENT_PURPOSE } from "@/lib/drafts/schema";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { jobQueue, stopJobQueue } from "@/lib/jobs/boss";
import { fixtures, jobSchemaFor } from "@/lib/jobs/testing/fixtures";
import { UNSUBSCRIBE_PAGE_PATH, unsubscribeToken } from "@/lib/notifications/links";
import { COMMENT_SCAN_PURPOSE } from "@/lib/responses/queries";
import { setClockForTests } from "@/lib/time/clock";
import type { RoleValue } from "@/lib/users/schema";
import { discover, ROOT } from "./authorization-discovery";
import { ACTORS, type ActionKey, isRoute, MATRIX, type RouteKey, type RowKey, type Who } from "./authorization-table";

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
// Cookies and headers of the call being made: each cell starts with an empty jar, into which
// the actor's session cookie goes; next-auth then finds the session in the database.

const request = vi.hoisted(() => {
  // next-auth reads its base URL from the environment itself (lib/env has the same default).
  process.env.NEXTAUTH_URL ??= "http://localhost:3000";
  const cookies = new Map<string, string>();
  const jar = {
    get: (name: string) => (cookies.has(name) ? { name, value: cookies.get(name) } : undefined),
    getAll: () => [...cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => cookies.has(name),
    set: (name: string, value: string) => {
      cookies.set(name, value);
    },
    delete: (name: string) => {
      cookies.delete(name);
    },
  };
  return { cookies, jar, headers: () => new Headers({ host: "localhost:3000" }) };
});
vi.mock("next/headers", () => ({ cookies: async () => request.jar, headers: async () => request.headers() }));
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

const SESSION_COOKIE = SESSION_COOKIES[0];
const BASE = "http://localhost:3000";

const existing = await discover();

// --- The world -----------------------------------------------------------------------------
// The owner unit and another unit, organisations A (the NGO member's), B (the other member's)
// and C (nobody's), and a consultation with a published report for the public routes. The
// clock stands in 2007, a year no other suite uses; every record is this run's own.

const NOW = new Date("2007-06-15T10:00:00Z");
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const DOCX = new Uint8Array(
  readFileSync(path.join(ROOT, "lib/legal-structure/fixtures/konsultacje-uchwala-autonumeracja.docx")),
);
/** The shared row the site-page cell writes; put back as it was afterwards. */
const SITE_PAGE = { slug: "o-centrum", locale: "en" } as const;

const f = fixtures("authz-matrix");
let counter = 0;
const unique = () => `${f.run}-${++counter}`;
const email = (kind: string) => `${kind.toLowerCase()}-${unique()}@example.org`;
const receiptCode = () => randomBytes(4).toString("hex").toUpperCase();
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const world = {
  unit: "",
  otherUnit: "",
  /** A clerk of the owner unit who is never an actor: author of the consultations, assignee. */
  clerk: "",
  orgA: "",
  orgB: "",
  orgC: "",
  /** Organisation A's founding manager, author of its comments; A never runs out of managers. */
  managerOfA: "",
  published: { id: "", slug: "" },
};
let sitePageBefore: { title: string; body: string; updatedById: string | null } | null = null;

/** Verified organisations and Council members get every announcement; these get none (other suites wait for mail). */
async function quiet(owner: { userId: string } | { organizationId: string }) {
  await db.notificationSubscription.create({ data: { ...owner, frequency: "NONE" } });
}

type Person = Exclude<Who, "anonymous">;
const ROLES = {
  resident: ["RESIDENT"],
  ngoMember: ["RESIDENT", "NGO_MEMBER"],
  otherOrgMember: ["RESIDENT", "NGO_MEMBER"],
  councilMember: ["RESIDENT", "COUNCIL_MEMBER"],
  unitClerk: ["CLERK"],
  otherUnitClerk: ["CLERK"],
  admin: ["ADMIN", "RESIDENT"],
} as const satisfies Record<Person, readonly RoleValue[]>;

/** A new person of that kind, with the membership, seat or unit that makes them so. */
async function person(who: Person): Promise<string> {
  const { id } = await db.user.create({ data: { email: email(who), name: `Osoba ${who}`, roles: [...ROLES[who]] } });
  if (who === "ngoMember" || who === "otherOrgMember") {
    const organizationId = who === "ngoMember" ? world.orgA : world.orgB;
    await db.membership.create({ data: { userId: id, organizationId, role: "MANAGER" } });
  } else if (who === "councilMember") {
    await db.councilMember.create({
      data: {
        userId: id,
        appointedBy: "NGO",
        isSecretary: true,
        termStart: day("2006-01-01"),
        termEnd: day("2008-12-31"),
      },
    });
    await quiet({ userId: id });
  } else if (who === "unitClerk" || who === "otherUnitClerk") {
    await db.unitClerk.create({ data: { userId: id, unitId: who === "unitClerk" ? world.unit : world.otherUnit } });
  }
  return id;
}

/** Signs the cell's actor in: a fresh person of that kind with a database session, its cookie in the jar. */
async function signIn(who: Who): Promise<string | null> {
  request.cookies.clear();
  if (who === "anonymous") return null;
  const userId = await person(who);
  const sessionToken = randomUUID();
  await db.session.create({ data: { sessionToken, userId, expires: new Date(Date.now() + 14 * 86_400_000) } });
  request.cookies.set(SESSION_COOKIE, sessionToken);
  return userId;
}

const WINDOWS = {
  DRAFT: { startDate: "2007-07-02", endDate: "2007-07-15" },
  SCHEDULED: {
    startDate: "2007-07-02",
    endDate: "2007-07-15",
    published: { status: "SCHEDULED", at: new Date("2007-06-01T08:00:00Z") },
  },
  OPEN: {
    startDate: "2007-06-11",
    endDate: "2007-06-24",
    published: { status: "OPEN", at: new Date("2007-06-08T08:00:00Z"), councilDeadline: "2007-06-30" },
  },
  CLOSED: {
    startDate: "2007-05-02",
    endDate: "2007-05-15",
    published: { status: "CLOSED", at: new Date("2007-04-27T08:00:00Z") },
  },
} as const;

/** A fresh consultation of the owner unit in that state (by the clock): one version, one paragraph. */
async function consultation(state: keyof typeof WINDOWS) {
  const created = await f.consultation({ ownerUnitId: world.unit, createdById: world.clerk, ...WINDOWS[state] });
  // Receipt numbers are unique across consultations: each needs a code of its own.
  await db.consultation.update({ where: { id: created.id }, data: { receiptCode: receiptCode() } });
  return created;
}

/** A submitted comment of organisation A (by its founding manager) on a fresh consultation. */
async function commentOfA(state: "OPEN" | "CLOSED") {
  return f.comment(await consultation(state), world.managerOfA, world.orgA);
}

async function memberOfA(status: "ACTIVE" | "REQUESTED" | "INVITED", userId?: string): Promise<string> {
  const id = userId ?? (await person("resident"));
  await db.membership.create({ data: { userId: id, organizationId: world.orgA, role: "MEMBER", status } });
  return id;
}

async function storedFile(consultationId: string, purpose: string) {
  return db.storedFile.create({
    data: {
      consultationId,
      purpose,
      fileName: "skan.pdf",
      mimeType: "application/pdf",
      size: PDF.length,
      sha256: sha256(PDF),
      content: PDF,
      uploadedById: world.clerk,
    },
  });
}

/** A generated report of a closed consultation, not yet published, with its PDF. */
async function generatedReport(): Promise<string> {
  const { id: consultationId } = await consultation("CLOSED");
  // Generated after every change of what it shows, so that it is not stale.
  const generatedAt = new Date();
  const report = await db.report.create({
    data: {
      consultationId,
      status: "READY",
      generatedAt,
      enteredById: world.clerk,
      files: {
        create: {
          format: "PDF",
          sha256: sha256(PDF),
          size: PDF.length,
          generatedAt,
          chunks: { create: { index: 0, content: PDF } },
        },
      },
    },
  });
  return report.id;
}

async function frequencyOf(userId: string) {
  return (await db.notificationSubscription.findUnique({ where: { userId } }))?.frequency ?? null;
}

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

function upload(bytes: Uint8Array<ArrayBuffer>, fileName: string): RouteInit {
  const data = new FormData();
  data.set("file", new File([bytes], fileName));
  return { body: data };
}

/** The "on behalf of" each actor would choose: their organisation, the Council, or themselves. */
function behalf(who: Who) {
  if (who === "ngoMember") return { kind: "organization", organizationId: world.orgA };
  if (who === "otherOrgMember") return { kind: "organization", organizationId: world.orgB };
  if (who === "councilMember") return { kind: "council" };
  return { kind: "individual" };
}

function consultationForm() {
  return {
    title: `Projekt uchwały w sprawie matrycy uprawnień ${unique()}`,
    subject: "Zasady współpracy z organizacjami pozarządowymi",
    purpose: "Zebranie uwag organizacji do projektu uchwały",
    actType: "UCHWALA",
    ownerUnitId: world.unit,
    contactName: "Jan Kowalski",
    contactEmail: "jan.kowalski@example.org",
    contactPhone: "",
    forms: ["ONLINE"],
    meetingAt: "",
    meetingPlace: "",
    whoMayComment: "ORGANIZATIONS",
    justificationRequired: true,
    startDate: "2007-07-02",
    endDate: "2007-07-15",
    receiptCode: receiptCode(),
    councilOpinionDeadline: "",
  };
}

// --- Each row's call -----------------------------------------------------------------------
// Valid input aimed at fresh records, so that an allowed call succeeds and a denied one can fail
// only for who is asking. `me` is the acting person's id (null when anonymous).

type Cell = { who: Who; me: string | null };

/** Arguments, and for the form actions (which answer with a redirect or nothing) whether the call did its work. */
type ActionCall = { args: unknown[]; did?: (redirect: string | null) => Promise<boolean> };
const call = (...args: unknown[]): ActionCall => ({ args });

const ACTIONS: Record<ActionKey, (cell: Cell) => Promise<ActionCall>> = {
  "users.saveProfile": async () => call({ name: "Anna Nowak", showNamePublicly: false }),
  "users.setUserRolesAction": async () => call(await person("resident"), { roles: ["RESIDENT", "NGO_MEMBER"] }),

  "consultations.createConsultationAction": async () => call(consultationForm()),
  "consultations.saveDraftConsultationAction": async () => call((await consultation("DRAFT")).id, consultationForm()),
  "consultations.savePublishedConsultationAction": async () =>
    call((await consultation("OPEN")).id, {
      title: "Projekt uchwały w sprawie matrycy (poprawiony tytuł)",
      contactName: "Anna Nowak",
      contactEmail: "anna.nowak@example.org",
      contactPhone: "",
      endDate: WINDOWS.OPEN.endDate,
      extensionNote: "",
    }),
  "consultations.publishConsultationAction": async () => call((await consultation("DRAFT")).id),
  "consultations.unpublishConsultationAction": async () => call((await consultation("SCHEDULED")).id),

  "units.createUnitAction": async () =>
    call({ name: "Wydział Matrycy Uprawnień", shortName: `M${receiptCode()}`, isCoordinator: false, email: "" }),
  "units.addUnitClerkAction": async () => call((await f.unit()).id, { email: email("new-clerk") }),
  "units.removeUnitClerkAction": async () => {
    const [unit, clerk] = [await f.unit(), await f.clerk()];
    await db.unitClerk.create({ data: { unitId: unit.id, userId: clerk.id } });
    return call({ unitId: unit.id, userId: clerk.id });
  },
  "units.setCouncilSeatAction": async () => {
    const user = await db.user.create({ data: { email: email("new-council") } });
    await quiet({ userId: user.id });
    return call({
      email: user.email,
      appointedBy: "MAYOR",
      isCoChair: false,
      isSecretary: false,
      termStart: "2007-01-01",
      termEnd: "2009-12-31",
    });
  },
  "units.removeCouncilSeatAction": async () => {
    const member = await f.councilMember();
    await quiet({ userId: member.id });
    return call({ userId: member.id });
  },

  "notifications.savePreferencesAction": async () =>
    call({ kind: "organization", organizationId: world.orgA }, { unitIds: [], frequency: "NONE" }),
  "notifications.unsubscribeAction": async () => {
    const subscriber = await person("resident");
    const token = unsubscribeToken({ kind: "user", id: subscriber });
    return {
      args: [formData({ token })],
      did: async (redirect) =>
        redirect === `${UNSUBSCRIBE_PAGE_PATH}?token=${encodeURIComponent(token)}` &&
        (await frequencyOf(subscriber)) === "NONE",
    };
  },

  "drafts.saveDraftAction": async () =>
    call({
      consultationId: (await consultation("DRAFT")).id,
      sourceText: "§ 1. Uchwała wchodzi w życie z dniem podjęcia.",
      reason: "",
      source: "TEXT",
      sourceFileName: null,
      document: null,
    }),
  "drafts.deleteAttachmentAction": async () => {
    const { id } = await consultation("DRAFT");
    return call({ consultationId: id, fileId: (await storedFile(id, ATTACHMENT_PURPOSE)).id });
  },

  "comments.saveCommentDraftAction": async ({ who }) => {
    const { id, provisionId } = await consultation("OPEN");
    return call({
      consultationId: id,
      provisionId,
      onBehalf: behalf(who),
      body: doc("Uwaga w toku"),
      idempotencyKey: randomUUID(),
    });
  },
  "comments.loadCommentDraftAction": async () => {
    const { id, provisionId } = await consultation("OPEN");
    return call(id, provisionId);
  },
  "comments.submitCommentAction": async ({ who }) => {
    const { id, provisionId } = await consultation("OPEN");
    return call({
      consultationId: id,
      provisionId,
      onBehalf: behalf(who),
      body: doc("Proponujemy dłuższe vacatio legis."),
      proposedWording: "§ 1. Uchwała wchodzi w życie po upływie 14 dni od dnia ogłoszenia.",
      justification: "Organizacje potrzebują czasu na przygotowanie.",
      idempotencyKey: randomUUID(),
    });
  },
  "comments.editCommentAction": async () =>
    call((await commentOfA("OPEN")).id, {
      body: doc("Proponujemy dłuższe vacatio legis (poprawione)."),
      proposedWording: "§ 1. Uchwała wchodzi w życie po upływie 30 dni od dnia ogłoszenia.",
      justification: "Organizacje potrzebują czasu na przygotowanie.",
    }),
  "comments.withdrawCommentAction": async () => call((await commentOfA("OPEN")).id),
  "comments.hideCommentAction": async () => call((await commentOfA("OPEN")).id, "Treść narusza regulamin."),

  "organizations.registerOrganizationAction": async () =>
    call({
      name: `Stowarzyszenie Matrycy ${unique()}`,
      legalForm: "STOWARZYSZENIE",
      registerKind: "NONE",
      seatAddress: "ul. Lipowa 1, 15-424 Białystok",
      contactPerson: "Jan Kowalski",
      email: "kontakt@example.org",
      phone: "",
    }),
  "organizations.requestToJoinAction": async () => call({ organizationId: world.orgC }),
  "organizations.decideJoinRequestAction": async () =>
    call({ organizationId: world.orgA, userId: await memberOfA("REQUESTED"), accept: true }),
  "organizations.inviteMemberAction": async () => call(world.orgA, { email: email("invited"), role: "MEMBER" }),
  "organizations.respondToInvitationAction": async ({ who, me }) => {
    const invitee = await memberOfA("INVITED", who === "resident" && me ? me : undefined);
    return call({ organizationId: world.orgA, userId: invitee, accept: true });
  },
  "organizations.leaveOrganizationAction": async () => call({ organizationId: world.orgA }),
  "organizations.changeMemberRoleAction": async () =>
    call({ organizationId: world.orgA, userId: await memberOfA("ACTIVE"), role: "MANAGER" }),
  "organizations.removeMemberAction": async () =>
    call({ organizationId: world.orgA, userId: await memberOfA("ACTIVE") }),
  "organizations.decideVerificationAction": async () => {
    const pending = await f.organization(false);
    await quiet({ organizationId: pending.id });
    return call({ organizationId: pending.id, decision: "VERIFIED" });
  },

  "reports.requestReportAction": async () => call({ consultationId: (await consultation("CLOSED")).id, outcome: "" }),
  "reports.publishReportAction": async () => call({ reportId: await generatedReport(), authorName: "Jan Kowalski" }),

  "site.saveSitePageAction": async () =>
    call({ ...SITE_PAGE, title: "About the Centre", body: "The NGO Cooperation Centre of Białystok." }),

  "responses.saveAnswersAction": async () => {
    const comment = await commentOfA("CLOSED");
    return call(comment.consultationId, { position: "ACCEPTED", commentIds: [comment.id] });
  },
  "responses.assignCommentAction": async () => {
    const comment = await commentOfA("CLOSED");
    return call(comment.consultationId, { commentId: comment.id, assigneeId: world.clerk });
  },
  "responses.enterCommentAction": async () =>
    call((await consultation("OPEN")).id, {
      submitterKind: "other",
      organizationId: "",
      submitterName: "Jan Kowalski",
      jointWith: "",
      provisionId: "",
      body: "Uwaga nadesłana pocztą.",
      proposedWording: "",
      justification: "",
      receivedOn: "2007-06-14",
      channel: "POST",
      scanFileId: "",
      idempotencyKey: randomUUID(),
    }),

  "council.saveCouncilOpinionAction": async () =>
    call((await consultation("OPEN")).id, {
      kind: "POSITIVE",
      text: "",
      resolutionNumber: "12/2007",
      adoptedOn: "2007-06-14",
      votesFor: "6",
      votesAgainst: "0",
      votesAbstaining: "0",
      membersPresent: "6",
      scanFileId: "",
      quorumConfirmed: false,
    }),
  "council.hideCommentAction": async () => call((await commentOfA("OPEN")).id, { reason: "Treść narusza regulamin." }),

  "i18n.switchLanguage": async ({ me }) => ({
    args: [formData({ locale: "en" })],
    did: async () =>
      request.cookies.get(LOCALE_COOKIE) === "en" &&
      (me === null || (await db.user.findUniqueOrThrow({ where: { id: me } })).locale === "en"),
  }),
};

type RouteInit = { body?: BodyInit; headers?: Record<string, string> };
type RouteCall = {
  path: string;
  params?: Record<string, string | string[]>;
  init?: RouteInit;
  /** Whether an answer with the success status really is one. */
  did?: (response: Response) => Promise<boolean>;
};
type RouteProbe = {
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

const ROUTES: Record<RouteKey, RouteProbe> = {
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

async function route(key: RouteKey, { path: target, params, init }: RouteCall): Promise<Response> {
  const handler = existing.routes.get(key);
  if (!handler) throw new Error(`${key} is in MATRIX but no longer exists`);
  const ip = [10, ...randomBytes(3)].join(".");
  const headers = { "x-real-ip": ip, ...init?.headers };
  const method = key.slice(0, key.indexOf(" "));
  const req = new NextRequest(new URL(target, BASE), { method, body: init?.body, headers });
  return handler(req, { params: Promise.resolve(params ?? {}) });
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

beforeAll(async () => {
  setClockForTests(() => NOW);
  // A job queue of this file's own: publishing and reports queue jobs no other suite's worker should take.
  await jobQueue(process.env.DATABASE_URL, { schema: jobSchemaFor(f.run) });
  const [unit, otherUnit, clerk] = [await f.unit(), await f.unit(), await f.clerk()];
  await db.unitClerk.create({ data: { unitId: unit.id, userId: clerk.id } });
  const [orgA, orgB, orgC] = [await f.organization(), await f.organization(), await f.organization()];
  for (const org of [orgA, orgB, orgC]) await quiet({ organizationId: org.id });
  const manager = await db.user.create({ data: { email: email("manager-a"), roles: ["RESIDENT", "NGO_MEMBER"] } });
  await db.membership.create({ data: { userId: manager.id, organizationId: orgA.id, role: "MANAGER" } });
  Object.assign(world, {
    unit: unit.id,
    otherUnit: otherUnit.id,
    clerk: clerk.id,
    orgA: orgA.id,
    orgB: orgB.id,
    orgC: orgC.id,
    managerOfA: manager.id,
  });
  const published = await consultation("CLOSED");
  await db.consultation.update({ where: { id: published.id }, data: { status: "REPORT_PUBLISHED" } });
  await db.report.create({
    data: {
      consultationId: published.id,
      status: "PUBLISHED",
      generatedAt: new Date("2007-05-20T10:00:00Z"),
      publishedAt: new Date("2007-05-21T10:00:00Z"),
      publishingBody: "Prezydent Miasta Białegostoku",
      authorName: "Jan Kowalski",
      enteredById: clerk.id,
    },
  });
  world.published = { id: published.id, slug: published.slug };
  sitePageBefore = await db.sitePage.findUnique({
    where: { slug_locale: SITE_PAGE },
    select: { title: true, body: true, updatedById: true },
  });
});

afterAll(async () => {
  // The one shared row an allowed cell changes goes back as it was.
  if (sitePageBefore) await db.sitePage.update({ where: { slug_locale: SITE_PAGE }, data: sitePageBefore });
  else await db.sitePage.deleteMany({ where: SITE_PAGE });
  Object.assign(nextHeaders, realNextHeaders);
  setClockForTests(null);
  await stopJobQueue();
  await db.$disconnect();
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
