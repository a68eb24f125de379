import { cookies } from "next/headers";
import { z } from "zod";
import { SESSION_COOKIES } from "@/lib/auth/cookies";
import { endSessions } from "@/lib/auth/sign-out";

const formSchema = z.object({ everywhere: z.literal("1").optional() });

/** The form was sent from a page of this site ("null" or a malformed Origin is not). */
function fromThisSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * Signing out is a plain form POST (no JavaScript on the pages): the session ends in
 * the database and the cookie is cleared; "everywhere" ends the person's other sessions
 * too. Only forms of this site may ask (the Origin must be ours: no cross-site sign-out).
 */
export async function POST(request: Request) {
  if (!fromThisSite(request)) {
    return new Response("Nieprawidłowe żądanie", {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const form = formSchema.safeParse(Object.fromEntries(await request.formData()));
  const everywhere = form.success && form.data.everywhere === "1";
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const token = jar.get(name)?.value;
    if (token) await endSessions(token, everywhere);
    jar.delete(name);
  }
  return new Response(null, { status: 303, headers: { Location: "/?wylogowano=1" } });
}
