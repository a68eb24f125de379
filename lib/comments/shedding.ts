import { commentGateFull } from "./admission";

/**
 * For the proxy: while this process's comment gate is full, a new server-action request is
 * turned away before Next.js decodes it (503, and Retry-After of 3–8 s, spread so that those
 * turned away together do not come back together); otherwise null, and the request goes on.
 * An answer here costs about a third of a "busy" answer from the action: that difference is
 * what keeps an overload from becoming a collapse. The panel keeps the text and the key.
 */
export function turnAwayWhileOverloaded(request: Request): Response | null {
  if (request.method !== "POST" || !request.headers.has("next-action") || !commentGateFull()) return null;
  return new Response("Serwer jest przeciążony. Spróbuj ponownie za kilka sekund. / Server busy, try again shortly.", {
    status: 503,
    headers: {
      "Retry-After": String(3 + Math.floor(Math.random() * 6)),
      "Cache-Control": "no-store",
      "Content-Type": "text/plain; charset=utf-8",
    },
  });
}
