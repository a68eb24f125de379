import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { consumeRateLimit, consumeSignInAttempt, tooManyRequests } from "./rate-limit";

afterAll(() => db.$disconnect());

describe("sign-in rate limit", () => {
  it("refuses an address that asked too often, with the time to wait, and leaves others alone", async () => {
    const email = `limit-${randomUUID()}@example.org`;
    const ip = `ip-${randomUUID()}`;
    for (let i = 0; i < env.SIGNIN_LIMIT_PER_EMAIL; i++) {
      expect(await consumeSignInAttempt(email, ip)).toEqual({ ok: true });
    }
    const refused = await consumeSignInAttempt(email, ip);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(env.SIGNIN_LIMIT_WINDOW_MINUTES * 60);
    }
    expect(await consumeSignInAttempt(`other-${randomUUID()}@example.org`, ip)).toEqual({ ok: true });
  });

  it("refuses an IP that asked for links for too many addresses", async () => {
    const ip = `ip-${randomUUID()}`;
    for (let i = 0; i < env.SIGNIN_LIMIT_PER_IP; i++) {
      expect((await consumeSignInAttempt(`many-${i}-${randomUUID()}@example.org`, ip)).ok).toBe(true);
    }
    expect((await consumeSignInAttempt(`last-${randomUUID()}@example.org`, ip)).ok).toBe(false);
  });
});

describe("comment submission and API limits", () => {
  it("refuse a person after COMMENT_LIMIT_PER_MINUTE submissions in a minute, others go on", async () => {
    const person = `person-${randomUUID()}`;
    for (let i = 0; i < env.COMMENT_LIMIT_PER_MINUTE; i++) {
      expect(await consumeRateLimit("comment-submit", person)).toEqual({ ok: true });
    }
    const refused = await consumeRateLimit("comment-submit", person);
    expect(refused).toMatchObject({ ok: false });
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(await consumeRateLimit("comment-submit", `person-${randomUUID()}`)).toEqual({ ok: true });
  });

  it("answer 429 with Retry-After", async () => {
    const response = tooManyRequests(42);
    expect(response.status).toBe(429);
    expect(response.headers.get("Retry-After")).toBe("42");
    expect(await response.text()).toContain("Zbyt wiele");
  });
});
