import { type NextRequest, NextResponse } from "next/server";
import { turnAwayWhileOverloaded } from "@/lib/comments/shedding";
import { renderingNonce } from "@/lib/http/page-cache";
import { contentSecurityPolicy, newNonce } from "@/lib/security/headers";

/**
 * Runs before every page: a fresh nonce per response for the Content-Security-Policy.
 * Next.js reads the policy from the request headers and puts the nonce on its scripts.
 * Security headers, and turning actions away while overloaded; access is decided by each page,
 * action and route (policy.ts). Anonymous readers' public pages are answered from memory before
 * this runs (lib/cli/serve.ts); their renderings come through here with their own nonce.
 */
export async function proxy(request: NextRequest) {
  // Overloaded with comments: actions are turned away here, before Next.js decodes them.
  const away = turnAwayWhileOverloaded(request);
  if (away) return away;
  // The page cache's own request brings the nonce of its rendering; every other gets a fresh one.
  const nonce = renderingNonce(request.headers) ?? newNonce();
  const policy = contentSecurityPolicy(nonce, {
    development: process.env.NODE_ENV === "development",
    https: request.nextUrl.protocol === "https:",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|api/).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
