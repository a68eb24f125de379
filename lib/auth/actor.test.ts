import { describe, expect, it } from "vitest";
import { seatInTerm } from "./actor";

const seat = { termStart: new Date("2025-01-01T00:00:00Z"), termEnd: new Date("2027-12-31T00:00:00Z") };

describe("a Council seat counts during its term only", () => {
  it("from the first to the last day of the term, both included, by the Warsaw calendar", () => {
    expect(seatInTerm(seat, new Date("2024-12-31T22:59:59Z"))).toBe(false); // 23:59:59 on 31 Dec in Warsaw
    expect(seatInTerm(seat, new Date("2024-12-31T23:00:00Z"))).toBe(true); // 00:00 on 1 Jan in Warsaw
    expect(seatInTerm(seat, new Date("2026-06-15T12:00:00Z"))).toBe(true);
    expect(seatInTerm(seat, new Date("2027-12-31T22:59:59Z"))).toBe(true); // the last day, 23:59:59
    expect(seatInTerm(seat, new Date("2027-12-31T23:00:00Z"))).toBe(false); // 1 Jan 2028 in Warsaw
  });
});
