import { spawn } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const BIN = path.join(ROOT, "node_modules", ".bin");

/**
 * How to start the production server (lib/cli/serve.ts: Next.js behind the kept public pages)
 * on `port`, with `nodeArgs` for its Node (a profiler, say).
 */
export function serverCommand(port: number | string, nodeArgs: readonly string[] = []) {
  return {
    command: process.execPath,
    args: [...nodeArgs, "--import", "tsx", path.join(ROOT, "lib", "cli", "serve.ts"), String(port)],
  };
}

/** Runs a command with inherited output; resolves with its exit code. */
export function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export async function runOrExit(command: string, args: readonly string[], env?: NodeJS.ProcessEnv): Promise<void> {
  const code = await run(command, args, env);
  if (code !== 0) {
    console.error(`\n✗ ${path.basename(command)} ${args.join(" ")} — exit code ${code}`);
    process.exit(code);
  }
}

/** `prisma migrate deploy` through the offline engine bridge (set in prisma.config.ts). */
export function migrateDeploy(databaseUrl: string): Promise<void> {
  return runOrExit(path.join(BIN, "prisma"), ["migrate", "deploy"], { ...process.env, DATABASE_URL: databaseUrl });
}
