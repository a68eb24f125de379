import { Resend } from "resend";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { EmailMessage } from "@/lib/generated/prisma/client";

export type DeliveryOutcome =
  | { ok: true; status: "SENT" }
  | { ok: false; status: "QUEUED" | "FAILED"; reason: string }
  /** Nothing to do: the message is gone, or was already sent or given up. */
  | { ok: true; status: "SKIPPED" };

type Transmission = { ok: true; providerId: string | null } | { ok: false; reason: string };

/**
 * Hands one stored message to its transport: the local outbox (the row is the outbox) or
 * Resend. The transport was chosen when the message was queued, so every retry goes the
 * same way whichever instance runs it. The message id is Resend's idempotency key: a retry
 * after a lost answer is not delivered twice.
 */
async function transmit(message: EmailMessage): Promise<Transmission> {
  if (message.transport === "OUTBOX") return { ok: true, providerId: null };
  if (!env.RESEND_API_KEY) return { ok: false, reason: "RESEND_API_KEY is not set on this instance" };
  // The SDK reads RESEND_BASE_URL itself; it reports failures in `error` instead of throwing.
  const resend = new Resend(env.RESEND_API_KEY);
  try {
    const { data, error } = await resend.emails.send(
      {
        from: env.EMAIL_FROM,
        to: message.to,
        subject: message.subject,
        html: message.html,
        text: message.text,
        headers: (message.headers as Record<string, string> | null) ?? undefined,
      },
      { idempotencyKey: `email-message-${message.id}` },
    );
    if (error || !data) return { ok: false, reason: error ? `${error.name}: ${error.message}` : "no response" };
    return { ok: true, providerId: data.id };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * One delivery attempt of a QUEUED message: records the attempt, its error and the new
 * status. `final`: no retry will follow, so a failure marks the message FAILED; otherwise
 * it stays QUEUED for the next attempt.
 */
export async function deliverEmail(messageId: string, final: boolean): Promise<DeliveryOutcome> {
  const message = await db.emailMessage.findUnique({ where: { id: messageId } });
  if (message?.status !== "QUEUED") return { ok: true, status: "SKIPPED" };
  return deliverMessage(message, final);
}

/** The attempt itself, for a message just read or just stored (QUEUED). */
export async function deliverMessage(message: EmailMessage, final: boolean): Promise<DeliveryOutcome> {
  const result = await transmit(message);
  const attempt = { attempts: { increment: 1 }, lastAttemptAt: new Date() };
  if (result.ok) {
    await db.emailMessage.update({
      where: { id: message.id },
      data: { ...attempt, status: "SENT", providerId: result.providerId, sentAt: new Date() },
    });
    return { ok: true, status: "SENT" };
  }
  const status = final ? "FAILED" : "QUEUED";
  await db.emailMessage.update({ where: { id: message.id }, data: { ...attempt, status, error: result.reason } });
  return { ok: false, status, reason: result.reason };
}
