import "server-only";
import { createHash } from "node:crypto";
import PgBoss from "pg-boss";
import { requireDatabaseUrl } from "@/lib/env";

/**
 * Jobs live in PostgreSQL (pg-boss, schema `pgboss`): no separate broker, and every app
 * instance sharing the database shares the queues. pg-boss takes each job with
 * `SKIP LOCKED`, and a cron slot is sent once, so two instances never run the same job twice.
 */
export const QUEUES = {
  /** Every minute: open, close and mark deadlines that the clock has passed (and the Council's waivers). */
  tick: "consultations-tick",
  /** Build every file of a report (data: { reportId }). */
  generateReport: "report-generate",
  /** Write a published report's files again without comments hidden since (data: { consultationId }). */
  redactReports: "report-redact",
  /** E-mail everyone who commented that the report is out (data: { reportId }). */
  notifyReport: "report-notify",
  /** E-mail the announcement of a newly published consultation (data: { consultationId }). */
  announce: "consultation-announce",
  /** Every 5 minutes: reminders before the end and before the Council's deadline, missed announcements and e-mails. */
  reminders: "notifications-scan",
  /** Monday morning (Europe/Warsaw): the weekly digest of new consultations. */
  digest: "notifications-digest",
  /** Deliver one e-mail message (data: { messageId }), retried with back-off. */
  sendEmail: "email-send",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const DEFAULT_JOB_SCHEMA = "pgboss";

export type JobQueueOptions = {
  /** Another pg-boss schema: tests use one of their own so that other suites' workers never take their jobs. */
  schema?: string;
  /** Delivery attempts after the first, and the first back-off delay (it doubles each time). */
  email?: { retryLimit: number; retryDelaySeconds: number };
};

/** A failed delivery is tried again after about 30 s, 1, 2, 4, 8 and 16 minutes, then given up. */
const EMAIL_RETRIES = { retryLimit: 6, retryDelaySeconds: 30 };

type Holder = { konsultacjeBoss?: Promise<PgBoss>; konsultacjeBossSchema?: string };
const holder = globalThis as unknown as Holder;

async function startBoss(connectionString: string, options: JobQueueOptions): Promise<PgBoss> {
  const schema = options.schema ?? DEFAULT_JOB_SCHEMA;
  const email = options.email ?? EMAIL_RETRIES;
  // One name per server process, so that each server's job connections can be told apart.
  const boss = new PgBoss({ connectionString, schema, max: 4, application_name: `konsultacje-jobs ${process.pid}` });
  // pg-boss reports lost connections here (e.g. the database restarting) and reconnects itself.
  boss.on("error", (error: unknown) =>
    console.error(`job queue: ${error instanceof Error ? error.message : String(error)}`),
  );
  await boss.start();
  // Queues are created once per schema (later calls keep the first settings).
  await boss.createQueue(QUEUES.tick, { name: QUEUES.tick, policy: "singleton", retryLimit: 1 });
  // A failed generation is shown as failed at once: the clerk starts it again.
  await boss.createQueue(QUEUES.generateReport, { name: QUEUES.generateReport, retryLimit: 0, expireInMinutes: 15 });
  // One correction at a time (it rewrites the files in place); retried, and the 5-minute scan follows up.
  await boss.createQueue(QUEUES.redactReports, {
    name: QUEUES.redactReports,
    policy: "singleton",
    retryLimit: 3,
    retryDelay: 30,
    expireInMinutes: 15,
  });
  await boss.createQueue(QUEUES.notifyReport, {
    name: QUEUES.notifyReport,
    retryLimit: 5,
    retryDelay: 30,
    retryBackoff: true,
  });
  await boss.createQueue(QUEUES.announce, { name: QUEUES.announce, retryLimit: 5, retryDelay: 30, retryBackoff: true });
  // Scans may overlap (a slow run, several instances): what they send is unique per recipient in the database.
  await boss.createQueue(QUEUES.reminders, { name: QUEUES.reminders, retryLimit: 1, expireInMinutes: 10 });
  await boss.createQueue(QUEUES.digest, { name: QUEUES.digest, retryLimit: 5, retryDelay: 60, retryBackoff: true });
  await boss.createQueue(QUEUES.sendEmail, {
    name: QUEUES.sendEmail,
    retryLimit: email.retryLimit,
    retryDelay: email.retryDelaySeconds,
    retryBackoff: true,
    expireInMinutes: 5,
  });
  return boss;
}

/**
 * The process's one pg-boss instance (started on first use). The first call decides the
 * schema; tests pass their own before anything else touches the queue.
 */
export function jobQueue(connectionString = requireDatabaseUrl(), options: JobQueueOptions = {}): Promise<PgBoss> {
  if (!holder.konsultacjeBoss) {
    holder.konsultacjeBossSchema = options.schema ?? DEFAULT_JOB_SCHEMA;
    holder.konsultacjeBoss = startBoss(connectionString, options).catch((error: unknown) => {
      holder.konsultacjeBoss = undefined;
      holder.konsultacjeBossSchema = undefined;
      throw error;
    });
  }
  return holder.konsultacjeBoss;
}

/** The queue if this process has started it (app servers do, at boot), else null: callers then leave work to the scan job. */
export function runningJobQueue(): Promise<PgBoss> | null {
  return holder.konsultacjeBoss ?? null;
}

/** The schema of this process's queue (the admin page reads failed jobs from it). */
export function jobSchema(): string {
  return holder.konsultacjeBossSchema ?? DEFAULT_JOB_SCHEMA;
}

export async function stopJobQueue(): Promise<void> {
  const boss = await holder.konsultacjeBoss;
  holder.konsultacjeBoss = undefined;
  holder.konsultacjeBossSchema = undefined;
  await boss?.stop({ graceful: true, wait: true });
}

export async function sendJob(name: QueueName, data: object, options: PgBoss.SendOptions = {}): Promise<string | null> {
  return (await jobQueue()).send(name, data, options);
}

/**
 * A job id derived from what the job is about (e.g. one e-mail message): pg-boss inserts
 * jobs with ON CONFLICT DO NOTHING, so sending it twice creates one job.
 */
export function stableJobId(key: string): string {
  const hex = createHash("sha256").update(key).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
