import { render } from "@react-email/render";
import type { ReactElement } from "react";
import { Resend } from "resend";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export type OutgoingEmail = {
  to: string;
  subject: string;
  /** A React Email template element. */
  template: ReactElement;
  /** What the message is, for the log and the outbox ("sign-in", "receipt", …). */
  kind: string;
  headers?: Record<string, string>;
};

export type SendResult = { ok: true; id: string } | { ok: false; reason: string };

/**
 * The one sender: through Resend when RESEND_API_KEY is set, otherwise into the local
 * outbox (/dev/outbox). Every message is recorded, sent or failed; nothing is dropped silently.
 */
export async function sendEmail(message: OutgoingEmail): Promise<SendResult> {
  const [html, text] = await Promise.all([render(message.template), render(message.template, { plainText: true })]);
  const record = await db.emailMessage.create({
    data: {
      to: message.to,
      subject: message.subject,
      html,
      text,
      kind: message.kind,
      transport: env.RESEND_API_KEY ? "RESEND" : "OUTBOX",
      status: env.RESEND_API_KEY ? "QUEUED" : "SENT",
      attempts: env.RESEND_API_KEY ? 0 : 1,
      sentAt: env.RESEND_API_KEY ? null : new Date(),
    },
  });
  if (!env.RESEND_API_KEY) return { ok: true, id: record.id };

  // The SDK reads RESEND_BASE_URL itself; it reports failures in `error` instead of throwing.
  const resend = new Resend(env.RESEND_API_KEY);
  const { data, error } = await resend.emails.send({
    from: env.EMAIL_FROM,
    to: message.to,
    subject: message.subject,
    html,
    text,
    headers: message.headers,
  });
  if (error || !data) {
    const reason = error ? `${error.name}: ${error.message}` : "no response";
    await db.emailMessage.update({
      where: { id: record.id },
      data: { status: "FAILED", error: reason, attempts: { increment: 1 } },
    });
    return { ok: false, reason };
  }
  await db.emailMessage.update({
    where: { id: record.id },
    data: { status: "SENT", providerId: data.id, sentAt: new Date(), attempts: { increment: 1 } },
  });
  return { ok: true, id: record.id };
}
