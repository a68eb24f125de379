import { describe, expect, it } from "vitest";
import {
  addDays,
  consultationWindow,
  daysBetween,
  isValidIsoDate,
  isWithinWindow,
  lastAcceptedSecond,
  startOfWarsawDay,
  warsawDate,
} from "./warsaw";

describe("Europe/Warsaw deadlines", () => {
  it("starts a winter day at 23:00 UTC of the day before", () => {
    expect(startOfWarsawDay("2026-12-10").toISOString()).toBe("2026-12-09T23:00:00.000Z");
  });

  it("starts a summer day at 22:00 UTC of the day before", () => {
    expect(startOfWarsawDay("2027-07-01").toISOString()).toBe("2027-06-30T22:00:00.000Z");
  });

  it("accepts comments until 23:59:59 local time of the end date, inclusive", () => {
    const window = consultationWindow("2026-12-01", "2026-12-10");
    expect(lastAcceptedSecond(window.closesAt).toISOString()).toBe("2026-12-10T22:59:59.000Z");
    expect(isWithinWindow(new Date("2026-12-10T22:59:59.000Z"), window)).toBe(true);
    expect(isWithinWindow(new Date("2026-12-10T23:00:00.000Z"), window)).toBe(false);
    expect(isWithinWindow(new Date("2026-11-30T22:59:59.999Z"), window)).toBe(false);
    expect(isWithinWindow(new Date("2026-11-30T23:00:00.000Z"), window)).toBe(true);
  });

  it("ends at local midnight when the clocks go forward during the consultation (last Sunday of March)", () => {
    const window = consultationWindow("2027-03-20", "2027-03-28");
    expect(window.opensAt.toISOString()).toBe("2027-03-19T23:00:00.000Z");
    // 28 March 2027 is the DST day: 23:59:59 CEST is 21:59:59 UTC.
    expect(lastAcceptedSecond(window.closesAt).toISOString()).toBe("2027-03-28T21:59:59.000Z");
  });

  it("ends at local midnight when the clocks go back during the consultation (last Sunday of October)", () => {
    const window = consultationWindow("2026-10-20", "2026-10-25");
    expect(window.opensAt.toISOString()).toBe("2026-10-19T22:00:00.000Z");
    // 25 October 2026: the day has 25 hours; 23:59:59 CET is 22:59:59 UTC.
    expect(lastAcceptedSecond(window.closesAt).toISOString()).toBe("2026-10-25T22:59:59.000Z");
  });

  it("reads the Warsaw calendar date of an instant, not the UTC one", () => {
    expect(warsawDate(new Date("2026-12-10T23:30:00Z"))).toBe("2026-12-11");
    expect(warsawDate(new Date("2027-06-30T21:59:00Z"))).toBe("2027-06-30");
  });

  it("counts calendar days and adds days across month ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(daysBetween("2026-12-01", "2026-12-10")).toBe(9);
    expect(daysBetween("2027-03-27", "2027-03-29")).toBe(2);
  });

  it("rejects impossible calendar dates", () => {
    expect(isValidIsoDate("2027-02-29")).toBe(false);
    expect(isValidIsoDate("2028-02-29")).toBe(true);
    expect(isValidIsoDate("2027-13-01")).toBe(false);
    expect(isValidIsoDate("1.12.2026")).toBe(false);
  });
});
