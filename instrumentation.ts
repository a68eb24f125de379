// Next.js calls register() once when a server instance starts: each instance runs the
// job workers (pg-boss hands every job to exactly one of them).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.JOBS_DISABLED === "1") return;
  const { startWorkers } = await import("./lib/jobs/worker");
  try {
    await startWorkers();
  } catch (error) {
    console.error("job workers did not start", error);
  }
}
