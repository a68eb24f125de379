import { commentGateFull } from "./admission";

/** What an overloaded server answers a server action with: 503, and when to come back. */
export type Overloaded = { status: 503; headers: Record<string, string>; body: string };

/**
 * While this process's comment gate is full, a new server-action request is turned away before
 * Next.js decodes it (503, and Retry-After of 3–8 s, spread so that those turned away together
 * do not come back together); otherwise null, and the request goes on. The panel keeps the text
 * and the key. The cheaper the refusal, the more of the server is left for the submissions it
 * admitted: that is what keeps an overload from becoming a collapse.
 */
export function overloadedAnswer(method: string | undefined, isAction: boolean): Overloaded | null {
  if (method !== "POST" || !isAction || !commentGateFull()) return null;
  return {
    status: 503,
    headers: {
      "Retry-After": String(3 + Math.floor(Math.random() * 6)),
      "Cache-Control": "no-store",
      "Content-Type": "text/plain; charset=utf-8",
    },
    body: "Serwer jest przeciążony. Spróbuj ponownie za kilka sekund. / Server busy, try again shortly.",
  };
}

/** The same for Next.js's proxy (plain `next start`, where nothing stands in front of Next.js). */
export function turnAwayWhileOverloaded(request: Request): Response | null {
  const answer = overloadedAnswer(request.method, request.headers.has("next-action"));
  return answer && new Response(answer.body, { status: answer.status, headers: answer.headers });
}
