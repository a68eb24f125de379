// `npm run bench:comments`: accepted comment submissions per second and latency at 50
// concurrent clients through the real submitComment (checks, receipt, audit chain; submissions
// arriving together share one transaction), beside the same rows inserted with plain `pg` in the same run. Prints figures; not a test.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/embedded-db/pglite";
import { createDatabase, dropDatabase, freePort } from "@/lib/testing/database";
import { migrateDeploy } from "./run";
import { allowServerOnlyModules } from "./server-only";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 2000);
const DB_NAME = `konsultacje_bench_comments_${process.pid}`;

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

/** Runs `total` jobs with `clients` workers in parallel; returns the rate and latencies. */
async function load(total: number, clients: number, job: (i: number) => Promise<boolean>) {
  const latencies: number[] = [];
  let next = 0;
  let accepted = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < total; i = next++) {
        const t0 = performance.now();
        if (await job(i)) accepted++;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { accepted, perSecond: accepted / seconds, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) };
}

async function main() {
  allowServerOnlyModules();
  const server = process.env.DATABASE_URL;
  const embedded = server ? null : await startEmbeddedPostgres({ port: await freePort() });
  const url = server ? await createDatabase(server, DB_NAME) : (embedded?.url as string);
  process.env.DATABASE_URL = url;
  try {
    await migrateDeploy(url);
    const { db } = await import("@/lib/db");
    const { loadActor } = await import("@/lib/auth/session");
    const { submitComment } = await import("@/lib/comments/mutations");
    const now = Date.now();
    const day = 86_400_000;
    await db.ownerUnit.create({ data: { id: "bu", slug: "bu", name: "Dział", shortName: "D" } });
    await db.organization.create({
      data: {
        id: "bo",
        name: "Organizacja",
        legalForm: "FUNDACJA",
        registerKind: "NONE",
        seatAddress: "ul. A 1",
        contactPerson: "A",
        email: "o@example.org",
        verification: "VERIFIED",
      },
    });
    await db.user.createMany({
      data: Array.from({ length: CLIENTS }, (_, i) => ({
        id: `bench-user-${i}`,
        email: `u${i}@example.org`,
        roles: ["NGO_MEMBER" as const],
      })),
    });
    await db.membership.createMany({
      data: Array.from({ length: CLIENTS }, (_, i) => ({ userId: `bench-user-${i}`, organizationId: "bo" })),
    });
    await db.consultation.create({
      data: {
        id: "bc",
        slug: "bc",
        receiptCode: "BC",
        title: "Pomiar",
        subject: "Pomiar",
        purpose: "Pomiar",
        actType: "UCHWALA",
        ownerUnitId: "bu",
        contactName: "C",
        contactEmail: "c@example.org",
        status: "OPEN",
        startDate: new Date(now - day),
        endDate: new Date(now + day),
        opensAt: new Date(now - day),
        closesAt: new Date(now + 2 * day),
        justificationRequired: true,
        createdById: "bench-user-0",
        publishedAt: new Date(now - day),
        versions: {
          create: {
            id: "bv",
            number: 1,
            source: "TEXT",
            sourceText: "§ 1. Tekst.",
            publishedAt: new Date(now - day),
            provisions: {
              create: {
                id: "bp",
                key: "par1",
                anchor: "par-1",
                kind: "PARAGRAPH",
                label: "§ 1",
                citation: "§ 1",
                text: "Tekst.",
                order: 0,
                depth: 0,
              },
            },
          },
        },
      },
    });
    const actors = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => loadActor(`bench-user-${i}`)));
    const body = {
      type: "doc" as const,
      content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text: "Uwaga do § 1 z pomiaru." }] }],
    };
    // Warm the connection pool and the code paths before measuring.
    await submitComment(
      actors[0] as NonNullable<(typeof actors)[0]>,
      {
        consultationId: "bc",
        provisionId: "bp",
        onBehalf: { kind: "organization", organizationId: "bo" },
        body,
        justification: "U",
        idempotencyKey: randomUUID(),
      },
      new Date(),
    );

    const app = await load(SUBMISSIONS, CLIENTS, async (i) => {
      const actor = actors[i % CLIENTS];
      if (!actor) return false;
      const result = await submitComment(
        actor,
        {
          consultationId: "bc",
          provisionId: "bp",
          onBehalf: { kind: "organization", organizationId: "bo" },
          body,
          proposedWording: "Tekst po zmianie.",
          justification: "Uzasadnienie.",
          idempotencyKey: randomUUID(),
        },
        new Date(),
      );
      return result.ok;
    });

    const pool = new pg.Pool({ connectionString: url, max: 10 });
    const plain = await load(SUBMISSIONS, CLIENTS, async (i) => {
      const id = randomUUID();
      await pool.query(
        `INSERT INTO comments (id, consultation_id, version_id, provision_id, author_id, organization_id, body, body_text,
           proposed_wording, justification, status, submitted_at, receipt_number, receipt_hash, idempotency_key, updated_at)
         VALUES ($1, 'bc', 'bv', 'bp', $2, 'bo', $3, 'Uwaga', 'Tekst po zmianie.', 'Uzasadnienie.', 'SUBMITTED', now(), $4, 'x', $5, now())`,
        [id, `bench-user-${i % CLIENTS}`, JSON.stringify(body), `PLAIN/${id}`, id],
      );
      return true;
    });
    await pool.end();
    await db.$disconnect();

    const fmt = (r: typeof app) =>
      `${r.perSecond.toFixed(0)} accepted/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms (${r.accepted} accepted)`;
    console.log(
      `Comment submissions, ${SUBMISSIONS} at ${CLIENTS} concurrent clients (${server ? "PostgreSQL server" : "embedded PGlite"}, Node ${process.version})`,
    );
    console.log(`submitComment (checks, receipt, revision, audit chain):            ${fmt(app)}`);
    console.log(`plain pg INSERT of the same row:                                   ${fmt(plain)}`);
    const ratio = app.perSecond / plain.perSecond;
    console.log(
      `ratio ${ratio.toFixed(2)}× plain — target ≥ 200/s: ${app.perSecond >= 200 ? "met" : "NOT met"}; target ≥ 0.3× plain: ${ratio >= 0.3 ? "met" : "NOT met"}`,
    );
  } finally {
    if (server) await dropDatabase(server, DB_NAME);
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
