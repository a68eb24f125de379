import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./redirect";

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
