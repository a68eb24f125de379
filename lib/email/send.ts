import { db } from "@/lib/db";
import { deliverMessage } from "./deliver";
import { currentTransport, dispatchEmails, type OutgoingEmail, renderEmail } from "./queue";

export type { OutgoingEmail } from "./queue";

/** `willRetry`: the message is stored and the delivery job will try it again until it goes or is given up. */
export type SendResult = { ok: true; id: string } | { ok: false; reason: string; willRetry: boolean };

/** A retried sign-in link would arrive after the person has asked for another: failed is failed. */
const NEVER_RETRIED = new Set(["sign-in"]);

/** Seconds before the delivery job tries again a message whose immediate attempt failed. */
const RETRY_AFTER_SECONDS = 30;

/**
 * The one sender of single messages (sign-in link, receipt, invitation, …): through Resend
 * when RESEND_API_KEY is set, otherwise into the local outbox (/dev/outbox). The message is
 * stored first and tried at once, so callers learn whether it went; a failed attempt is kept
 * with its error and, unless `retry: false` (always for sign-in links), handed to the delivery
 * job, which retries with back-off until it goes or is marked FAILED. Nothing is dropped
 * silently. Bulk mailings use `queueEmails` instead.
 */
export async function sendEmail(message: OutgoingEmail & { retry?: boolean }): Promise<SendResult> {
  const rendered = await renderEmail(message.template);
  const record = await db.emailMessage.create({
    data: {
      to: message.to,
      subject: message.subject,
      kind: message.kind,
      transport: currentTransport(),
      ...(message.headers ? { headers: message.headers } : {}),
      ...rendered,
    },
  });
  const retry = message.retry ?? !NEVER_RETRIED.has(message.kind);
  // Tried with the row just stored: it is QUEUED and nobody else has it yet.
  const outcome = await deliverMessage(record, !retry);
  if (outcome.ok) return { ok: true, id: record.id };
  if (retry) {
    await dispatchEmails([record.id], { startAfterSeconds: RETRY_AFTER_SECONDS }).catch((error: unknown) =>
      console.error(`e-mail ${record.id}: retry not scheduled now, the scan job will`, error),
    );
  }
  return { ok: false, reason: outcome.reason, willRetry: retry };
}
