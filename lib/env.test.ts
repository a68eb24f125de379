import { afterEach, describe, expect, it, vi } from "vitest";

const saved = { ...process.env };

afterEach(() => {
  process.env = { ...saved };
  vi.resetModules();
});

describe("environment", () => {
  it("treats an empty variable as unset (local outbox when RESEND_API_KEY is empty)", async () => {
    process.env.RESEND_API_KEY = "";
    process.env.APP_ENV = "demo";
    const { env, outboxEnabled } = await import("./env");
    expect(env.RESEND_API_KEY).toBeUndefined();
    expect(outboxEnabled).toBe(true);
  });

  it("turns the outbox off when a Resend key is set", async () => {
    process.env.RESEND_API_KEY = "re_123";
    const { outboxEnabled } = await import("./env");
    expect(outboxEnabled).toBe(false);
  });

  it("refuses to start in production without a Resend key", async () => {
    process.env.APP_ENV = "production";
    delete process.env.RESEND_API_KEY;
    await expect(import("./env")).rejects.toThrow(/RESEND_API_KEY is required/);
  });

  it("names the variable that is malformed", async () => {
    process.env.NEXTAUTH_URL = "not a url";
    await expect(import("./env")).rejects.toThrow(/NEXTAUTH_URL/);
  });
});
