import "server-only";
import { createElement } from "react";
import ReportPublishedEmail, { reportPublishedSubject } from "@/emails/report-published";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/send";
import { env } from "@/lib/env";
import { isLocale, type Locale } from "@/lib/i18n/config";

export function reportPath(slug: string) {
  return `/konsultacje/${encodeURIComponent(slug)}/sprawozdanie`;
}

type Recipient = { email: string; locale: string; commentCount: number };

/**
 * Who is told the report is out: each organisation that commented (its contact
 * address) and each person who commented on their own behalf, once, however many
 * comments they made.
 */
export async function reportRecipients(consultationId: string): Promise<Recipient[]> {
  const rows = await db.$queryRaw<Recipient[]>`
    SELECT lower(email) AS email, min(locale) AS locale, count(*)::int AS "commentCount" FROM (
      SELECT o.email, 'pl' AS locale FROM comments c JOIN organizations o ON o.id = c.organization_id
      WHERE c.consultation_id = ${consultationId} AND c.status = 'SUBMITTED'
      UNION ALL
      SELECT u.email, u.locale FROM comments c JOIN users u ON u.id = c.author_id
      WHERE c.consultation_id = ${consultationId} AND c.status = 'SUBMITTED' AND c.organization_id IS NULL
        AND c.channel = 'PLATFORM'
    ) addresses GROUP BY lower(email) ORDER BY 1`;
  return rows;
}

/**
 * Sends the "report published" e-mails (the job's work). A retried job skips the
 * addresses already sent, so nobody gets the message twice; a failed send fails the
 * job, which pg-boss retries with back-off.
 */
export async function notifyReportPublished(reportId: string): Promise<{ sent: number; skipped: number }> {
  const report = await db.report.findUniqueOrThrow({
    where: { id: reportId },
    select: { status: true, consultation: { select: { id: true, slug: true, title: true } } },
  });
  if (report.status !== "PUBLISHED") return { sent: 0, skipped: 0 };
  const kind = `report-published:${reportId}`;
  const recipients = await reportRecipients(report.consultation.id);
  const done = new Set(
    (await db.emailMessage.findMany({ where: { kind, status: "SENT" }, select: { to: true } })).map((m) =>
      m.to.toLowerCase(),
    ),
  );
  const url = `${env.NEXTAUTH_URL}${reportPath(report.consultation.slug)}`;
  let sent = 0;
  const failures: string[] = [];
  for (const recipient of recipients) {
    if (done.has(recipient.email)) continue;
    const locale: Locale = isLocale(recipient.locale) ? recipient.locale : "pl";
    const result = await sendEmail({
      to: recipient.email,
      subject: reportPublishedSubject(locale, report.consultation.title),
      template: createElement(ReportPublishedEmail, {
        locale,
        consultationTitle: report.consultation.title,
        commentCount: recipient.commentCount,
        url,
      }),
      kind,
    });
    if (result.ok) sent++;
    else failures.push(`${recipient.email}: ${result.reason}`);
  }
  if (failures.length > 0) throw new Error(`report e-mails not sent: ${failures.join("; ")}`);
  return { sent, skipped: done.size };
}
