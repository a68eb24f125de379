import "server-only";
import { db } from "@/lib/db";
import type { ConsultationStatus } from "@/lib/generated/prisma/enums";
import { getSettings } from "@/lib/settings/queries";
import { ENTRY_LIMIT } from "./entries";

/*
 * What the Atom feed and the calendars read: published consultations only (never a DRAFT), and
 * published reports only. The feed needs at most ENTRY_LIMIT of each kind of entry.
 */

const LIVE: ConsultationStatus[] = ["SCHEDULED", "OPEN"];
const PUBLIC = { status: { not: "DRAFT" } } as const;
/** A little more than the three days of "closing soon", for the days the clocks change. */
const CLOSING_WINDOW_MS = 3 * 86_400_000 + 3_600_000;

const consultationColumns = {
  id: true,
  slug: true,
  title: true,
  startDate: true,
  endDate: true,
  opensAt: true,
  closesAt: true,
  publishedAt: true,
  ownerUnit: { select: { name: true } },
} as const;

export async function loadFeedSources(now: Date) {
  const [announced, closing, reports, settings] = await Promise.all([
    db.consultation.findMany({
      where: { ...PUBLIC, publishedAt: { lte: now } },
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: ENTRY_LIMIT,
      select: consultationColumns,
    }),
    // Open by the clock and ending within the window (entries.ts decides exactly).
    db.consultation.findMany({
      where: {
        status: { in: LIVE },
        opensAt: { lte: now },
        closesAt: { gt: now, lte: new Date(now.getTime() + CLOSING_WINDOW_MS) },
      },
      orderBy: [{ closesAt: "asc" }, { id: "asc" }],
      take: ENTRY_LIMIT,
      select: consultationColumns,
    }),
    db.report.findMany({
      where: { status: "PUBLISHED", publishedAt: { lte: now }, consultation: PUBLIC },
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: ENTRY_LIMIT,
      select: { id: true, publishedAt: true, consultation: { select: consultationColumns } },
    }),
    getSettings(),
  ]);
  return { announced, closing, reports, settings };
}

export type FeedSources = Awaited<ReturnType<typeof loadFeedSources>>;

const calendarColumns = {
  id: true,
  slug: true,
  title: true,
  endDate: true,
  forms: true,
  meetingAt: true,
  meetingPlace: true,
  councilOpinionDeadline: true,
  publishedAt: true,
  updatedAt: true,
} as const;

/** Every published consultation's dates, or one consultation's by its slug (null: none such). */
export async function loadCalendarSources(slug?: string) {
  const [consultations, settings] = await Promise.all([
    db.consultation.findMany({
      where: slug ? { ...PUBLIC, slug } : PUBLIC,
      orderBy: [{ endDate: "desc" }, { id: "asc" }],
      select: calendarColumns,
    }),
    getSettings(),
  ]);
  return { consultations, settings };
}

export type CalendarSources = Awaited<ReturnType<typeof loadCalendarSources>>;
