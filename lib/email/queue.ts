import { render } from "@react-email/render";
import type { ReactElement } from "react";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { EmailTransport } from "@/lib/generated/prisma/enums";
import { QUEUES, runningJobQueue, stableJobId } from "@/lib/jobs/boss";

export type OutgoingEmail = {
  to: string;
  subject: string;
  /** A React Email template element. */
  template: ReactElement;
  /** What the message is, for the log and the outbox ("sign-in", "receipt", …). */
  kind: string;
  headers?: Record<string, string>;
};

/** A message of a bulk mailing: `dedupeKey` makes it once per recipient, whoever queues it and however often. */
export type BulkEmail = OutgoingEmail & { dedupeKey: string };

const CHUNK = 200;
/** A message still undispatched after this long was left by a process without a running queue (or one that died). */
const SWEEP_AFTER_MS = 2 * 60_000;

/** Where messages queued now go: Resend when a key is set, else the local outbox. */
export function currentTransport(): EmailTransport {
  return env.RESEND_API_KEY ? "RESEND" : "OUTBOX";
}

export async function renderEmail(template: ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(template), render(template, { plainText: true })]);
  return { html, text };
}

/**
 * Creates one delivery job per message (ids derived from the message, so a second dispatch
 * of the same message creates nothing) when this process runs the job queue; otherwise the
 * scan job's sweep dispatches them within minutes. Returns whether the jobs were created.
 */
export async function dispatchEmails(ids: readonly string[], options: { startAfterSeconds?: number } = {}) {
  const running = runningJobQueue();
  if (!running || ids.length === 0) return false;
  const boss = await running;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    await boss.insert(
      chunk.map((id) => ({
        name: QUEUES.sendEmail,
        id: stableJobId(`email-message:${id}`),
        data: { messageId: id },
        ...(options.startAfterSeconds ? { startAfter: new Date(Date.now() + options.startAfterSeconds * 1000) } : {}),
      })),
    );
    await db.emailMessage.updateMany({ where: { id: { in: chunk } }, data: { dispatchedAt: new Date() } });
  }
  return true;
}

/**
 * Stores the messages of a bulk mailing as QUEUED and hands the new ones to the delivery
 * jobs. A message whose `dedupeKey` exists already is skipped, before rendering and again
 * by the unique index when two instances queue the same mailing at the same moment.
 */
export async function queueEmails(messages: readonly BulkEmail[]): Promise<{ queued: number; skipped: number }> {
  let queued = 0;
  for (let i = 0; i < messages.length; i += CHUNK) {
    const chunk = messages.slice(i, i + CHUNK);
    const existing = new Set(
      (
        await db.emailMessage.findMany({
          where: { dedupeKey: { in: chunk.map((m) => m.dedupeKey) } },
          select: { dedupeKey: true },
        })
      ).map((m) => m.dedupeKey),
    );
    const fresh = chunk.filter((m) => !existing.has(m.dedupeKey));
    if (fresh.length === 0) continue;
    const transport = currentTransport();
    const rows = await Promise.all(
      fresh.map(async (m) => ({
        to: m.to,
        subject: m.subject,
        kind: m.kind,
        dedupeKey: m.dedupeKey,
        transport,
        ...(m.headers ? { headers: m.headers } : {}),
        ...(await renderEmail(m.template)),
      })),
    );
    const created = await db.emailMessage.createManyAndReturn({
      data: rows,
      skipDuplicates: true,
      select: { id: true },
    });
    queued += created.length;
    await dispatchEmails(created.map((c) => c.id));
  }
  return { queued, skipped: messages.length - queued };
}

/** The scan job's safety net: dispatches messages nobody dispatched (queued where no job queue ran). */
export async function dispatchForgottenEmails(): Promise<number> {
  const rows = await db.emailMessage.findMany({
    where: { status: "QUEUED", dispatchedAt: null, createdAt: { lt: new Date(Date.now() - SWEEP_AFTER_MS) } },
    orderBy: { createdAt: "asc" },
    take: 1000,
    select: { id: true },
  });
  const ids = rows.map((r) => r.id);
  return (await dispatchEmails(ids)) ? ids.length : 0;
}
