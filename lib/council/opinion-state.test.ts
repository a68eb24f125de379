import { describe, expect, it } from "vitest";
import { startOfWarsawDay } from "@/lib/time/warsaw";
import { councilDeadlineDate, councilDeadlineLapsesAt, councilOpinionState } from "./opinion-state";

const published = (deadline: string | null, publishedAt = "2026-11-02T09:00:00Z") => ({
  councilOpinionDeadline: deadline ? startOfWarsawDay(deadline) : null,
  publishedAt: new Date(publishedAt),
});

describe("councilOpinionState", () => {
  it("is pending on the last day of the deadline until 23:59:59.999 Warsaw time (winter, UTC+1)", () => {
    const consultation = published("2026-11-16");
    expect(councilOpinionState(consultation, null, new Date("2026-11-16T22:59:59.999Z"))).toBe("pending");
  });

  it("is waived from 00:00 Warsaw time of the day after the deadline (winter, UTC+1)", () => {
    const consultation = published("2026-11-16");
    expect(councilOpinionState(consultation, null, new Date("2026-11-16T23:00:00.000Z"))).toBe("waived");
  });

  it("follows the Warsaw day in summer (UTC+2), not the UTC day", () => {
    const consultation = published("2027-06-10", "2027-05-27T08:00:00Z");
    expect(councilOpinionState(consultation, null, new Date("2027-06-10T21:59:59.999Z"))).toBe("pending");
    expect(councilOpinionState(consultation, null, new Date("2027-06-10T22:00:00.000Z"))).toBe("waived");
  });

  it("handles a deadline on the day the clocks go back (25 hours long)", () => {
    const consultation = published("2026-10-25", "2026-10-11T08:00:00Z");
    expect(councilOpinionState(consultation, null, new Date("2026-10-25T22:59:59.999Z"))).toBe("pending");
    expect(councilOpinionState(consultation, null, new Date("2026-10-25T23:00:00.000Z"))).toBe("waived");
  });

  it("is given once an opinion is recorded, even after the deadline", () => {
    const consultation = published("2026-11-16");
    const late = new Date("2027-01-10T12:00:00Z");
    expect(councilOpinionState(consultation, { kind: "POSITIVE_WITH_REMARKS" }, late)).toBe("given");
    expect(councilOpinionState(consultation, { kind: "NEGATIVE" }, new Date("2026-11-03T12:00:00Z"))).toBe("given");
  });

  it("is waived when a job has already stored the waiver, even before the computed deadline", () => {
    const consultation = published("2026-11-16");
    expect(councilOpinionState(consultation, { kind: "WAIVED" }, new Date("2026-11-03T12:00:00Z"))).toBe("waived");
  });

  it("counts the default deadline from the Warsaw day of publication when none is stored", () => {
    // Published at 23:30 Warsaw on 1 November: the 14 days run from that Warsaw day.
    const consultation = published(null, "2026-11-01T22:30:00Z");
    expect(councilDeadlineDate(consultation, 14)).toBe("2026-11-15");
    expect(councilDeadlineLapsesAt(consultation, 14)?.toISOString()).toBe("2026-11-15T23:00:00.000Z");
    expect(councilOpinionState(consultation, null, new Date("2026-11-15T22:59:59Z"), 14)).toBe("pending");
    expect(councilOpinionState(consultation, null, new Date("2026-11-15T23:00:00Z"), 14)).toBe("waived");
  });

  it("is pending with no deadline while the consultation is not published", () => {
    const draft = { councilOpinionDeadline: null, publishedAt: null };
    expect(councilDeadlineDate(draft, 14)).toBeNull();
    expect(councilOpinionState(draft, null, new Date("2030-01-01T00:00:00Z"))).toBe("pending");
  });
});
