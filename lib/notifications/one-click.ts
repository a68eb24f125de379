import "server-only";
import { now } from "@/lib/time/clock";
import { readUnsubscribeToken } from "./links";
import { unsubscribe } from "./mutations";
import { unsubscribeTokenSchema } from "./schema";
import type { Subscriber } from "./token";

/** The subscriber of a token from a link, or null when it is missing, malformed or altered. */
export function subscriberFromToken(raw: unknown): Subscriber | null {
  const parsed = unsubscribeTokenSchema.safeParse(raw);
  return parsed.success ? readUnsubscribeToken(parsed.data) : null;
}

const plain = (status: number, body: string) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

/**
 * RFC 8058 one-click unsubscribe: a mail client POSTs `List-Unsubscribe=One-Click` to the
 * link from the List-Unsubscribe header, without cookies or login. The signed token in
 * the link is the only authority; it unsubscribes at once and answers 200.
 */
export async function handleOneClickUnsubscribe(request: Request): Promise<Response> {
  const subscriber = subscriberFromToken(new URL(request.url).searchParams.get("token"));
  if (!subscriber) return plain(400, "Invalid or altered unsubscribe link.");
  const result = await unsubscribe(subscriber, now(), "one-click");
  if (!result.ok) return plain(404, "Unknown recipient.");
  return plain(200, "Unsubscribed.");
}
