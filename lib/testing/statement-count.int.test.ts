import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countPublicComments, publicCommentsForReading } from "@/lib/comments/queries";
import { getConsultationForReading } from "@/lib/consultations/queries";
import { getOpinionSummary } from "@/lib/council/queries";
import { db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { loadReportSource, reportRowsPage } from "@/lib/reports/source";
import type { InboxFilters } from "@/lib/responses/filters";
import { getInboxConsultation, getInboxFilterOptions, listInbox } from "@/lib/responses/queries";

// SQL statements per request must not grow with the number of comments: the act page, the
// clerk's inbox and the report page are loaded at 10 and at 10,000 comments and the
// statements Prisma sends are counted (its query events). Equal counts, or the test fails.

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL as string, allowExitOnIdle: true });
const counting = new PrismaClient({ adapter: new PrismaPg(pool), log: [{ emit: "event", level: "query" }] });
let statements = 0;
counting.$on("query", () => {
  statements++;
});
// The app's `db` picks up this client and its pool (lib/db.ts creates them lazily, on first use).
(globalThis as { konsultacjeDb?: { prisma: PrismaClient; pool: pg.Pool } }).konsultacjeDb = { prisma: counting, pool };

const run = randomUUID().slice(0, 8);
const id = (name: string) => `${name}-${run}`;
const now = new Date("2003-05-20T10:00:00Z");

async function consultationWith(name: string, comments: number) {
  const consultationId = id(name);
  await db.consultation.create({
    data: {
      id: consultationId,
      slug: consultationId,
      receiptCode: "SQ",
      title: `Liczenie zapytań ${name}`,
      subject: "S",
      purpose: "P",
      actType: "UCHWALA",
      ownerUnitId: id("unit"),
      contactName: "C",
      contactEmail: "c@example.org",
      status: "CLOSED",
      startDate: new Date("2003-05-01"),
      endDate: new Date("2003-05-14"),
      opensAt: new Date("2003-04-30T22:00:00Z"),
      closesAt: new Date("2003-05-14T22:00:00Z"),
      createdById: id("clerk"),
      publishedAt: new Date("2003-04-30T22:00:00Z"),
      versions: {
        create: {
          id: `${consultationId}-v`,
          number: 1,
          source: "TEXT",
          sourceText: "§ 1. A.",
          publishedAt: new Date("2003-04-30T22:00:00Z"),
          provisions: {
            create: Array.from({ length: 5 }, (_, i) => ({
              id: `${consultationId}-p${i}`,
              key: `par${i + 1}`,
              anchor: `par-${i + 1}`,
              kind: "PARAGRAPH" as const,
              label: `§ ${i + 1}`,
              citation: `§ ${i + 1}`,
              text: `Tekst paragrafu ${i + 1}.`,
              order: i,
              depth: 0,
            })),
          },
        },
      },
    },
  });
  // Comments in bulk: every fifth from a resident, the rest from the organisation; half answered.
  await db.$executeRaw`
    INSERT INTO comments (id, consultation_id, version_id, provision_id, author_id, organization_id, body, body_text,
      proposed_wording, justification, status, submitted_at, receipt_number, receipt_hash, idempotency_key, updated_at)
    SELECT ${consultationId} || '-c' || n, ${consultationId}, ${`${consultationId}-v`}, ${consultationId} || '-p' || (n % 5),
      CASE WHEN n % 5 = 0 THEN ${id("resident")} ELSE ${id("member")} END,
      CASE WHEN n % 5 = 0 THEN NULL ELSE ${id("org")} END,
      jsonb_build_object('type', 'doc', 'content', jsonb_build_array(jsonb_build_object('type', 'paragraph',
        'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', 'Uwaga numer ' || n))))),
      (ARRAY['Proponujemy', 'Wnosimy o', 'Postulujemy', 'Prosimy o'])[1 + n % 4] || ' ' || md5(n::text) || ' ' || md5((n * 7)::text),
      'Nowe brzmienie ' || n, 'Uzasadnienie ' || n, 'SUBMITTED',
      timestamp '2003-05-02 10:00' + n * interval '1 second', ${consultationId} || '/' || n, 'x', ${consultationId} || '-k' || n, now()
    FROM generate_series(1, ${comments}) AS n`;
  await db.$executeRaw`
    INSERT INTO responses (id, comment_id, position, justification, author_id, updated_at)
    SELECT c.id || '-r', c.id, 'REJECTED', 'Nie', ${id("clerk")}, now()
    FROM comments c WHERE c.consultation_id = ${consultationId} AND right(c.id, 1) IN ('0', '2', '4', '6', '8')`;
  return consultationId;
}

async function count(load: () => Promise<unknown>): Promise<number> {
  statements = 0;
  await load();
  return statements;
}

const pages = {
  "act page": async (consultationId: string) => {
    const consultation = await getConsultationForReading(consultationId, now);
    const comments = await publicCommentsForReading(consultationId, consultation?.version?.id ?? "");
    await getOpinionSummary(consultationId, now, 14);
    return comments.kind;
  },
  // The list view; the grouped view's similarity search is measured apart (README, Quality).
  inbox: async (consultationId: string) => {
    const consultation = await getInboxConsultation(consultationId, now);
    await getInboxFilterOptions(consultationId, consultation?.ownerUnitId ?? "");
    const filters: InboxFilters = {
      unit: null,
      organizationId: null,
      channel: null,
      position: null,
      assignee: null,
      search: "",
      sort: "jednostka",
    };
    await listInbox(consultationId, filters, 1, id("clerk"));
  },
  "report page": async (consultationId: string) => {
    const source = await loadReportSource(consultationId, null);
    await reportRowsPage(consultationId, 3, 50);
    return source.header.commentsCount;
  },
};

let small = "";
let large = "";

beforeAll(async () => {
  await db.ownerUnit.create({ data: { id: id("unit"), slug: id("unit"), name: "Dział", shortName: "D" } });
  await db.user.createMany({
    data: [
      { id: id("clerk"), email: `${id("clerk")}@example.org`, roles: ["CLERK"] },
      { id: id("member"), email: `${id("member")}@example.org`, roles: ["NGO_MEMBER"] },
      { id: id("resident"), email: `${id("resident")}@example.org`, roles: ["RESIDENT"] },
    ],
  });
  await db.organization.create({
    data: {
      id: id("org"),
      name: "Fundacja Liczenia",
      legalForm: "FUNDACJA",
      registerKind: "NONE",
      seatAddress: "ul. A 1",
      contactPerson: "A",
      email: "a@example.org",
    },
  });
  small = await consultationWith("small", 10);
  large = await consultationWith("large", 10_000);
}, 120_000);

afterAll(async () => {
  await counting.$disconnect();
});

describe("SQL statements per request do not grow with the number of comments", () => {
  for (const [name, load] of Object.entries(pages)) {
    it(`${name}: the same statements at 10 and at 10,000 comments`, async () => {
      const atTen = await count(() => load(small));
      const atTenThousand = await count(() => load(large));
      console.log(`${name}: ${atTen} statements at 10 comments, ${atTenThousand} at 10,000`);
      expect(atTen).toBeGreaterThan(0);
      expect(atTenThousand).toBe(atTen);
    });
  }

  it("the act page lists 10 comments under their units, and past the limit shows each unit's count", async () => {
    expect(await pages["act page"](small)).toBe("listed");
    expect(await pages["act page"](large)).toBe("counted");
    const counts = await countPublicComments(large, `${large}-v`);
    expect(counts.total).toBe(10_000);
    expect([...counts.byUnit.values()].reduce((a, b) => a + b, 0)).toBe(10_000);
  });
});
