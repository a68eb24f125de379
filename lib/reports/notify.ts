import "server-only";
import { createElement } from "react";
import ReportPublishedEmail, { reportPublishedSubject } from "@/emails/report-published";
import { db } from "@/lib/db";
import { type BulkEmail, queueEmails } from "@/lib/email/queue";
import { env } from "@/lib/env";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { notificationLinks, unsubscribeHeaders } from "@/lib/notifications/links";
import { optedOut, subscriberKey } from "@/lib/notifications/recipients";
import type { Subscriber } from "@/lib/notifications/token";

export function reportPath(slug: string) {
  return `/konsultacje/${encodeURIComponent(slug)}/sprawozdanie`;
}

type Recipient = {
  email: string;
  locale: string;
  commentCount: number;
  organizationId: string | null;
  userId: string | null;
};

/**
 * Who is told the report is out: each organisation that commented (its contact
 * address) and each person who commented on their own behalf, once, however many
 * comments they made.
 */
export async function reportRecipients(consultationId: string): Promise<Recipient[]> {
  const rows = await db.$queryRaw<Recipient[]>`
    SELECT lower(email) AS email, min(locale) AS locale, count(*)::int AS "commentCount",
      min(organization_id) AS "organizationId", min(user_id) AS "userId" FROM (
      SELECT o.email, 'pl' AS locale, o.id AS organization_id, NULL::text AS user_id
      FROM comments c JOIN organizations o ON o.id = c.organization_id
      WHERE c.consultation_id = ${consultationId} AND c.status = 'SUBMITTED'
      UNION ALL
      SELECT u.email, u.locale, NULL::text, u.id FROM comments c JOIN users u ON u.id = c.author_id
      WHERE c.consultation_id = ${consultationId} AND c.status = 'SUBMITTED' AND c.organization_id IS NULL
        AND c.channel = 'PLATFORM'
    ) addresses GROUP BY lower(email) ORDER BY 1`;
  return rows;
}

/** Whose unsubscribe link the message carries: the organisation when the address is one's, else the person. */
function subscriberOf(recipient: Recipient): Subscriber | null {
  if (recipient.organizationId) return { kind: "organization", id: recipient.organizationId };
  if (recipient.userId) return { kind: "user", id: recipient.userId };
  return null;
}

/**
 * Queues the "report published" e-mails (the job's work), a bulk mailing like the others:
 * once per address and report (the unique key, so a retried or repeated job queues nothing
 * twice), with the one-click unsubscribe, and not to those who opted out of e-mail. Delivery
 * and its retries are the e-mail jobs' work. `sent`: messages queued now; `skipped`: those
 * queued before, and addresses that opted out.
 */
export async function notifyReportPublished(reportId: string): Promise<{ sent: number; skipped: number }> {
  const report = await db.report.findUniqueOrThrow({
    where: { id: reportId },
    select: { status: true, consultation: { select: { id: true, slug: true, title: true } } },
  });
  if (report.status !== "PUBLISHED") return { sent: 0, skipped: 0 };
  const recipients = await reportRecipients(report.consultation.id);
  const excluded = await optedOut(recipients.flatMap((r) => subscriberOf(r) ?? []));
  // Sent before messages had keys (before the notifications migration): not again.
  const kind = `report-published:${reportId}`;
  const sentBefore = new Set(
    (await db.emailMessage.findMany({ where: { kind, status: "SENT", dedupeKey: null }, select: { to: true } })).map(
      (m) => m.to.toLowerCase(),
    ),
  );
  const url = `${env.NEXTAUTH_URL}${reportPath(report.consultation.slug)}`;
  const messages: BulkEmail[] = [];
  for (const recipient of recipients) {
    const subscriber = subscriberOf(recipient);
    if (!subscriber || excluded.has(subscriberKey(subscriber)) || sentBefore.has(recipient.email)) continue;
    const locale: Locale = isLocale(recipient.locale) ? recipient.locale : "pl";
    messages.push({
      to: recipient.email,
      subject: reportPublishedSubject(locale, report.consultation.title),
      template: createElement(ReportPublishedEmail, {
        locale,
        consultationTitle: report.consultation.title,
        commentCount: recipient.commentCount,
        url,
        links: notificationLinks(subscriber),
      }),
      kind,
      dedupeKey: `report-published:${reportId}:${recipient.email}`,
      headers: unsubscribeHeaders(subscriber),
    });
  }
  const { queued } = await queueEmails(messages);
  return { sent: queued, skipped: recipients.length - queued };
}

/** How far back the sweep looks for published reports whose e-mails were never queued. */
const MISSED_WITHIN_MS = 24 * 3_600_000;

/**
 * The 5-minute job's safety net, as for announcements: reports published in the last day whose
 * e-mails were never queued (the job sent after publishing was lost, say in a crash right
 * after the commit) get them now. Idempotent by the messages' unique keys; returns the reports
 * for which something was queued.
 */
export async function notifyMissedReports(now: Date): Promise<string[]> {
  const recent = await db.report.findMany({
    where: { status: "PUBLISHED", publishedAt: { gte: new Date(now.getTime() - MISSED_WITHIN_MS), lte: now } },
    select: { id: true },
    orderBy: { publishedAt: "asc" },
  });
  const queued: string[] = [];
  for (const report of recent) if ((await notifyReportPublished(report.id)).sent > 0) queued.push(report.id);
  return queued;
}
