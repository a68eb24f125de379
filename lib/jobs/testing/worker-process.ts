// A separate worker process for the integration tests: pg-boss workers (every handler) on
// DATABASE_URL in the test's own job schema, as an app instance would run them. Started with
// child_process.fork (IPC): the parent may fix this process's clock with { clock: ISO } and is
// told "ready" once the workers poll and "clock" once the clock is set.
//
//   node --import tsx lib/jobs/testing/worker-process.ts --schema pgboss_test_x [--clock ISO]
import { parseArgs } from "node:util";
import { allowServerOnlyModules } from "@/lib/cli/server-only";

type Message = { clock?: string };

async function main() {
  const { values } = parseArgs({ options: { schema: { type: "string" }, clock: { type: "string" } } });
  if (!values.schema) throw new Error("--schema is required: tests keep their jobs apart from other suites'");
  allowServerOnlyModules();
  const { setClockForTests } = await import("@/lib/time/clock");
  const fix = (iso: string) => {
    const at = new Date(iso);
    if (Number.isNaN(at.getTime())) throw new Error(`not a time: ${iso}`);
    setClockForTests(() => at);
  };
  if (values.clock) fix(values.clock);
  const { jobQueue, stopJobQueue } = await import("@/lib/jobs/boss");
  const { registerWorkers } = await import("@/lib/jobs/worker");
  const boss = await jobQueue(undefined, { schema: values.schema });
  await registerWorkers(boss, 0.5);
  process.on("message", (message: Message) => {
    if (message.clock) {
      fix(message.clock);
      process.send?.("clock");
    }
  });
  const stop = async () => {
    await stopJobQueue().catch(() => undefined);
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  process.on("disconnect", stop);
  process.send?.("ready");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
