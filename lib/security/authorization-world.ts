import { createHash, randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { SESSION_COOKIES } from "@/lib/auth/cookies";
import { db } from "@/lib/db";
import { jobQueue, stopJobQueue } from "@/lib/jobs/boss";
import { fixtures, jobSchemaFor } from "@/lib/jobs/testing/fixtures";
import { setClockForTests } from "@/lib/time/clock";
import type { RoleValue } from "@/lib/users/schema";
import { ROOT } from "./authorization-discovery";
import { request } from "./authorization-request";
import type { Who } from "./authorization-table";

// The world of the authorization matrix (authorization-matrix.int.test.ts) and the records each
// cell's call is aimed at.

export const SESSION_COOKIE = SESSION_COOKIES[0];

// --- The world -----------------------------------------------------------------------------
// The owner unit and another unit, organisations A (the NGO member's), B (the other member's)
// and C (nobody's), and a consultation with a published report for the public routes. The
// clock stands in 2007, a year no other suite uses; every record is this run's own.

export const NOW = new Date("2007-06-15T10:00:00Z");
export const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
export const DOCX = new Uint8Array(
  readFileSync(path.join(ROOT, "lib/legal-structure/fixtures/konsultacje-uchwala-autonumeracja.docx")),
);
/** The shared row the site-page cell writes; put back as it was afterwards. */
export const SITE_PAGE = { slug: "o-centrum", locale: "en" } as const;

export const f = fixtures("authz-matrix");
let counter = 0;
export const unique = () => `${f.run}-${++counter}`;
export const email = (kind: string) => `${kind.toLowerCase()}-${unique()}@example.org`;
export const receiptCode = () => randomBytes(4).toString("hex").toUpperCase();
export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const world = {
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
export async function quiet(owner: { userId: string } | { organizationId: string }) {
  await db.notificationSubscription.create({ data: { ...owner, frequency: "NONE" } });
}

export type Person = Exclude<Who, "anonymous">;
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
export async function person(who: Person): Promise<string> {
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
export async function signIn(who: Who): Promise<string | null> {
  request.cookies.clear();
  if (who === "anonymous") return null;
  const userId = await person(who);
  const sessionToken = randomUUID();
  await db.session.create({ data: { sessionToken, userId, expires: new Date(Date.now() + 14 * 86_400_000) } });
  request.cookies.set(SESSION_COOKIE, sessionToken);
  return userId;
}

export const WINDOWS = {
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
export async function consultation(state: keyof typeof WINDOWS) {
  const created = await f.consultation({ ownerUnitId: world.unit, createdById: world.clerk, ...WINDOWS[state] });
  // Receipt numbers are unique across consultations: each needs a code of its own.
  await db.consultation.update({ where: { id: created.id }, data: { receiptCode: receiptCode() } });
  return created;
}

/** A submitted comment of organisation A (by its founding manager) on a fresh consultation. */
export async function commentOfA(state: "OPEN" | "CLOSED") {
  return f.comment(await consultation(state), world.managerOfA, world.orgA);
}

export async function memberOfA(status: "ACTIVE" | "REQUESTED" | "INVITED", userId?: string): Promise<string> {
  const id = userId ?? (await person("resident"));
  await db.membership.create({ data: { userId: id, organizationId: world.orgA, role: "MEMBER", status } });
  return id;
}

export async function storedFile(consultationId: string, purpose: string) {
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
export async function generatedReport(): Promise<string> {
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

export async function frequencyOf(userId: string) {
  return (await db.notificationSubscription.findUnique({ where: { userId } }))?.frequency ?? null;
}

export const doc = (text: string) => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text }] }],
});

export function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

export function upload(bytes: Uint8Array<ArrayBuffer>, fileName: string): RouteInit {
  const data = new FormData();
  data.set("file", new File([bytes], fileName));
  return { body: data };
}

/** The "on behalf of" each actor would choose: their organisation, the Council, or themselves. */
export function behalf(who: Who) {
  if (who === "ngoMember") return { kind: "organization", organizationId: world.orgA };
  if (who === "otherOrgMember") return { kind: "organization", organizationId: world.orgB };
  if (who === "councilMember") return { kind: "council" };
  return { kind: "individual" };
}

export function consultationForm() {
  return {
    title: `Projekt uchwały w sprawie matrycy uprawnień ${unique()}`,
    subject: "Zasady współpracy z organizacjami pozarządowymi",
    purpose: "Zebranie uwag organizacji do projektu uchwały",
    legalBasis: "art. 5 ust. 5 ustawy o działalności pożytku publicznego i o wolontariacie",
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

/** What a cell knows when it makes its call: who is acting, and their id (null when anonymous). */
export type Cell = { who: Who; me: string | null };

export type RouteInit = { body?: BodyInit; headers?: Record<string, string> };

/** The units, organisations, clerk and published consultation every row's call uses. */
export async function setUpWorld() {
  setClockForTests(() => NOW);
  // A job queue of this file's own: publishing and reports queue jobs no other suite's worker should take.
  await jobQueue(process.env.DATABASE_URL, { schema: jobSchemaFor(f.run) });
  // An administrator besides each cell's own: the city keeps one when a cell's admin deletes their account.
  await db.user.create({ data: { email: email("standing-admin"), roles: ["ADMIN"] } });
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
}

export async function tearDownWorld() {
  // The one shared row an allowed cell changes goes back as it was.
  if (sitePageBefore) await db.sitePage.update({ where: { slug_locale: SITE_PAGE }, data: sitePageBefore });
  else await db.sitePage.deleteMany({ where: SITE_PAGE });
  setClockForTests(null);
  await stopJobQueue();
  await db.$disconnect();
}
