// `npm start`: database (embedded when DATABASE_URL is unset), migrations, demo data on
// first run, build when sources changed, then the server (lib/cli/serve.ts) on http://localhost:3000.
import { spawn } from "node:child_process";
import { buildIfChanged } from "./build";
import { provideAuthSecret, provideDatabase } from "./database";
import { migrateDeploy, ROOT, serverCommand } from "./run";

async function main() {
  const port = process.env.PORT ?? "3000";
  const { url, embedded } = await provideDatabase();
  process.env.DATABASE_URL = url;
  process.env.NEXTAUTH_SECRET = provideAuthSecret();
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  console.log("• Applying migrations…");
  await migrateDeploy(url);
  const { seedIfEmpty } = await import("@/prisma/seed-data/run");
  await seedIfEmpty();
  await buildIfChanged();

  console.log(`• Konsultacje: http://localhost:${port}`);
  const { command, args } = serverCommand(port);
  const server = spawn(command, args, {
    cwd: ROOT,
    env: process.env,
    stdio: "inherit",
  });
  const stop = async (code: number) => {
    await embedded?.stop();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
