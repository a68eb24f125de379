// The public page part of `npm run bench:load`: the page of a 1,000-unit act under CONNECTIONS
// concurrent connections (autocannon) as anonymous readers get it (the kept page), gzip-compressed,
// rendered for each request, and while the database is written to; beside a bare node:http server
// sending the same HTML in the same run.
import { type ChildProcess, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { freePort } from "@/lib/testing/database";
import { BENCH_SLUG, ms, RENDERED_EACH_TIME, sleep, stopAppServer } from "./bench-act";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PAGE_SECONDS = Number(process.env.BENCH_PAGE_SECONDS ?? 20);

type LoadFigures = { requestsPerSecond: number; p50: number; p95: number; p99: number; non2xx: number; errors: number };

/** autocannon at CONNECTIONS for PAGE_SECONDS; latencies of every response kept for the percentiles. */
async function hammer(url: string, headers: Record<string, string> = {}): Promise<LoadFigures> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options = { url, headers, connections: CONNECTIONS, duration: PAGE_SECONDS, timeout: 30 };
    const instance = autocannon(options, (error, r) => (error ? reject(error) : resolve(r)));
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] ?? 0;
  return {
    requestsPerSecond: result.requests.total / (result.duration || PAGE_SECONDS),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/**
 * A bare node:http server, in a process of its own like the app, sending `html` to every request:
 * gzip-compressed once at the start to those who accept it, as it is to the others.
 */
async function startBareServer(html: string): Promise<{ child: ChildProcess; url: string }> {
  const file = path.join(tmpdir(), `konsultacje-bench-${process.pid}.html`);
  writeFileSync(file, html);
  const port = await freePort();
  const source = `
    const body = require("node:fs").readFileSync(${JSON.stringify(file)});
    const gzip = require("node:zlib").gzipSync(body);
    require("node:http").createServer((req, res) => {
      const compressed = /gzip/.test(req.headers["accept-encoding"] || "");
      const sent = compressed ? gzip : body;
      const headers = { "content-type": "text/html; charset=utf-8", "content-length": sent.length };
      if (compressed) headers["content-encoding"] = "gzip";
      res.writeHead(200, headers);
      res.end(sent);
    }).listen(${port}, () => process.send("ready"));`;
  const child = spawn(process.execPath, ["-e", source], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", () => reject(new Error("the bare server exited")));
  });
  return { child, url: `http://localhost:${port}/` };
}

/** What browsers send. */
const GZIP = { "accept-encoding": "gzip, deflate, br" };

/** Commits per second while readers read: each changes the database's state, so kept pages go stale. */
const WRITES_PER_SECOND = 20;

/** `measure` while the page's consultation is written to WRITES_PER_SECOND times a second (a deadline rush). */
async function whileWriting<T>(measure: () => Promise<T>): Promise<T> {
  const { db } = await import("@/lib/db");
  let writing = true;
  const writer = (async () => {
    while (writing) {
      await db.$executeRaw`UPDATE consultations SET updated_at = now() WHERE slug = ${BENCH_SLUG}`;
      await sleep(1000 / WRITES_PER_SECOND);
    }
  })();
  try {
    return await measure();
  } finally {
    writing = false;
    await writer;
  }
}

async function pageUnderLoad(base: string) {
  const page = `${base}/konsultacje/${BENCH_SLUG}`;
  for (let i = 0; i < 5; i++) await (await fetch(page)).text(); // warm-up
  const sample = await fetch(page);
  const kept = sample.headers.get("x-page-cache");
  const html = await sample.text();
  const idle = async () => (await fetch(page)).text(); // waits behind the requests still being answered
  const app = await hammer(page);
  await idle();
  const gzip = await hammer(page, GZIP);
  await idle();
  const rendered = await hammer(page, RENDERED_EACH_TIME);
  await idle();
  const changing = await whileWriting(() => hammer(page));
  await idle();
  const bare = await startBareServer(html);
  try {
    const plain = await hammer(bare.url);
    const plainGzip = await hammer(bare.url, GZIP);
    return { app, gzip, rendered, changing, plain, plainGzip, kept, htmlBytes: Buffer.byteLength(html) };
  } finally {
    await stopAppServer(bare.child);
  }
}

export async function measurePage(base: string, inserted: { units: number; comments: number }) {
  console.log(`• Page: ${inserted.units} units, ${inserted.comments} comments, ${CONNECTIONS} connections…`);
  const { app, gzip, rendered, changing, plain, plainGzip, kept, htmlBytes } = await pageUnderLoad(base);
  const line = (label: string, f: LoadFigures) =>
    console.log(
      `  ${label} ${f.requestsPerSecond.toFixed(1)} req/s, p50 ${ms(f.p50)}, p95 ${ms(f.p95)}, p99 ${ms(f.p99)}` +
        `, non-2xx ${f.non2xx}, errors ${f.errors}`,
    );
  console.log(`\nPublic page under load (${(htmlBytes / 1024).toFixed(0)} KiB of HTML, ${PAGE_SECONDS} s each)`);
  line(`app, anonymous (${kept ?? "not kept"})`, app);
  line("app, anonymous, gzip", gzip);
  line("app, rendered each  ", rendered);
  line(`app, ${WRITES_PER_SECOND} writes/s    `, changing);
  line("bare node:http      ", plain);
  line("bare node:http, gzip", plainGzip);
  const ratio = (a: LoadFigures, b: LoadFigures) => (a.requestsPerSecond / b.requestsPerSecond).toFixed(3);
  console.log(
    `  ratio ${ratio(app, plain)}× as HTML, ${ratio(gzip, plainGzip)}× gzip (target ≥ 0.5×); ` +
      `app p95 ${ms(app.p95)} as HTML, ${ms(gzip.p95)} gzip (target ≤ 100 ms)`,
  );
}
