import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/ui/forbidden";
import { getCurrentUser } from "@/lib/auth/session";
import { listProblemEmails } from "@/lib/email/queries";
import { jobSchema } from "@/lib/jobs/boss";
import { canSeeJobFailures } from "@/lib/jobs/policy";
import { listFailedJobs } from "@/lib/jobs/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.jobs"))("title") };
}

export default async function JobFailuresPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/logowanie?callbackUrl=/admin/zadania");
  if (!canSeeJobFailures(user)) return <Forbidden />;
  const [t, format, jobs, emails] = await Promise.all([
    getTranslations("notifications.jobs"),
    getFormatter(),
    listFailedJobs(100, jobSchema()),
    listProblemEmails(100),
  ]);
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "short", timeStyle: "medium" }) : "—");
  const cell = "py-2 pr-4";
  return (
    <>
      <p className="mb-4">
        <Link href="/admin">{t("backToAdmin")}</Link>
      </p>
      <h1 className="mb-6">{t("title")}</h1>
      <section aria-labelledby="failed-jobs-title" className="mb-12">
        <h2 id="failed-jobs-title" className="mb-2">
          {t("failedJobsTitle")}
        </h2>
        <p className="mb-4 max-w-2xl text-muted">{t("failedJobsIntro")}</p>
        {jobs.length === 0 ? (
          <p data-testid="no-failed-jobs">{t("noFailedJobs")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-base" data-testid="failed-jobs">
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className={cell}>
                    {t("colQueue")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("colError")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("colAttempts")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("colCreated")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("colFailed")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("colData")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {jobs.map((job) => (
                  <tr key={job.id} className="border-b border-line align-top" data-testid="failed-job">
                    <td className={`${cell} whitespace-nowrap`}>{job.queue}</td>
                    <td className={`${cell} break-words`}>{job.error}</td>
                    <td className={cell}>{job.attempts}</td>
                    <td className={`${cell} whitespace-nowrap`}>{when(job.createdAt)}</td>
                    <td className={`${cell} whitespace-nowrap`}>{when(job.failedAt)}</td>
                    <td className="py-2 font-mono text-sm break-all">{JSON.stringify(job.data ?? {})}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="failed-emails-title">
        <h2 id="failed-emails-title" className="mb-4">
          {t("emailsTitle")}
        </h2>
        {emails.length === 0 ? (
          <p data-testid="no-failed-emails">{t("noEmails")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-base" data-testid="failed-emails">
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className={cell}>
                    {t("colTo")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("colSubject")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("colStatus")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("colAttempts")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("colError")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("colLastAttempt")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {emails.map((m) => (
                  <tr key={m.id} className="border-b border-line align-top" data-testid="failed-email">
                    <td className={`${cell} break-all`}>{m.to}</td>
                    <td className={cell}>
                      {m.subject}
                      <span className="block text-sm text-muted">{m.kind}</span>
                    </td>
                    <td className={cell}>{t(`status.${m.status}`)}</td>
                    <td className={cell}>{m.attempts}</td>
                    <td className={`${cell} break-words`}>{m.error}</td>
                    <td className="py-2 whitespace-nowrap">{when(m.lastAttemptAt ?? m.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
