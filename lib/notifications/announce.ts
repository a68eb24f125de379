import "server-only";
import { createElement } from "react";
import ConsultationAnnouncementEmail, { consultationAnnouncementSubject } from "@/emails/consultation-announcement";
import { isoDateOf } from "@/lib/consultations/form-values";
import { db } from "@/lib/db";
import { type BulkEmail, queueEmails } from "@/lib/email/queue";
import { env } from "@/lib/env";
import { warsawDate } from "@/lib/time/warsaw";
import { notificationLinks, unsubscribeHeaders } from "./links";
import { councilFollowers, follows, organizationFollowers, personalFollowers, uniqueByAddress } from "./recipients";

/** A publication whose announcement was never queued (the enqueue after publishing failed) is caught this long after. */
const MISSED_WITHIN_MS = 24 * 3_600_000;

export function consultationUrl(slug: string): string {
  return `${env.NEXTAUTH_URL}/konsultacje/${encodeURIComponent(slug)}`;
}

/**
 * Queues the announcement of a published consultation: to organisations and people who
 * follow its owner unit at once, and to the Council's members (with the Council's deadline).
 * Once per address and publication, however often it runs; nothing while it is a draft.
 */
export async function announceConsultation(consultationId: string, now: Date) {
  const c = await db.consultation.findUnique({
    where: { id: consultationId },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      publishedAt: true,
      startDate: true,
      endDate: true,
      ownerUnitId: true,
      councilOpinionDeadline: true,
      ownerUnit: { select: { name: true } },
    },
  });
  if (!c || c.status === "DRAFT" || !c.publishedAt) return { queued: 0, skipped: 0 };
  const publishedAt = c.publishedAt;
  const [council, organizations, people] = await Promise.all([
    councilFollowers(),
    organizationFollowers(["IMMEDIATE"]),
    personalFollowers(["IMMEDIATE"]),
  ]);
  const councilIds = new Set(council.map((m) => m.subscriber.id));
  const recipients = uniqueByAddress([
    ...council,
    ...[...organizations, ...people].filter((f) => follows(f, c.ownerUnitId)),
  ]);
  const url = consultationUrl(c.slug);
  const messages: BulkEmail[] = recipients.map((r) => ({
    to: r.email,
    subject: consultationAnnouncementSubject(r.locale, c.title),
    kind: "consultation-announcement",
    // Once per publication: withdrawn and published again (new dates), it is announced again.
    dedupeKey: `announce:${c.id}:${publishedAt.getTime()}:${r.email}`,
    headers: unsubscribeHeaders(r.subscriber),
    template: createElement(ConsultationAnnouncementEmail, {
      locale: r.locale,
      title: c.title,
      ownerUnitName: c.ownerUnit.name,
      startDate: isoDateOf(c.startDate),
      endDate: isoDateOf(c.endDate),
      url,
      councilDeadline:
        r.subscriber.kind === "user" && councilIds.has(r.subscriber.id) && c.councilOpinionDeadline
          ? warsawDate(c.councilOpinionDeadline)
          : null,
      links: notificationLinks(r.subscriber),
    }),
  }));
  const result = await queueEmails(messages);
  await db.consultation.updateMany({ where: { id: c.id, announcedAt: null }, data: { announcedAt: now } });
  return result;
}

/** The scan job's safety net: consultations published in the last day whose announcement was never queued. */
export async function announceMissed(now: Date): Promise<string[]> {
  const missed = await db.consultation.findMany({
    where: {
      status: { not: "DRAFT" },
      announcedAt: null,
      publishedAt: { gte: new Date(now.getTime() - MISSED_WITHIN_MS), lte: now },
    },
    select: { id: true },
  });
  for (const c of missed) await announceConsultation(c.id, now);
  return missed.map((c) => c.id);
}
