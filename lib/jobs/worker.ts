import "server-only";
import type PgBoss from "pg-boss";
import { advanceConsultations } from "@/lib/consultations/lifecycle";
import { deliverEmail } from "@/lib/email/deliver";
import { dispatchForgottenEmails } from "@/lib/email/queue";
import { announceConsultation, announceMissed } from "@/lib/notifications/announce";
import { sendWeeklyDigest } from "@/lib/notifications/digest";
import { sendConsultationReminders, sendCouncilReminders } from "@/lib/notifications/reminders";
import { generateReport } from "@/lib/reports/generate";
import { failAbandonedReports } from "@/lib/reports/mutations";
import { notifyMissedReports, notifyReportPublished } from "@/lib/reports/notify";
import { redactPublishedReports } from "@/lib/reports/redact";
import { getSettings } from "@/lib/settings/queries";
import { now } from "@/lib/time/clock";
import { jobQueue, QUEUES } from "./boss";
import { recordCouncilWaivers } from "./council-waivers";

/** The id a job's data must carry (`{ reportId }`, `{ messageId }`, …); a job without it fails. */
function idFrom(data: unknown, field: string): string {
  const id = (data as Record<string, unknown> | null)?.[field];
  if (typeof id !== "string" || id.length === 0) throw new Error(`job without a ${field}`);
  return id;
}

/** Cron schedules (Europe/Warsaw). pg-boss sends each slot once, however many instances schedule it. */
export const SCHEDULES = [
  { queue: QUEUES.tick, cron: "* * * * *" },
  { queue: QUEUES.reminders, cron: "*/5 * * * *" },
  { queue: QUEUES.digest, cron: "0 7 * * 1" },
] as const;

/**
 * Starts this process's workers (called once per app server from `instrumentation.ts`).
 * Every instance runs them; pg-boss hands each job to exactly one of them.
 */
export async function startWorkers(): Promise<void> {
  const boss = await jobQueue();
  for (const { queue, cron } of SCHEDULES) await boss.schedule(queue, cron, {}, { tz: "Europe/Warsaw" });
  await registerWorkers(boss);
}

/** The handlers, on any pg-boss instance (tests use them without the schedule). */
export async function registerWorkers(boss: PgBoss, pollingIntervalSeconds = 2): Promise<void> {
  const options = { pollingIntervalSeconds };
  await boss.work(QUEUES.tick, options, async () => {
    const at = now();
    await advanceConsultations(at);
    await recordCouncilWaivers(at, (await getSettings()).councilOpinionDays);
    await failAbandonedReports(at);
  });
  await boss.work(QUEUES.generateReport, options, async ([job]) => {
    if (job) await generateReport(idFrom(job.data, "reportId"));
  });
  await boss.work(QUEUES.redactReports, options, async ([job]) => {
    if (job) await redactPublishedReports(idFrom(job.data, "consultationId"));
  });
  await boss.work(QUEUES.notifyReport, options, async ([job]) => {
    if (job) await notifyReportPublished(idFrom(job.data, "reportId"));
  });
  await boss.work(QUEUES.announce, options, async ([job]) => {
    if (job) await announceConsultation(idFrom(job.data, "consultationId"), now());
  });
  await boss.work(QUEUES.reminders, options, async () => {
    const at = now();
    // Every step runs even when one fails; the job then fails with every error (shown to admins).
    const steps = [
      () => announceMissed(at),
      () => notifyMissedReports(at),
      () => redactPublishedReports(),
      () => sendConsultationReminders(at),
      async () => sendCouncilReminders(at, (await getSettings()).councilOpinionDays),
      () => dispatchForgottenEmails(),
    ];
    const failures: unknown[] = [];
    for (const step of steps) {
      try {
        await step();
      } catch (error) {
        failures.push(error);
      }
    }
    if (failures.length > 0) throw new AggregateError(failures, `${failures.length} of the 5-minute steps failed`);
  });
  await boss.work(QUEUES.digest, options, async () => {
    await sendWeeklyDigest(now());
  });
  await boss.work(QUEUES.sendEmail, { ...options, includeMetadata: true }, async ([job]) => {
    if (!job) return;
    // The last attempt pg-boss will make: a failure now marks the message FAILED.
    const final = job.retryCount >= job.retryLimit;
    const outcome = await deliverEmail(idFrom(job.data, "messageId"), final);
    // Throwing hands the job back to pg-boss, which retries it with back-off (or records it failed).
    if (!outcome.ok) throw new Error(outcome.reason);
  });
}
