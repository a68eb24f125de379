import { describe, expect, it } from "vitest";
import { safeCallbackPath, signInPath } from "./redirect";

describe("callback after sign-in", () => {
  it("keeps a path on this site", () => {
    expect(safeCallbackPath("/konsultacje/program?x=1#par-1")).toBe("/konsultacje/program?x=1#par-1");
  });

  it("refuses protocol-relative and backslash tricks", () => {
    expect(safeCallbackPath("//evil.example/x")).toBe("/profil");
    expect(safeCallbackPath("/\\evil.example")).toBe("/profil");
  });

  it("reduces an absolute URL to its path, so no other host is reached", () => {
    expect(safeCallbackPath("https://evil.example/panel")).toBe("/panel");
  });

  it("falls back for missing values and for sign-in pages (no loops)", () => {
    expect(safeCallbackPath(undefined)).toBe("/profil");
    expect(safeCallbackPath(["/a", "/b"])).toBe("/profil");
    expect(safeCallbackPath("/logowanie")).toBe("/profil");
  });
});

describe("signInPath", () => {
  it("keeps where the person was going, for sending a new link", () => {
    expect(signInPath("/konsultacje/program?otworz=par-2#par-2")).toBe(
      "/logowanie?callbackUrl=%2Fkonsultacje%2Fprogram%3Fotworz%3Dpar-2%23par-2",
    );
    // next-auth's cookie holds the whole address: only its path is kept.
    expect(signInPath("http://localhost:3000/moje-uwagi")).toBe("/logowanie?callbackUrl=%2Fmoje-uwagi");
  });

  it("is the bare page for the default, an empty value and addresses elsewhere", () => {
    expect(signInPath("/profil")).toBe("/logowanie");
    expect(signInPath("")).toBe("/logowanie");
    expect(signInPath("//evil.example/x")).toBe("/logowanie");
    expect(signInPath("/logowanie?callbackUrl=/x")).toBe("/logowanie");
  });
});
