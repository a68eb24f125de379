import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { databasePool } from "@/lib/db";
import { env } from "@/lib/env";

// Counters live in PostgreSQL so that every app instance sees the same ones.

/** Each limited thing: how many requests per window, counted per key (address, IP, person). */
const LIMITS = {
  "signin-email": () => ({ points: env.SIGNIN_LIMIT_PER_EMAIL, duration: env.SIGNIN_LIMIT_WINDOW_MINUTES * 60 }),
  "signin-ip": () => ({ points: env.SIGNIN_LIMIT_PER_IP, duration: env.SIGNIN_LIMIT_WINDOW_MINUTES * 60 }),
  "comment-submit": () => ({ points: env.COMMENT_LIMIT_PER_MINUTE, duration: 60 }),
  api: () => ({ points: env.API_LIMIT_PER_MINUTE, duration: 60 }),
} as const;

export type LimitName = keyof typeof LIMITS;

const limiters = new Map<LimitName, RateLimiterPostgres>();

function limiter(name: LimitName): RateLimiterPostgres {
  let found = limiters.get(name);
  if (!found) {
    // One upsert per request on Prisma's own pool (the Prisma store sent a delete and an upsert
    // through Prisma); the table is the migrations' `rate_limits`, expired rows swept every 5 min.
    found = new RateLimiterPostgres({
      storeClient: databasePool(),
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix: name,
      ...LIMITS[name](),
      clearExpiredByTimeout: true,
    });
    limiters.set(name, found);
  }
  return found;
}

export type LimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Counts one request against a limit; refused with the seconds until the next one is allowed. */
export async function consumeRateLimit(name: LimitName, key: string): Promise<LimitResult> {
  try {
    await limiter(name).consume(key);
    return { ok: true };
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
    }
    throw error;
  }
}

/** Counts one request for a sign-in link; refuses when the IP or the address asked too often. */
export async function consumeSignInAttempt(email: string, ip: string): Promise<LimitResult> {
  const perIp = await consumeRateLimit("signin-ip", ip);
  if (!perIp.ok) return perIp;
  return consumeRateLimit("signin-email", email);
}

/** A 429 answer with Retry-After, for route handlers. */
export function tooManyRequests(
  retryAfterSeconds: number,
  message = "Zbyt wiele żądań. Spróbuj ponownie później.",
): Response {
  return new Response(message, {
    status: 429,
    headers: {
      "Retry-After": String(retryAfterSeconds),
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
    },
  });
}
