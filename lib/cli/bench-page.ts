// `npm run bench:page`: server time of the public reading page of a 1,000-unit act with thousands
// of comments, against a fresh database and the production build. Prints figures; not a test.
// Run it under the build/e2e lock: flock /tmp/konsultacje-e2e.lock npm run bench:page
import { type ChildProcess, spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { provisionRows } from "@/lib/consultations/provisions";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "@/lib/embedded-db/pglite";
import { parseDraft } from "@/lib/legal-structure/parse";
import { createDatabase, dropDatabase, freePort } from "@/lib/testing/database";
import { generateActText, stats } from "./bench-import";
import { buildIfChanged } from "./build";
import { BIN, migrateDeploy, ROOT } from "./run";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 30);
const COMMENTS = Number(process.env.BENCH_COMMENTS ?? 3000);
const SLUG = "bench-akt-1000";
const DB_NAME = `konsultacje_bench_${process.pid}`;

async function provideBenchDatabase(): Promise<{ url: string; cleanup: () => Promise<void> }> {
  const server = process.env.DATABASE_URL;
  if (server) {
    const url = await createDatabase(server, DB_NAME);
    return { url, cleanup: () => dropDatabase(server, DB_NAME) };
  }
  const embedded: EmbeddedPostgres = await startEmbeddedPostgres({ port: await freePort() });
  return { url: embedded.url, cleanup: () => embedded.stop() };
}

async function insertData(): Promise<{ units: number; comments: number }> {
  const { db } = await import("@/lib/db");
  const units = parseDraft(generateActText(1000)).units;
  const day = 86_400_000;
  const now = Date.now();
  await db.ownerUnit.create({ data: { id: "bench-unit", slug: "bench", name: "Departament Testów", shortName: "DT" } });
  await db.user.create({ data: { id: "bench-user", email: "bench@example.org", roles: ["NGO_MEMBER"] } });
  await db.consultation.create({
    data: {
      id: "bench-consultation",
      slug: SLUG,
      receiptCode: "BE",
      title: "Akt o 1000 jednostkach redakcyjnych (pomiar)",
      subject: "Pomiar czasu strony",
      purpose: "Pomiar czasu strony",
      actType: "UCHWALA",
      ownerUnitId: "bench-unit",
      contactName: "Jan Testowy",
      contactEmail: "bench@example.org",
      status: "OPEN",
      startDate: new Date(now - 5 * day),
      endDate: new Date(now + 5 * day),
      opensAt: new Date(now - 5 * day),
      closesAt: new Date(now + 6 * day),
      createdById: "bench-user",
      publishedAt: new Date(now - 6 * day),
      versions: {
        create: { id: "bench-v1", number: 1, source: "TEXT", sourceText: "", publishedAt: new Date(now - 6 * day) },
      },
    },
  });
  const rows = provisionRows("bench-v1", units);
  await db.provision.createMany({ data: rows });
  const comments = Array.from({ length: COMMENTS }, (_, i) => ({
    id: `bench-comment-${i}`,
    consultationId: "bench-consultation",
    versionId: "bench-v1",
    // Every 50th on the draft as a whole, the others spread unevenly over the units.
    provisionId: i % 50 === 0 ? null : (rows[(i * 7919) % rows.length]?.id ?? null),
    authorId: "bench-user",
    body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `Uwaga ${i}` }] }] },
    bodyText: `Uwaga ${i}`,
    justification: "Uzasadnienie uwagi.",
    status: "SUBMITTED" as const,
    submittedAt: new Date(now - day),
    idempotencyKey: `bench-${i}`,
  }));
  for (let i = 0; i < comments.length; i += 1000) await db.comment.createMany({ data: comments.slice(i, i + 1000) });
  await db.$disconnect();
  return { units: rows.length, comments: comments.length };
}

async function startServer(url: string, port: number): Promise<ChildProcess> {
  const child = spawn(`${BIN}/next`, ["start", "-p", String(port)], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: url,
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret",
      APP_ENV: "test",
      RESEND_API_KEY: "",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: "ignore",
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`http://localhost:${port}/api/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`next start on port ${port} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function timePage(url: string) {
  const total: number[] = [];
  const firstByte: number[] = [];
  let html = "";
  for (let i = 0; i < REQUESTS + 3; i++) {
    const start = performance.now();
    const response = await fetch(url);
    const headers = performance.now();
    html = await response.text();
    const end = performance.now();
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    if (i < 3) continue; // warm-up: the first requests compile and fill caches
    firstByte.push(headers - start);
    total.push(end - start);
  }
  return { total: stats(total), firstByte: stats(firstByte), html };
}

async function scriptBytes(base: string, html: string): Promise<{ count: number; bytes: number }> {
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] as string);
  let bytes = 0;
  for (const src of sources) bytes += (await (await fetch(new URL(src, base))).arrayBuffer()).byteLength;
  return { count: sources.length, bytes };
}

async function main() {
  const { url, cleanup } = await provideBenchDatabase();
  let server: ChildProcess | null = null;
  try {
    console.log(`• Benchmark database ${new URL(url).pathname.slice(1)}: migrating…`);
    await migrateDeploy(url);
    process.env.DATABASE_URL = url;
    const inserted = await insertData();
    await buildIfChanged();
    const port = await freePort();
    server = await startServer(url, port);
    const base = `http://localhost:${port}`;
    const page = `${base}/konsultacje/${SLUG}`;
    const { total, firstByte, html } = await timePage(page);
    const rendered = html.match(/data-testid="unit-citation"/g)?.length ?? 0;
    const scripts = await scriptBytes(base, html);
    const f = (n: number) => `${n.toFixed(1)} ms`;
    const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
    console.log(`\nPublic reading page: ${inserted.units} units, ${inserted.comments} comments, ${REQUESTS} requests`);
    console.log(
      `  full response   median ${f(total.median)}, p95 ${f(total.p95)} (min ${f(total.min)}, max ${f(total.max)})`,
    );
    console.log(`  first byte      median ${f(firstByte.median)}, p95 ${f(firstByte.p95)}`);
    console.log(
      `  HTML            ${kib(Buffer.byteLength(html))} (gzip ${kib(gzipSync(html).length)}), ${rendered} units rendered`,
    );
    console.log(`  JavaScript      ${scripts.count} scripts, ${kib(scripts.bytes)} uncompressed`);
    if (rendered !== inserted.units) console.log(`! expected ${inserted.units} units in the HTML, found ${rendered}`);
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await cleanup();
    console.log("• Benchmark database removed.");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
