// `npm run bench:load`: the production build under load, against a database of its own.
//  1. The public page of a 1,000-unit act with 20,000 comments at 50 concurrent connections
//     (autocannon), beside a bare node:http server sending the same HTML in the same run
//     (bench-load-page.ts).
//  2. Comment submissions at 200/s for 60 s through the real server action over HTTP, while the
//     server is killed with SIGKILL in the middle and started again; clients retry with the same
//     idempotency key until they get a receipt. Then the database is checked against the receipts.
// Prints figures; not a test. BENCH_SKIP_PAGE=1 or BENCH_SKIP_SUBMIT=1 runs one part only. Run it under the build/e2e lock: flock /tmp/konsultacje-e2e.lock npm run bench:load
import type { ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { freePort } from "@/lib/testing/database";
import {
  BENCH_UNIT,
  BENCH_USER,
  insertLargeAct,
  ms,
  provideBenchDatabase,
  sleep,
  startAppServer,
  stopAppServer,
} from "./bench-act";
import { stats } from "./bench-import";
import { measurePage } from "./bench-load-page";
import { buildIfChanged } from "./build";
import { migrateDeploy, ROOT } from "./run";
import { allowServerOnlyModules } from "./server-only";

const COMMENTS = Number(process.env.BENCH_COMMENTS ?? 20_000);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const SUBMIT_SECONDS = Number(process.env.BENCH_SUBMIT_SECONDS ?? 60);
const KILL_AT_SECONDS = Number(process.env.BENCH_KILL_AT ?? SUBMIT_SECONDS / 2);
const AUTHORS = 50;
const DB_NAME = `konsultacje_bench_load_${process.pid}`;
const SMALL = { consultation: "bench-small", slug: "bench-maly-akt", version: "bench-small-v1", org: "bench-org" };
/** The limit on submissions per person is an abuse guard; this measures capacity, so it is lifted. */
const SERVER_ENV = { COMMENT_LIMIT_PER_MINUTE: "1000000" };

/**
 * `work` with a deadline of our own: undici's fetch can wait forever for the rest of a body
 * whose connection died with a SIGKILLed server, after its AbortSignal has stopped listening.
 */
async function within<T>(ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`no answer within ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([work(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** A small open consultation, a verified organisation and AUTHORS members with sessions. */
async function prepareSubmissions(): Promise<{ cookies: string[]; provisionIds: string[] }> {
  const { db } = await import("@/lib/db");
  const { SESSION_DAYS } = await import("@/lib/auth/options");
  const now = Date.now();
  const day = 86_400_000;
  await db.organization.create({
    data: {
      id: SMALL.org,
      name: "Fundacja Pomiarowa",
      legalForm: "FUNDACJA",
      registerKind: "NONE",
      seatAddress: "ul. Pomiarowa 1, Białystok",
      contactPerson: "Anna Pomiarowa",
      email: "fundacja@example.org",
      verification: "VERIFIED",
    },
  });
  const users = Array.from({ length: AUTHORS }, (_, i) => ({
    id: `bench-author-${i}`,
    email: `autor${i}@example.org`,
    roles: ["NGO_MEMBER" as const],
  }));
  await db.user.createMany({ data: users });
  await db.membership.createMany({ data: users.map((u) => ({ userId: u.id, organizationId: SMALL.org })) });
  const tokens = users.map(() => randomBytes(32).toString("hex"));
  await db.session.createMany({
    // As fresh from a sign-in link: next-auth extends a session at most once a day, not on every request.
    data: users.map((u, i) => ({
      sessionToken: tokens[i] as string,
      userId: u.id,
      expires: new Date(now + SESSION_DAYS * day),
    })),
  });
  const provisions = ["§ 1", "§ 2", "§ 3"].map((label, i) => ({
    id: `bench-small-p${i + 1}`,
    key: `par${i + 1}`,
    anchor: `par-${i + 1}`,
    kind: "PARAGRAPH" as const,
    label,
    citation: label,
    text: `Przepis ${label}.`,
    order: i,
    depth: 0,
  }));
  await db.consultation.create({
    data: {
      id: SMALL.consultation,
      slug: SMALL.slug,
      receiptCode: "BS",
      title: "Krótki akt (pomiar zgłoszeń)",
      subject: "Pomiar zgłoszeń",
      purpose: "Pomiar zgłoszeń",
      actType: "UCHWALA",
      ownerUnitId: BENCH_UNIT,
      contactName: "Jan Testowy",
      contactEmail: "bench@example.org",
      status: "OPEN",
      startDate: new Date(now - day),
      endDate: new Date(now + day),
      opensAt: new Date(now - day),
      closesAt: new Date(now + 2 * day),
      createdById: BENCH_USER,
      publishedAt: new Date(now - day),
      versions: {
        create: {
          id: SMALL.version,
          number: 1,
          source: "TEXT",
          sourceText: "§ 1. § 2. § 3.",
          publishedAt: new Date(now - day),
          provisions: { create: provisions },
        },
      },
    },
  });
  return { cookies: tokens.map((t) => `next-auth.session-token=${t}`), provisionIds: provisions.map((p) => p.id) };
}

/** The id Next.js gave the submitCommentAction server action in this build. */
function submitActionId(): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === "lib/comments/actions.ts" && entry.exportedName === "submitCommentAction",
  );
  if (!found) throw new Error("submitCommentAction is not in the build's server-reference manifest");
  return found[0];
}

type Outcome =
  | { i: number; key: string; receipt: string; attempts: number; latency: number }
  | { i: number; key: string; refused: string; startedAt: number; attempts: number };
/** How long after the last submission was sent its client keeps retrying before giving up. */
const GRACE_SECONDS = 30;

async function submissionsThroughRestart(base: string, url: string, port: number, current: { server: ChildProcess }) {
  const { cookies, provisionIds } = await prepareSubmissions();
  const actionId = submitActionId();
  const page = `${base}/konsultacje/${SMALL.slug}`;
  let retries = 0;
  let shownUnexpected = false;
  let busyAnswers = 0;
  let shedAnswers = 0;
  let shownError = false;

  /** `from`: where an earlier try of the same submission left off (its start and attempts), for the figures. */
  async function submit(
    i: number,
    key: string,
    giveUpAt: number,
    from = { startedAt: performance.now(), attempts: 0 },
  ): Promise<Outcome> {
    const input = {
      consultationId: SMALL.consultation,
      provisionId: provisionIds[i % provisionIds.length],
      onBehalf: { kind: "organization", organizationId: SMALL.org },
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `Uwaga nr ${i}.` }] }] },
      justification: "Uzasadnienie z pomiaru.",
      idempotencyKey: key,
    };
    const started = from.startedAt;
    let attempt = from.attempts;
    while (performance.now() < giveUpAt) {
      attempt++;
      let retryAfterMs = 0;
      try {
        const { response, text } = await within(10_000, async (signal) => {
          const response = await fetch(page, {
            method: "POST",
            headers: {
              "Next-Action": actionId,
              "Content-Type": "text/plain;charset=UTF-8",
              Accept: "text/x-component",
              Origin: base,
              Cookie: cookies[i % cookies.length] as string,
            },
            body: JSON.stringify([input]),
            signal,
          });
          return { response, text: await response.text() };
        });
        const receipt = /"receiptNumber":"([^"]+)"/.exec(text)?.[1];
        if (response.ok && receipt) {
          if (process.env.BENCH_VERBOSE) {
            console.log(`  ${i}: ${receipt} after ${ms(performance.now() - started)}, ${text.length} characters`);
          }
          return { i, key, receipt, attempts: attempt, latency: performance.now() - started };
        }
        // Turned away by the proxy before the action (503): come back when Retry-After says.
        if (response.status === 503) {
          shedAnswers++;
          retries++;
          await sleep(Number(response.headers.get("retry-after") ?? 1) * 1000);
          continue;
        }
        const refused = /"ok":false,"reason":"(\w+)"/.exec(text)?.[1];
        if (refused && text.includes('"_form":"busy"')) busyAnswers++;
        if (!shownUnexpected && !refused) {
          shownUnexpected = true;
          console.log(
            `  (first unexpected answer: HTTP ${response.status} ${text.slice(0, 300).replace(/\s+/g, " ")})`,
          );
        }
        const retryable = refused === "failed" || text.includes('"_form":"busy"');
        // A busy server says when to come back; the panel shows it and a person waits that long.
        retryAfterMs = Number(/"retryAfterSeconds":(\d+)/.exec(text)?.[1] ?? 0) * 1000;
        if (response.ok && refused && !retryable) return { i, key, refused, startedAt: started, attempts: attempt };
      } catch (error) {
        // refused connection, reset or timeout while the server is down: try again with the same key
        if (!shownError) {
          shownError = true;
          console.log(
            `  (first failed request: ${error instanceof Error ? `${error.name}: ${error.message}` : error})`,
          );
        }
      }
      retries++;
      // Back off like a browser would: 250 ms doubling to 4 s, with jitter; or as long as the server asked.
      await sleep(retryAfterMs || Math.min(4000, 250 * 2 ** Math.min(attempt - 1, 4)) * (0.5 + Math.random()));
    }
    return { i, key, refused: "gave up", startedAt: started, attempts: attempt };
  }

  const pending: Promise<Outcome>[] = [];
  const total = RATE * SUBMIT_SECONDS;
  const started = performance.now();
  let killedAt = 0;
  let backAt = 0;
  const restart = (async () => {
    if (KILL_AT_SECONDS <= 0) return; // BENCH_KILL_AT=0: no kill (to measure the rate alone)
    await sleep(KILL_AT_SECONDS * 1000);
    killedAt = performance.now() - started;
    await stopAppServer(current.server, "SIGKILL");
    current.server = await startAppServer(url, port, SERVER_ENV);
    backAt = performance.now() - started;
  })();
  // Open loop: each submission starts at its time whatever the server is doing.
  const giveUpAt = started + (SUBMIT_SECONDS + GRACE_SECONDS) * 1000;
  for (let i = 0; i < total; ) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * RATE));
    for (; i < due; i++) pending.push(submit(i, randomUUID(), giveUpAt));
    await sleep(10);
  }
  const sentIn = (performance.now() - started) / 1000;
  const inRun = await Promise.all(pending);
  await restart;
  const answeredIn = (performance.now() - started) / 1000;
  // Those who gave up come back later (as a person would, the panel keeps the key) and send
  // the same submission again, ten at a time: each must get exactly one receipt.
  const outcomes = [...inRun];
  const gaveUp = inRun.filter((o) => "refused" in o && o.refused === "gave up");
  for (let n = 0; n < gaveUp.length; n += 10) {
    const batch = gaveUp.slice(n, n + 10);
    const again = await Promise.all(
      batch.map((o) => submit(o.i, o.key, performance.now() + 120_000, "startedAt" in o ? o : undefined)),
    );
    for (const o of again) outcomes[o.i] = o;
  }
  return {
    outcomes,
    inRun,
    sentIn,
    answeredIn,
    recovered: gaveUp.length,
    retries,
    busyAnswers,
    shedAnswers,
    killedAt,
    backAt,
  };
}

async function checkDatabase(outcomes: readonly Outcome[]) {
  const { db } = await import("@/lib/db");
  const { verifyAuditLog } = await import("@/lib/audit/log");
  const rows = await db.comment.findMany({
    where: { consultationId: SMALL.consultation, status: { not: "DRAFT" } },
    select: { idempotencyKey: true, receiptNumber: true },
  });
  const byKey = new Map(rows.map((r) => [r.idempotencyKey, r.receiptNumber]));
  const receipted = outcomes.filter((o): o is Extract<Outcome, { receipt: string }> => "receipt" in o);
  const lost = receipted.filter((o) => byKey.get(o.key) !== o.receipt).length;
  const withoutReceipt = rows.filter((r) => !r.receiptNumber).length;
  const clientKeys = new Set(outcomes.map((o) => o.key));
  const unknownRows = rows.filter((r) => !clientKeys.has(r.idempotencyKey)).length;
  const receiptNumbers = new Set(rows.map((r) => r.receiptNumber));
  const revisions = await db.commentRevision.count({ where: { comment: { consultationId: SMALL.consultation } } });
  const issued = (
    await db.consultation.findUniqueOrThrow({ where: { id: SMALL.consultation }, select: { receiptsIssued: true } })
  ).receiptsIssued;
  const audit = await verifyAuditLog();
  return {
    rows: rows.length,
    receipted: receipted.length,
    lost,
    withoutReceipt,
    unknownRows,
    duplicateReceipts: rows.length - receiptNumbers.size,
    revisions,
    issued,
    audit,
    latencies: stats(receipted.map((o) => o.latency)),
    retried: receipted.filter((o) => o.attempts > 1).length,
  };
}

async function main() {
  allowServerOnlyModules();
  const { url, cleanup } = await provideBenchDatabase(DB_NAME);
  const current: { server: ChildProcess | null } = { server: null };
  try {
    const where = process.env.DATABASE_URL
      ? "on the PostgreSQL server of DATABASE_URL"
      : "embedded PGlite in this process (no DATABASE_URL: the figures are not a PostgreSQL server's)";
    console.log(`• Benchmark database ${new URL(url).pathname.slice(1)}, ${where}: migrating and filling…`);
    await migrateDeploy(url);
    process.env.DATABASE_URL = url;
    const inserted = await insertLargeAct(COMMENTS);
    await buildIfChanged();
    const port = await freePort();
    current.server = await startAppServer(url, port, SERVER_ENV);
    const base = `http://localhost:${port}`;

    if (!process.env.BENCH_SKIP_PAGE) await measurePage(base, inserted);
    if (process.env.BENCH_SKIP_SUBMIT) return;
    // A fresh server for the submissions: the page's backlog must not be what they meet.
    await stopAppServer(current.server);
    current.server = await startAppServer(url, port, SERVER_ENV);

    console.log(`\n• Submissions: ${RATE}/s for ${SUBMIT_SECONDS} s, SIGKILL at ${KILL_AT_SECONDS} s…`);
    const server = current as { server: ChildProcess };
    const run = await submissionsThroughRestart(base, url, port, server);
    const refused = new Map<string, number>();
    for (const o of run.outcomes) if ("refused" in o) refused.set(o.refused, (refused.get(o.refused) ?? 0) + 1);
    const inRunReceipts = run.inRun.filter((o) => "receipt" in o).length;
    const check = await checkDatabase(run.outcomes);
    const s = (n: number) => (n / 1000).toFixed(1);
    console.log(`\nSubmissions through a SIGKILL`);
    console.log(
      `  sent ${run.outcomes.length} in ${run.sentIn.toFixed(1)} s (${(run.outcomes.length / run.sentIn).toFixed(0)}/s)` +
        `; server killed at ${s(run.killedAt)} s, answering again at ${s(run.backAt)} s`,
    );
    console.log(
      `  during the run (until ${GRACE_SECONDS} s after the last was sent): ${inRunReceipts} receipts` +
        ` (${(inRunReceipts / run.answeredIn).toFixed(0)}/s over ${run.answeredIn.toFixed(1)} s)` +
        `; ${run.recovered} clients gave up and sent the same submission again afterwards`,
    );
    console.log(
      `  receipts ${check.receipted}; ${check.retried} needed a retry (${run.retries} retries in all, ${run.busyAnswers} after a "busy" answer, ${run.shedAnswers} after a 503 from the proxy)` +
        `; refused ${refused.size ? [...refused].map(([r, n]) => `${r} ${n}`).join(", ") : "none"}`,
    );
    console.log(
      `  latency to receipt (with retries): p50 ${ms(check.latencies.median)}, p95 ${ms(check.latencies.p95)}, max ${ms(check.latencies.max)}`,
    );
    console.log(
      `  database: ${check.rows} comments, ${check.revisions} revisions, ${check.issued} receipt numbers issued` +
        `; receipts not in the database ${check.lost}; comments without a receipt ${check.withoutReceipt}` +
        `; comments no client asked for ${check.unknownRows}; duplicate receipt numbers ${check.duplicateReceipts}`,
    );
    console.log(
      `  audit chain: ${check.audit.ok ? `intact, ${check.audit.count} events` : `BROKEN at #${check.audit.brokenAt}`}`,
    );
    const sound =
      check.lost === 0 &&
      check.withoutReceipt === 0 &&
      check.unknownRows === 0 &&
      check.duplicateReceipts === 0 &&
      check.rows === check.receipted &&
      check.audit.ok;
    console.log(sound ? "  ✓ nothing lost, nothing doubled" : "  ✗ the database does not match the receipts");
    process.exitCode = sound ? 0 : 1;
  } finally {
    await stopAppServer(current.server);
    const { db } = await import("@/lib/db");
    await db.$disconnect();
    await cleanup();
    console.log("• Benchmark database removed.");
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
