import "server-only";
import { createElement } from "react";
import ConsultationReminderEmail, { consultationReminderSubject } from "@/emails/consultation-reminder";
import CouncilDeadlineReminderEmail, { councilDeadlineReminderSubject } from "@/emails/council-deadline-reminder";
import { isoDateOf } from "@/lib/consultations/form-values";
import { councilDeadlineDate } from "@/lib/council/opinion-state";
import { db } from "@/lib/db";
import { type BulkEmail, queueEmails } from "@/lib/email/queue";
import { env } from "@/lib/env";
import { consultationUrl } from "./announce";
import { notificationLinks, unsubscribeHeaders } from "./links";
import { councilFollowers, follows, organizationFollowers, uniqueByAddress } from "./recipients";
import { COUNCIL_REMINDER_DAYS, consultationReminderStage, councilReminderDue } from "./schedule";

const DAY_MS = 86_400_000;

/**
 * Reminds organisations that follow the topic and have not commented, 3 days and 1 day
 * before the last day. The key holds the last day, so an extended consultation is reminded
 * again before its new end; the unique key makes each reminder once per address, whatever
 * the number of instances running this.
 */
export async function sendConsultationReminders(now: Date): Promise<{ queued: number; skipped: number }> {
  const closing = await db.consultation.findMany({
    where: {
      status: { in: ["SCHEDULED", "OPEN"] },
      opensAt: { lte: now },
      closesAt: { gt: now, lte: new Date(now.getTime() + 4 * DAY_MS) },
    },
    select: { id: true, slug: true, title: true, endDate: true, closesAt: true, ownerUnitId: true },
  });
  const due = closing.flatMap((c) => {
    const lastDay = isoDateOf(c.endDate);
    const stage = consultationReminderStage(lastDay, c.closesAt, now);
    return stage ? [{ ...c, lastDay, stage }] : [];
  });
  if (due.length === 0) return { queued: 0, skipped: 0 };
  const organizations = await organizationFollowers(["IMMEDIATE", "WEEKLY"]);
  const messages: BulkEmail[] = [];
  for (const c of due) {
    const commented = new Set(
      (
        await db.comment.findMany({
          where: { consultationId: c.id, status: "SUBMITTED", organizationId: { not: null } },
          distinct: ["organizationId"],
          select: { organizationId: true },
        })
      ).map((row) => row.organizationId),
    );
    const recipients = uniqueByAddress(
      organizations.filter((o) => follows(o, c.ownerUnitId) && !commented.has(o.subscriber.id)),
    );
    for (const r of recipients) {
      messages.push({
        to: r.email,
        subject: consultationReminderSubject(r.locale, c.title, c.stage),
        kind: "consultation-reminder",
        dedupeKey: `reminder:${c.id}:${c.lastDay}:${c.stage}:${r.email}`,
        headers: unsubscribeHeaders(r.subscriber),
        template: createElement(ConsultationReminderEmail, {
          locale: r.locale,
          title: c.title,
          endDate: c.lastDay,
          days: c.stage,
          url: consultationUrl(c.slug),
          links: notificationLinks(r.subscriber),
        }),
      });
    }
  }
  return queueEmails(messages);
}

/** Reminds the Council's members 3 days before its deadline while no opinion is recorded. */
export async function sendCouncilReminders(now: Date, councilOpinionDays: number) {
  const candidates = await db.consultation.findMany({
    where: {
      status: { notIn: ["DRAFT", "REPORT_PUBLISHED"] },
      councilOpinion: { is: null },
      councilOpinionDeadline: {
        gte: new Date(now.getTime() - 2 * DAY_MS),
        lte: new Date(now.getTime() + (COUNCIL_REMINDER_DAYS + 1) * DAY_MS),
      },
    },
    select: { id: true, title: true, publishedAt: true, councilOpinionDeadline: true },
  });
  const due = candidates.flatMap((c) => {
    const lastDay = councilDeadlineDate(c, councilOpinionDays);
    return lastDay && councilReminderDue(lastDay, now) ? [{ ...c, lastDay }] : [];
  });
  if (due.length === 0) return { queued: 0, skipped: 0 };
  const members = uniqueByAddress(await councilFollowers(now));
  const messages: BulkEmail[] = due.flatMap((c) =>
    members.map((m) => ({
      to: m.email,
      subject: councilDeadlineReminderSubject(m.locale, c.title, c.lastDay),
      kind: "council-deadline-reminder",
      dedupeKey: `council-reminder:${c.id}:${c.lastDay}:${m.email}`,
      headers: unsubscribeHeaders(m.subscriber),
      template: createElement(CouncilDeadlineReminderEmail, {
        locale: m.locale,
        title: c.title,
        deadline: c.lastDay,
        url: `${env.NEXTAUTH_URL}/rada`,
        links: notificationLinks(m.subscriber),
      }),
    })),
  );
  return queueEmails(messages);
}
