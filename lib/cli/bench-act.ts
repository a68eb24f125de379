// Shared by the benchmarks that serve a large act: a database of its own, a 1,000-unit act
// with comments, and the production build served as `npm start` serves it (lib/cli/serve.ts).
import { type ChildProcess, spawn } from "node:child_process";
import { openSync } from "node:fs";
import { provisionRows } from "@/lib/consultations/provisions";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "@/lib/embedded-db/pglite";
import { parseDraft } from "@/lib/legal-structure/parse";
import { createDatabase, dropDatabase, freePort } from "@/lib/testing/database";
import { generateActText } from "./bench-import";
import { ROOT, serverCommand } from "./run";

export const BENCH_SLUG = "bench-akt-1000";

export const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));
export const ms = (n: number) => `${n.toFixed(1)} ms`;

/**
 * Request headers with an unknown session cookie: the page is rendered for each request, as for a
 * signed-in person, instead of being answered from the anonymous readers' kept rendering
 * (lib/http/page-cache.ts).
 */
export const RENDERED_EACH_TIME = { cookie: "next-auth.session-token=bench-unknown-session" };
export const BENCH_CONSULTATION = "bench-consultation";
export const BENCH_VERSION = "bench-v1";
export const BENCH_UNIT = "bench-unit";
export const BENCH_USER = "bench-user";

/** A database of the benchmark's own: on the PostgreSQL server of DATABASE_URL, else an embedded one. */
export async function provideBenchDatabase(name: string): Promise<{ url: string; cleanup: () => Promise<void> }> {
  const server = process.env.DATABASE_URL;
  if (server) {
    const url = await createDatabase(server, name);
    return { url, cleanup: () => dropDatabase(server, name) };
  }
  const embedded: EmbeddedPostgres = await startEmbeddedPostgres({ port: await freePort() });
  return { url: embedded.url, cleanup: () => embedded.stop() };
}

/** An open consultation of a generated 1,000-unit act with `commentCount` submitted comments. */
export async function insertLargeAct(commentCount: number): Promise<{ units: number; comments: number }> {
  const { db } = await import("@/lib/db");
  const units = parseDraft(generateActText(1000)).units;
  const day = 86_400_000;
  const now = Date.now();
  await db.ownerUnit.create({ data: { id: BENCH_UNIT, slug: "bench", name: "Departament Testów", shortName: "DT" } });
  await db.user.create({ data: { id: BENCH_USER, email: "bench@example.org", roles: ["NGO_MEMBER"] } });
  await db.consultation.create({
    data: {
      id: BENCH_CONSULTATION,
      slug: BENCH_SLUG,
      receiptCode: "BE",
      title: "Akt o 1000 jednostkach redakcyjnych (pomiar)",
      subject: "Pomiar czasu strony",
      purpose: "Pomiar czasu strony",
      actType: "UCHWALA",
      ownerUnitId: BENCH_UNIT,
      contactName: "Jan Testowy",
      contactEmail: "bench@example.org",
      status: "OPEN",
      startDate: new Date(now - 5 * day),
      endDate: new Date(now + 5 * day),
      opensAt: new Date(now - 5 * day),
      closesAt: new Date(now + 6 * day),
      createdById: BENCH_USER,
      publishedAt: new Date(now - 6 * day),
      versions: {
        create: { id: BENCH_VERSION, number: 1, source: "TEXT", sourceText: "", publishedAt: new Date(now - 6 * day) },
      },
    },
  });
  const rows = provisionRows(BENCH_VERSION, units);
  await db.provision.createMany({ data: rows });
  const comments = Array.from({ length: commentCount }, (_, i) => ({
    id: `bench-comment-${i}`,
    consultationId: BENCH_CONSULTATION,
    versionId: BENCH_VERSION,
    // Every 50th on the draft as a whole, the others spread unevenly over the units.
    provisionId: i % 50 === 0 ? null : (rows[(i * 7919) % rows.length]?.id ?? null),
    authorId: BENCH_USER,
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

/** The production server (lib/cli/serve.ts) on `port`, resolved once /api/health answers. */
export async function startAppServer(
  url: string,
  port: number,
  extraEnv: Record<string, string> = {},
): Promise<ChildProcess> {
  // BENCH_SERVER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"): options for the server's Node.
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const { command, args } = serverCommand(port, nodeArgs);
  const child = spawn(command, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: url,
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret",
      APP_ENV: "test",
      RESEND_API_KEY: "",
      NEXT_TELEMETRY_DISABLED: "1",
      ...extraEnv,
    },
    // BENCH_SERVER_LOG=<file>: the server's output, appended (to see why a run went wrong).
    stdio: process.env.BENCH_SERVER_LOG
      ? ["ignore", openSync(process.env.BENCH_SERVER_LOG, "a"), openSync(process.env.BENCH_SERVER_LOG, "a")]
      : "ignore",
  });
  // A benchmark stopped early (Ctrl-C, a timeout) must not leave a server running on.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  child.once("exit", () => process.off("exit", killOnExit));
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`http://localhost:${port}/api/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`the app server on port ${port} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Stops a server and waits until it has exited. */
export async function stopAppServer(server: ChildProcess | null, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill(signal);
  await exited;
}
