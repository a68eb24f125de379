import "server-only";
import PgBoss from "pg-boss";
import { requireDatabaseUrl } from "@/lib/env";

/**
 * Jobs live in PostgreSQL (pg-boss, schema `pgboss`): no separate broker, and every app
 * instance sharing the database shares the queues. pg-boss takes each job with
 * `SKIP LOCKED`, and a cron slot is sent once, so two instances never run the same job twice.
 */
export const QUEUES = {
  /** Every minute: open, close and mark deadlines that the clock has passed. */
  tick: "consultations-tick",
  /** Build every file of a report (data: { reportId }). */
  generateReport: "report-generate",
  /** E-mail everyone who commented that the report is out (data: { reportId }). */
  notifyReport: "report-notify",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

const holder = globalThis as unknown as { konsultacjeBoss?: Promise<PgBoss> };

async function startBoss(connectionString: string): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString, schema: "pgboss", max: 4, application_name: "konsultacje-jobs" });
  // pg-boss reports lost connections here (e.g. the database restarting) and reconnects itself.
  boss.on("error", (error: unknown) =>
    console.error(`job queue: ${error instanceof Error ? error.message : String(error)}`),
  );
  await boss.start();
  await boss.createQueue(QUEUES.tick, { name: QUEUES.tick, policy: "singleton", retryLimit: 1 });
  // A failed generation is shown as failed at once: the clerk starts it again.
  await boss.createQueue(QUEUES.generateReport, { name: QUEUES.generateReport, retryLimit: 0, expireInMinutes: 15 });
  await boss.createQueue(QUEUES.notifyReport, {
    name: QUEUES.notifyReport,
    retryLimit: 5,
    retryDelay: 30,
    retryBackoff: true,
  });
  return boss;
}

/** The process's one pg-boss instance (started on first use). */
export function jobQueue(connectionString = requireDatabaseUrl()): Promise<PgBoss> {
  holder.konsultacjeBoss ??= startBoss(connectionString).catch((error: unknown) => {
    holder.konsultacjeBoss = undefined;
    throw error;
  });
  return holder.konsultacjeBoss;
}

export async function stopJobQueue(): Promise<void> {
  const boss = await holder.konsultacjeBoss;
  holder.konsultacjeBoss = undefined;
  await boss?.stop({ graceful: true, wait: true });
}

export async function sendJob(name: QueueName, data: object, options: PgBoss.SendOptions = {}): Promise<string | null> {
  return (await jobQueue()).send(name, data, options);
}
