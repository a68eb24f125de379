import { describe, expect, it } from "vitest";
import { consultationWindow } from "@/lib/time/warsaw";
import { daysLeft, effectiveStatus } from "./status";

const window = consultationWindow("2026-12-01", "2026-12-10");

describe("effective status", () => {
  it("opens a scheduled consultation at 00:00 Warsaw time of the first day", () => {
    expect(effectiveStatus({ status: "SCHEDULED", ...window }, new Date("2026-11-30T22:59:59Z"))).toBe("SCHEDULED");
    expect(effectiveStatus({ status: "SCHEDULED", ...window }, new Date("2026-11-30T23:00:00Z"))).toBe("OPEN");
  });

  it("closes after 23:59:59 of the last day even if the closing job has not run", () => {
    expect(effectiveStatus({ status: "OPEN", ...window }, new Date("2026-12-10T22:59:59Z"))).toBe("OPEN");
    expect(effectiveStatus({ status: "OPEN", ...window }, new Date("2026-12-10T23:00:00Z"))).toBe("CLOSED");
  });

  it("never reopens a draft, a closed consultation or one with a published report", () => {
    const inside = new Date("2026-12-05T12:00:00Z");
    expect(effectiveStatus({ status: "DRAFT", ...window }, inside)).toBe("DRAFT");
    expect(effectiveStatus({ status: "CLOSED", ...window }, inside)).toBe("CLOSED");
    expect(effectiveStatus({ status: "REPORT_PUBLISHED", ...window }, inside)).toBe("REPORT_PUBLISHED");
  });

  it("counts the days left, with 0 on the last day", () => {
    expect(daysLeft(window.closesAt, new Date("2026-12-10T10:00:00Z"))).toBe(0);
    expect(daysLeft(window.closesAt, new Date("2026-12-09T10:00:00Z"))).toBe(1);
    expect(daysLeft(window.closesAt, new Date("2026-12-01T00:00:00Z"))).toBe(9);
  });
});
