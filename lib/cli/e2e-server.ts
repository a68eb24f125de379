// The server Playwright tests run against: a fresh database (or an in-memory embedded
// one), migrated and seeded, and the production build served as `npm start` serves it.
import { spawn } from "node:child_process";
import { startEmbeddedPostgres } from "@/lib/embedded-db/pglite";
import { createDatabase } from "@/lib/testing/database";
import { appServerEnv, E2E_PORT, EMBEDDED_E2E_DB_PORT } from "@/lib/testing/e2e-environment";
import { buildIfChanged } from "./build";
import { migrateDeploy, ROOT, serverCommand } from "./run";

async function main() {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set (playwright.config.ts sets it)");
  if (process.env.DATABASE_URL) {
    await createDatabase(url, new URL(url).pathname.slice(1));
  } else {
    await startEmbeddedPostgres({ port: EMBEDDED_E2E_DB_PORT });
  }
  process.env.DATABASE_URL = url;
  await migrateDeploy(url);
  const { seed } = await import("@/prisma/seed-data/run");
  await seed();
  await buildIfChanged();
  const { command, args } = serverCommand(E2E_PORT);
  const server = spawn(command, args, {
    cwd: ROOT,
    env: appServerEnv(E2E_PORT),
    stdio: "inherit",
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
