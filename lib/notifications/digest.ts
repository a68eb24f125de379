import "server-only";
import { createElement } from "react";
import WeeklyDigestEmail, { weeklyDigestSubject } from "@/emails/weekly-digest";
import { isoDateOf } from "@/lib/consultations/form-values";
import { db } from "@/lib/db";
import { type BulkEmail, queueEmails } from "@/lib/email/queue";
import { consultationUrl } from "./announce";
import { notificationLinks, unsubscribeHeaders } from "./links";
import { follows, organizationFollowers, personalFollowers, uniqueByAddress } from "./recipients";
import { digestWeek } from "./schedule";

/**
 * The Monday digest: to each weekly subscriber, the consultations published in the previous
 * week (Monday to Sunday, Warsaw) on their topics; nothing to those with none. Once per
 * address and week, so a retried or repeated job sends nothing twice.
 */
export async function sendWeeklyDigest(now: Date): Promise<{ queued: number; skipped: number }> {
  const week = digestWeek(now);
  const published = await db.consultation.findMany({
    where: { status: { not: "DRAFT" }, publishedAt: { gte: week.from, lt: week.to } },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    select: {
      slug: true,
      title: true,
      startDate: true,
      endDate: true,
      ownerUnitId: true,
      ownerUnit: { select: { name: true } },
    },
  });
  if (published.length === 0) return { queued: 0, skipped: 0 };
  const [organizations, people] = await Promise.all([organizationFollowers(["WEEKLY"]), personalFollowers(["WEEKLY"])]);
  const messages: BulkEmail[] = uniqueByAddress([...organizations, ...people]).flatMap((r) => {
    const items = published
      .filter((c) => follows(r, c.ownerUnitId))
      .map((c) => ({
        title: c.title,
        ownerUnitName: c.ownerUnit.name,
        startDate: isoDateOf(c.startDate),
        endDate: isoDateOf(c.endDate),
        url: consultationUrl(c.slug),
      }));
    if (items.length === 0) return [];
    return [
      {
        to: r.email,
        subject: weeklyDigestSubject(r.locale, items.length),
        kind: "weekly-digest",
        dedupeKey: `digest:${week.key}:${r.email}`,
        headers: unsubscribeHeaders(r.subscriber),
        template: createElement(WeeklyDigestEmail, {
          locale: r.locale,
          weekStart: week.key,
          items,
          links: notificationLinks(r.subscriber),
        }),
      },
    ];
  });
  return queueEmails(messages);
}
