import "server-only";
import type PgBoss from "pg-boss";
import { advanceConsultations } from "@/lib/consultations/lifecycle";
import { generateReport } from "@/lib/reports/generate";
import { notifyReportPublished } from "@/lib/reports/notify";
import { now } from "@/lib/time/clock";
import { jobQueue, QUEUES } from "./boss";

type ReportJob = { reportId: string };

function reportId(data: unknown): string {
  const id = (data as Partial<ReportJob> | null)?.reportId;
  if (typeof id !== "string" || id.length === 0) throw new Error("job without a reportId");
  return id;
}

/**
 * Starts this process's workers (called once per app server from `instrumentation.ts`).
 * Every instance runs them; pg-boss hands each job to exactly one of them.
 */
export async function startWorkers(): Promise<void> {
  const boss = await jobQueue();
  await boss.schedule(QUEUES.tick, "* * * * *", {}, { tz: "Europe/Warsaw" });
  await registerWorkers(boss);
}

/** The handlers, on any pg-boss instance (tests use them without the schedule). */
export async function registerWorkers(boss: PgBoss, pollingIntervalSeconds = 2): Promise<void> {
  const options = { pollingIntervalSeconds };
  await boss.work(QUEUES.tick, options, async () => {
    await advanceConsultations(now());
  });
  await boss.work(QUEUES.generateReport, options, async ([job]) => {
    if (job) await generateReport(reportId(job.data));
  });
  await boss.work(QUEUES.notifyReport, options, async ([job]) => {
    if (job) await notifyReportPublished(reportId(job.data));
  });
}
