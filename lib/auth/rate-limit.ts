import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

// Counters live in PostgreSQL so that every app instance sees the same ones.
let limiters: { perEmail: RateLimiterPrisma; perIp: RateLimiterPrisma } | undefined;

function signInLimiters() {
  const duration = env.SIGNIN_LIMIT_WINDOW_MINUTES * 60;
  limiters ??= {
    perEmail: new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimit",
      keyPrefix: "signin-email",
      points: env.SIGNIN_LIMIT_PER_EMAIL,
      duration,
      clearExpiredByTimeout: false,
    }),
    perIp: new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimit",
      keyPrefix: "signin-ip",
      points: env.SIGNIN_LIMIT_PER_IP,
      duration,
      clearExpiredByTimeout: false,
    }),
  };
  return limiters;
}

export type LimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Counts one request for a sign-in link; refuses when the address or the IP asked too often. */
export async function consumeSignInAttempt(email: string, ip: string): Promise<LimitResult> {
  const { perEmail, perIp } = signInLimiters();
  try {
    await perIp.consume(ip);
    await perEmail.consume(email);
    return { ok: true };
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
    }
    throw error;
  }
}
