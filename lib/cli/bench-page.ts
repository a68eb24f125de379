// `npm run bench:page`: server time of the public reading page of a 1,000-unit act with thousands
// of comments, against a fresh database and the production build. Prints figures; not a test.
// Run it under the build/e2e lock: flock /tmp/konsultacje-e2e.lock npm run bench:page
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { freePort } from "@/lib/testing/database";
import {
  BENCH_SLUG,
  insertLargeAct,
  provideBenchDatabase,
  RENDERED_EACH_TIME,
  startAppServer,
  stopAppServer,
} from "./bench-act";
import { stats } from "./bench-import";
import { buildIfChanged } from "./build";
import { migrateDeploy } from "./run";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 30);
const COMMENTS = Number(process.env.BENCH_COMMENTS ?? 3000);
const DB_NAME = `konsultacje_bench_${process.pid}`;

async function timePage(url: string, requestHeaders: Record<string, string> = {}) {
  const total: number[] = [];
  const firstByte: number[] = [];
  let html = "";
  for (let i = 0; i < REQUESTS + 3; i++) {
    const start = performance.now();
    const response = await fetch(url, { headers: requestHeaders });
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

const BROWSER_RUNS = 5;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * What the page costs the reader's browser: Chromium's main-thread script and task time from
 * navigation until the page is idle (loading, parsing, hydrating), each run in a fresh tab.
 */
async function browserCost(url: string) {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
  const script: number[] = [];
  const task: number[] = [];
  try {
    for (let i = 0; i < BROWSER_RUNS + 1; i++) {
      const page = await browser.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Performance.enable");
      await page.goto(url, { waitUntil: "networkidle" });
      const { metrics } = await cdp.send("Performance.getMetrics");
      const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
      if (i > 0) {
        script.push(metric("ScriptDuration"));
        task.push(metric("TaskDuration"));
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return { script: stats(script), task: stats(task) };
}

async function scriptBytes(base: string, html: string): Promise<{ count: number; bytes: number }> {
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] as string);
  let bytes = 0;
  for (const src of sources) bytes += (await (await fetch(new URL(src, base))).arrayBuffer()).byteLength;
  return { count: sources.length, bytes };
}

async function main() {
  const { url, cleanup } = await provideBenchDatabase(DB_NAME);
  let server: ChildProcess | null = null;
  try {
    console.log(`• Benchmark database ${new URL(url).pathname.slice(1)}: migrating…`);
    await migrateDeploy(url);
    process.env.DATABASE_URL = url;
    const inserted = await insertLargeAct(COMMENTS);
    await buildIfChanged();
    const port = await freePort();
    server = await startAppServer(url, port);
    const base = `http://localhost:${port}`;
    const page = `${base}/konsultacje/${BENCH_SLUG}`;
    const { total, firstByte, html } = await timePage(page, RENDERED_EACH_TIME);
    const kept = await timePage(page);
    const rendered = html.match(/data-testid="unit-citation"/g)?.length ?? 0;
    const scripts = await scriptBytes(base, html);
    const f = (n: number) => `${n.toFixed(1)} ms`;
    const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
    console.log(`\nPublic reading page: ${inserted.units} units, ${inserted.comments} comments, ${REQUESTS} requests`);
    console.log(
      `  rendered        median ${f(total.median)}, p95 ${f(total.p95)} (min ${f(total.min)}, max ${f(total.max)})`,
    );
    console.log(`  first byte      median ${f(firstByte.median)}, p95 ${f(firstByte.p95)}`);
    console.log(
      `  kept page       median ${f(kept.total.median)}, p95 ${f(kept.total.p95)} (anonymous readers, lib/http/page-cache.ts)`,
    );
    console.log(
      `  HTML            ${kib(Buffer.byteLength(html))} (gzip ${kib(gzipSync(html).length)}), ${rendered} units rendered`,
    );
    console.log(`  JavaScript      ${scripts.count} scripts, ${kib(scripts.bytes)} uncompressed`);
    if (existsSync(CHROMIUM)) {
      const cost = await browserCost(page);
      console.log(
        `  in Chromium     script ${f(cost.script.median)} median, main-thread tasks ${f(cost.task.median)} median (${BROWSER_RUNS} loads, until idle)`,
      );
    }
    if (rendered !== inserted.units) console.log(`! expected ${inserted.units} units in the HTML, found ${rendered}`);
  } finally {
    await stopAppServer(server);
    await cleanup();
    console.log("• Benchmark database removed.");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
