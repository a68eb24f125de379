import { describe, expect, it } from "vitest";
import { clientIp } from "./request";

describe("client address for rate limits", () => {
  it("prefers X-Real-IP set by the proxy", () => {
    expect(clientIp(new Headers({ "x-real-ip": "203.0.113.7", "x-forwarded-for": "1.1.1.1" }))).toBe("203.0.113.7");
  });

  it("takes the right-most X-Forwarded-For entry, so a forged first entry does not help", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }))).toBe("203.0.113.9");
  });

  it("counts requests without proxy headers together", () => {
    expect(clientIp(new Headers())).toBe("local");
  });
});
