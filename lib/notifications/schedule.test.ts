import { describe, expect, it } from "vitest";
import { consultationWindow } from "@/lib/time/warsaw";
import { consultationReminderStage, councilReminderDue, digestWeek, reminderDueAt, warsawTimeOn } from "./schedule";

describe("reminder times", () => {
  it("are 08:00 Warsaw in winter and in summer", () => {
    expect(warsawTimeOn("2027-01-15", 8).toISOString()).toBe("2027-01-15T07:00:00.000Z");
    expect(warsawTimeOn("2027-07-15", 8).toISOString()).toBe("2027-07-15T06:00:00.000Z");
    // The day the clocks go forward (28 March 2027): 08:00 is already summer time.
    expect(warsawTimeOn("2027-03-28", 8).toISOString()).toBe("2027-03-28T06:00:00.000Z");
    expect(reminderDueAt("2027-03-20", 3).toISOString()).toBe("2027-03-17T07:00:00.000Z");
  });

  it("send the 3-day reminder, then the 1-day one, and nothing once the consultation has closed", () => {
    const { closesAt } = consultationWindow("2027-03-01", "2027-03-20");
    const at = (iso: string) => consultationReminderStage("2027-03-20", closesAt, new Date(iso));
    expect(at("2027-03-17T06:59:59Z")).toBeNull();
    expect(at("2027-03-17T07:00:00Z")).toBe(3);
    expect(at("2027-03-18T22:00:00Z")).toBe(3);
    expect(at("2027-03-19T07:00:00Z")).toBe(1);
    expect(at("2027-03-20T22:59:59Z")).toBe(1);
    expect(at("2027-03-20T23:00:00Z")).toBeNull();
  });

  it("skip a missed 3-day reminder when the 1-day one is due", () => {
    const { closesAt } = consultationWindow("2027-03-01", "2027-03-20");
    expect(consultationReminderStage("2027-03-20", closesAt, new Date("2027-03-19T12:00:00Z"))).toBe(1);
  });

  it("remind the Council three days before its last day until the deadline lapses", () => {
    expect(councilReminderDue("2027-03-20", new Date("2027-03-17T06:59:00Z"))).toBe(false);
    expect(councilReminderDue("2027-03-20", new Date("2027-03-17T07:00:00Z"))).toBe(true);
    expect(councilReminderDue("2027-03-20", new Date("2027-03-20T22:59:00Z"))).toBe(true);
    expect(councilReminderDue("2027-03-20", new Date("2027-03-20T23:00:00Z"))).toBe(false);
  });
});

describe("the weekly digest", () => {
  it("covers Monday to Sunday of the previous week, in Warsaw time", () => {
    // Monday 22 March 2027, 07:00 Warsaw.
    const week = digestWeek(new Date("2027-03-22T06:00:00Z"));
    expect(week.key).toBe("2027-03-15");
    expect(week.from.toISOString()).toBe("2027-03-14T23:00:00.000Z");
    expect(week.to.toISOString()).toBe("2027-03-21T23:00:00.000Z");
  });

  it("is the same week whatever day of the following week it runs (a retried job)", () => {
    expect(digestWeek(new Date("2027-03-24T12:00:00Z")).key).toBe("2027-03-15");
    expect(digestWeek(new Date("2027-03-28T21:59:00Z")).key).toBe("2027-03-15");
    expect(digestWeek(new Date("2027-03-28T22:00:00Z")).key).toBe("2027-03-22");
  });
});
