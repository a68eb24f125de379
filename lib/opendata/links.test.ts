import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { pageLinks } from "./links";

const base = `${env.NEXTAUTH_URL}/api/v1/consultations`;

describe("pageLinks", () => {
  it("links the next and previous pages and keeps the filters", () => {
    expect(pageLinks("/consultations", { status: "OPEN", owner_unit: undefined }, 2, 10, 25)).toEqual({
      self: `${base}?status=OPEN&page=2&per_page=10`,
      next: `${base}?status=OPEN&page=3&per_page=10`,
      prev: `${base}?status=OPEN&page=1&per_page=10`,
    });
  });

  it("has no next on the last page and no prev on the first", () => {
    expect(pageLinks("/consultations", {}, 3, 10, 25)).toMatchObject({ next: null });
    expect(pageLinks("/consultations", {}, 1, 10, 25)).toMatchObject({ prev: null });
    expect(pageLinks("/consultations", {}, 1, 10, 0)).toMatchObject({ next: null, prev: null });
  });

  it("points a page beyond the end back to the last page", () => {
    expect(pageLinks("/consultations", {}, 9, 10, 25)).toMatchObject({
      next: null,
      prev: `${base}?page=3&per_page=10`,
    });
  });
});
