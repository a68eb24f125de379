import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, staticSecurityHeaders } from "./headers";

describe("security headers", () => {
  it("allows scripts only with the nonce: no 'unsafe-inline' and no 'unsafe-eval' in production", () => {
    const policy = contentSecurityPolicy("abc123", { development: false, https: true });
    const scripts = policy.split("; ").find((d) => d.startsWith("script-src")) ?? "";
    expect(scripts).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", { development: true, https: false })).not.toContain("upgrade-insecure-requests");
  });

  it("makes a different, 128-bit nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });

  it("sends HSTS, nosniff, a referrer policy, a permissions policy and no framing", () => {
    const keys = staticSecurityHeaders.map((h) => h.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        "Strict-Transport-Security",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Permissions-Policy",
        "X-Frame-Options",
      ]),
    );
    expect(staticSecurityHeaders.find((h) => h.key === "Strict-Transport-Security")?.value).toMatch(/max-age=\d{8,}/);
  });
});
