import { createHmac, timingSafeEqual } from "node:crypto";

/** Whose bulk e-mail a link stops: an organisation's (its contact address) or a person's. */
export type Subscriber = { kind: "organization" | "user"; id: string };

const PREFIX = { organization: "o", user: "u" } as const;
const PURPOSE = "konsultacje:unsubscribe:v1";

function signature(payload: string, secret: string): string {
  return createHmac("sha256", secret).update(`${PURPOSE}\n${payload}`).digest("base64url");
}

/**
 * The token of a one-click unsubscribe link: who, and an HMAC-SHA256 over it with the
 * site's secret (NEXTAUTH_SECRET). No login is needed to use it and it does not expire:
 * a link in an old e-mail must still work (RFC 8058).
 */
export function signUnsubscribeToken(subscriber: Subscriber, secret: string): string {
  const payload = `${PREFIX[subscriber.kind]}.${Buffer.from(subscriber.id, "utf8").toString("base64url")}`;
  return `${payload}.${signature(payload, secret)}`;
}

/** The subscriber of an intact token, or null for anything altered, truncated or signed with another secret. */
export function verifyUnsubscribeToken(token: string, secret: string): Subscriber | null {
  if (token.length > 400) return null;
  const match = /^([ou])\.([A-Za-z0-9_-]{1,200})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, prefix, encodedId, given] = match as unknown as [string, "o" | "u", string, string];
  const expected = Buffer.from(signature(`${prefix}.${encodedId}`, secret));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  const id = Buffer.from(encodedId, "base64url").toString("utf8");
  // base64url decoding is lenient: accept only the canonical encoding, so one id has one token.
  if (Buffer.from(id, "utf8").toString("base64url") !== encodedId || id.length === 0) return null;
  return { kind: prefix === "o" ? "organization" : "user", id };
}
