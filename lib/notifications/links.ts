import type { NotificationLinks } from "@/emails/notification-parts";
import { env } from "@/lib/env";
import { type Subscriber, signUnsubscribeToken, verifyUnsubscribeToken } from "./token";

export const PREFERENCES_PATH = "/powiadomienia";
export const UNSUBSCRIBE_PATH = "/powiadomienia/wypisz";
/** The confirmation page a GET of the one-click link leads to. */
export const UNSUBSCRIBE_PAGE_PATH = "/powiadomienia/rezygnacja";

function secret(): string {
  if (!env.NEXTAUTH_SECRET) throw new Error("NEXTAUTH_SECRET is not set: unsubscribe links cannot be signed");
  return env.NEXTAUTH_SECRET;
}

export function unsubscribeToken(subscriber: Subscriber): string {
  return signUnsubscribeToken(subscriber, secret());
}

export function readUnsubscribeToken(token: string): Subscriber | null {
  return verifyUnsubscribeToken(token, secret());
}

export function unsubscribeUrl(subscriber: Subscriber): string {
  return `${env.NEXTAUTH_URL}${UNSUBSCRIBE_PATH}?token=${unsubscribeToken(subscriber)}`;
}

/** The links in a bulk e-mail's footer. */
export function notificationLinks(subscriber: Subscriber): NotificationLinks {
  return { unsubscribeUrl: unsubscribeUrl(subscriber), preferencesUrl: `${env.NEXTAUTH_URL}${PREFERENCES_PATH}` };
}

/** The sender's address from EMAIL_FROM ("Name <address>" or a bare address). */
function senderAddress(): string {
  return /<([^>]+)>/.exec(env.EMAIL_FROM)?.[1] ?? env.EMAIL_FROM.trim();
}

/**
 * RFC 2369 and RFC 8058 headers of a bulk e-mail: mail clients show an "unsubscribe" button
 * that POSTs to the HTTPS link (no login, no confirmation), with a mailto alternative.
 */
export function unsubscribeHeaders(subscriber: Subscriber): Record<string, string> {
  const token = unsubscribeToken(subscriber);
  const mailto = `mailto:${senderAddress()}?subject=${encodeURIComponent(`unsubscribe ${token}`)}`;
  return {
    "List-Unsubscribe": `<${env.NEXTAUTH_URL}${UNSUBSCRIBE_PATH}?token=${token}>, <${mailto}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
