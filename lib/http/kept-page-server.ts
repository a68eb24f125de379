import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import { overloadedAnswer } from "@/lib/comments/shedding";
import { contentSecurityPolicy, newNonce, staticSecurityHeaders } from "@/lib/security/headers";
import { answerFromPageCache, type PageRequest, wantedAnonymousPage } from "./page-cache";

/**
 * Answers an anonymous reader's request for a public page from the page cache, before Next.js
 * sees it (lib/cli/serve.ts): true when it did. Through Next.js's proxy the same answer cost
 * ≈ 3 ms of routing per request; here it is copying bytes, and gzip comes from a compressed
 * copy kept with the page (lib/http/gzip-splice.ts) instead of compressing each answer.
 */
export async function answerFromKeptPage(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (req.method !== "GET" || !req.url) return false;
  let cookies: Map<string, string> | undefined;
  const cookie = (name: string) => {
    if (!cookies) {
      cookies = new Map();
      for (const pair of (req.headers.cookie ?? "").split(";")) {
        const at = pair.indexOf("=");
        if (at > 0) cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
      }
    }
    return cookies.get(name);
  };
  // Not a NextRequest: next/server needs Next.js's request context, which starts after this.
  const request: PageRequest = {
    method: req.method,
    nextUrl: new URL(req.url, "http://localhost"),
    headers: { has: (name) => req.headers[name.toLowerCase()] !== undefined },
    cookies: {
      has: (name) => cookie(name) !== undefined,
      get: (name) => {
        const value = cookie(name);
        return value === undefined ? undefined : { value };
      },
    },
  };
  // Every other request (scripts, styles, other pages) goes on to Next.js without more work.
  if (!wantedAnonymousPage(request)) return false;
  const https = (req.socket as TLSSocket).encrypted === true || req.headers["x-forwarded-proto"] === "https";
  const nonce = newNonce();
  const answer = await answerFromPageCache(request, nonce, contentSecurityPolicy(nonce, { development: false, https }));
  if (!answer) return false;
  const gzip = acceptsGzip(req.headers["accept-encoding"]);
  // One buffer, one write: hundreds of small ones (a part, a nonce, a block header…) cost more.
  const body = Buffer.concat(await answer.chunks(gzip ? "gzip" : "identity"));
  const out: Record<string, string> = Object.fromEntries(answer.headers);
  out["content-length"] = String(body.length);
  if (!/accept-encoding/i.test(out.vary ?? ""))
    out.vary = out.vary ? `${out.vary}, Accept-Encoding` : "Accept-Encoding";
  if (gzip) out["content-encoding"] = "gzip";
  res.writeHead(answer.status, out);
  res.end(body);
  return true;
}

/**
 * Turns a server action away while the comment gate is full, before Next.js sees it: true when it
 * did. Through Next.js's proxy the same 503 cost ≈ 3 ms of routing, which under a deadline rush
 * of several times what the server handles was most of the server (bench:load).
 */
export function answerWhileOverloaded(req: IncomingMessage, res: ServerResponse): boolean {
  const answer = overloadedAnswer(req.method, req.headers["next-action"] !== undefined);
  if (!answer) return false;
  const headers: Record<string, string> = { ...answer.headers };
  for (const { key, value } of staticSecurityHeaders) headers[key] = value;
  res.writeHead(answer.status, headers);
  res.end(answer.body);
  return true;
}

/**
 * Whether the client takes gzip (RFC 9110 §12.5.3): named with a weight above 0, or not named
 * and `*` is (`gzip`, `gzip ;q=0.5`, `*`; not `gzip;q=0`, nor `*, gzip;q=0`).
 */
export function acceptsGzip(header: string | undefined): boolean {
  const weights = new Map<string, number>();
  for (const item of (header ?? "").split(",")) {
    const [coding = "", ...params] = item.split(";").map((part) => part.trim().toLowerCase());
    const q = params.find((param) => param.startsWith("q="));
    if (coding) weights.set(coding, q ? Number(q.slice(2)) : 1);
  }
  const weight = weights.get("gzip") ?? weights.get("*") ?? 0;
  return weight > 0;
}
