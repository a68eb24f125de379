import { type ChildProcess, fork } from "node:child_process";
import path from "node:path";

const SCRIPT = path.join(__dirname, "worker-process.ts");

export type WorkerProcess = {
  child: ChildProcess;
  /** Fixes the process's clock and waits until it has. */
  setClock: (iso: string) => Promise<void>;
  stop: () => Promise<void>;
};

function waitFor(child: ChildProcess, expected: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`worker process did not say "${expected}" in time`)), timeoutMs);
    const onMessage = (message: unknown) => message === expected && finish();
    const onExit = (code: number | null) => finish(new Error(`worker process exited (${code}) before "${expected}"`));
    function finish(error?: Error) {
      clearTimeout(timer);
      child.off("message", onMessage);
      child.off("exit", onExit);
      if (error) reject(error);
      else resolve();
    }
    child.on("message", onMessage);
    child.on("exit", onExit);
  });
}

/**
 * Starts a worker process (lib/jobs/testing/worker-process.ts) on the test database and the
 * given job schema; `env` adds variables (e.g. a Resend key and base URL).
 */
export async function startWorkerProcess(options: {
  schema: string;
  clock?: string;
  env?: Record<string, string>;
}): Promise<WorkerProcess> {
  const args = ["--schema", options.schema, ...(options.clock ? ["--clock", options.clock] : [])];
  const child = fork(SCRIPT, args, {
    cwd: path.resolve(__dirname, "..", "..", ".."),
    execArgv: ["--import", "tsx"],
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  await waitFor(child, "ready", 60_000);
  return {
    child,
    setClock: async (iso) => {
      const done = waitFor(child, "clock", 10_000);
      child.send({ clock: iso });
      await done;
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
