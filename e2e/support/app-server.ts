import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { serverCommand } from "@/lib/cli/run";
import { appServerEnv } from "@/lib/testing/e2e-environment";

const ROOT = path.resolve(__dirname, "..", "..");

/** A second server (as `npm start` runs it) of the same build and database, with its own environment. */
export async function startAppServer(
  port: number,
  extraEnv: Record<string, string>,
): Promise<{ stop: () => Promise<void> }> {
  const { command, args } = serverCommand(port);
  const child: ChildProcess = spawn(command, args, {
    cwd: ROOT,
    env: appServerEnv(port, extraEnv),
    stdio: "ignore",
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(`http://localhost:${port}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`App server on port ${port} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
