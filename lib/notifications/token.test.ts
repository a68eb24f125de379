import { describe, expect, it } from "vitest";
import { signUnsubscribeToken, verifyUnsubscribeToken } from "./token";

const SECRET = "unit-test-secret-unit-test-secret";

describe("one-click unsubscribe tokens", () => {
  it("carry the organisation or the person they were signed for", () => {
    const org = signUnsubscribeToken({ kind: "organization", id: "org-zielone-podlasie" }, SECRET);
    const user = signUnsubscribeToken({ kind: "user", id: "cmabc123" }, SECRET);
    expect(verifyUnsubscribeToken(org, SECRET)).toEqual({ kind: "organization", id: "org-zielone-podlasie" });
    expect(verifyUnsubscribeToken(user, SECRET)).toEqual({ kind: "user", id: "cmabc123" });
    expect(org).toMatch(/^[A-Za-z0-9._-]+$/);
  });

  it("are the same for the same subscriber and differ between subscribers", () => {
    const a = signUnsubscribeToken({ kind: "user", id: "a" }, SECRET);
    expect(signUnsubscribeToken({ kind: "user", id: "a" }, SECRET)).toBe(a);
    expect(signUnsubscribeToken({ kind: "organization", id: "a" }, SECRET)).not.toBe(a);
    expect(signUnsubscribeToken({ kind: "user", id: "b" }, SECRET)).not.toBe(a);
  });

  it("are refused when any character is altered", () => {
    const token = signUnsubscribeToken({ kind: "organization", id: "org-1" }, SECRET);
    for (let i = 0; i < token.length; i++) {
      const replacement = token[i] === "A" ? "B" : "A";
      const altered = `${token.slice(0, i)}${replacement}${token.slice(i + 1)}`;
      expect(verifyUnsubscribeToken(altered, SECRET), `position ${i}`).toBeNull();
    }
  });

  it("are refused when the id or the kind is swapped for another with the old signature", () => {
    const token = signUnsubscribeToken({ kind: "organization", id: "org-1" }, SECRET);
    const [, , sig] = token.split(".");
    const otherId = Buffer.from("org-2").toString("base64url");
    expect(verifyUnsubscribeToken(`o.${otherId}.${sig}`, SECRET)).toBeNull();
    expect(verifyUnsubscribeToken(token.replace(/^o\./, "u."), SECRET)).toBeNull();
  });

  it("are refused with another secret, truncated, empty or malformed", () => {
    const token = signUnsubscribeToken({ kind: "user", id: "u-1" }, SECRET);
    expect(verifyUnsubscribeToken(token, "another-secret-another-secret")).toBeNull();
    expect(verifyUnsubscribeToken(token.slice(0, -1), SECRET)).toBeNull();
    expect(verifyUnsubscribeToken("", SECRET)).toBeNull();
    expect(verifyUnsubscribeToken("o..", SECRET)).toBeNull();
    expect(verifyUnsubscribeToken(`${token}.x`, SECRET)).toBeNull();
  });
});
