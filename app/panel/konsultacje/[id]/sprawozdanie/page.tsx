import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ReportDocument } from "@/components/reports/report-document";
import { ReportFiles } from "@/components/reports/report-files";
import { GenerateReportForm, PublishReportForm, RefreshWhileGenerating } from "@/components/reports/report-forms";
import { Forbidden } from "@/components/ui/forbidden";
import { recordId } from "@/lib/actions/ids";
import { getCurrentUser } from "@/lib/auth/session";
import { effectiveStatus } from "@/lib/consultations/status";
import { councilDeadlineDate, councilOpinionState } from "@/lib/council/opinion-state";
import { getConsultationTiming } from "@/lib/council/queries";
import { pageNumber } from "@/lib/council/schema";
import { ABANDONED } from "@/lib/reports/mutations";
import { canPrepareReport, canSeeDraftReport } from "@/lib/reports/policy";
import { listReports } from "@/lib/reports/queries";
import { loadReportSource, reportRowsPage } from "@/lib/reports/source";
import { getSettings } from "@/lib/settings/queries";
import { now } from "@/lib/time/clock";
import { addDays, lastAcceptedSecond, startOfWarsawDay, warsawDate } from "@/lib/time/warsaw";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 50;

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

export default async function ReportPanelPage({ params, searchParams }: Props) {
  const id = recordId.safeParse((await params).id);
  if (!id.success) notFound();
  const user = await getCurrentUser();
  if (!user) redirect(`/logowanie?callbackUrl=/panel/konsultacje/${encodeURIComponent(id.data)}/sprawozdanie`);
  const timing = await getConsultationTiming(id.data);
  if (!timing) notFound();
  if (!canSeeDraftReport(user, timing)) return <Forbidden />;
  const consultation = { ...timing, status: effectiveStatus(timing, now()) };
  const page = pageNumber((await searchParams).strona);
  const [t, format, reports, settings] = await Promise.all([
    getTranslations("reports"),
    getFormatter(),
    listReports(consultation.id),
    getSettings(),
  ]);
  const latest = reports[0];
  const published = reports.find((r) => r.status === "PUBLISHED");
  const mayPrepare = canPrepareReport(user, consultation);
  const source = await loadReportSource(consultation.id, latest?.outcome ?? null);
  const pageCount = Math.max(1, Math.ceil(source.header.commentsCount / PAGE_SIZE));
  const rows = await reportRowsPage(consultation.id, Math.min(page, pageCount), PAGE_SIZE);
  // Due within reportDueDays of the last day (domain.md, procedure 6); every comment needs a position first.
  const dueDate = addDays(warsawDate(lastAcceptedSecond(consultation.closesAt)), settings.reportDueDays);
  const overdue = now().getTime() >= startOfWarsawDay(addDays(dueDate, 1)).getTime();
  const unanswered = source.header.positions.find((p) => p.position === "UNANSWERED")?.count ?? 0;
  // Publication shuts the Council out, so it waits for the Council's opinion or its deadline.
  const councilPending =
    councilOpinionState(timing, timing.councilOpinion, now(), settings.councilOpinionDays) === "pending";
  const councilLastDay = councilDeadlineDate(timing, settings.councilOpinionDays);
  return (
    <>
      <RefreshWhileGenerating active={latest?.status === "GENERATING"} />
      <p className="mb-4">
        <Link href={`/panel/konsultacje/${consultation.id}`}>{t("back")}</Link>
      </p>
      <p className="mb-1 text-muted">{consultation.title}</p>
      <h1 className="mb-4">{t("title")}</h1>
      <p className="mb-6 max-w-3xl">{t("intro")}</p>
      {published?.publishedAt ? (
        <p role="status" className="mb-6 max-w-3xl border-l-8 border-success bg-[#cce2d8] p-4">
          {t("published", {
            date: format.dateTime(published.publishedAt, { dateStyle: "long", timeZone: "Europe/Warsaw" }),
          })}{" "}
          <Link href={`/konsultacje/${consultation.slug}/sprawozdanie`}>{t("publicLink")}</Link>
        </p>
      ) : null}
      {!mayPrepare && !published ? <p className="mb-6 max-w-3xl font-bold">{t("notClosed")}</p> : null}
      {mayPrepare && !published ? (
        <div className="mb-6 max-w-3xl" data-testid="report-due">
          <p className={overdue ? "font-bold" : undefined}>
            {t(overdue ? "overdue" : "dueBy", {
              date: format.dateTime(startOfWarsawDay(dueDate), { dateStyle: "long", timeZone: "Europe/Warsaw" }),
              days: settings.reportDueDays,
            })}
          </p>
          {unanswered > 0 ? (
            <p>
              {t("unanswered", { count: unanswered })}{" "}
              <Link href={`/panel/konsultacje/${consultation.id}/uwagi?stanowisko=brak`}>{t("toInbox")}</Link>
            </p>
          ) : null}
        </div>
      ) : null}

      {mayPrepare ? (
        <>
          <h2 className="mb-4">{t("generateHeading")}</h2>
          <GenerateReportForm consultationId={consultation.id} defaultOutcome={latest?.outcome ?? ""} />
        </>
      ) : null}

      <h2 className="mb-4">{t("historyHeading")}</h2>
      {reports.length === 0 ? <p className="mb-8">{t("noReports")}</p> : null}
      <ol className="mb-8 list-none space-y-6" data-testid="report-history">
        {reports.map((report) => (
          <li key={report.id} className="border-l-4 border-line pl-4" data-testid="report-version">
            <p className="font-bold">
              {t("createdAt")}:{" "}
              {format.dateTime(report.createdAt, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Warsaw" })}
              {" — "}
              <span data-testid="report-status" aria-live="polite">
                {t(`status.${report.status}`)}
              </span>
            </p>
            {report.status === "GENERATING" ? (
              <p aria-live="polite">
                <progress
                  max={100}
                  value={report.progress}
                  className="mr-2 align-middle"
                  aria-label={t("progress", { progress: report.progress })}
                />
                {t("progress", { progress: report.progress })}
              </p>
            ) : null}
            {report.status === "FAILED" ? (
              <p className="font-bold text-danger" role="alert">
                {report.error === ABANDONED ? t("abandoned") : t("failedWith", { error: report.error ?? "" })}
              </p>
            ) : null}
            {report.status === "READY" || report.status === "PUBLISHED" ? (
              <ReportFiles reportId={report.id} files={report.files} />
            ) : null}
          </li>
        ))}
      </ol>

      {mayPrepare && latest?.status === "READY" ? (
        <>
          <h2 className="mb-4">{t("publishHeading")}</h2>
          {councilPending && councilLastDay ? (
            <p className="mb-6 max-w-3xl border-l-8 border-[#ffdd00] bg-[#fff7bf] p-4" data-testid="council-pending">
              {t("councilPending", {
                date: format.dateTime(startOfWarsawDay(councilLastDay), {
                  dateStyle: "long",
                  timeZone: "Europe/Warsaw",
                }),
              })}
            </p>
          ) : null}
          {unanswered > 0 ? (
            // Publishing would be refused (answers lock at publication): say so before the clerk fills the form.
            <p className="mb-8 max-w-3xl border-l-8 border-[#ffdd00] bg-[#fff7bf] p-4" data-testid="publish-blocked">
              {t("unanswered", { count: unanswered })}{" "}
              <Link href={`/panel/konsultacje/${consultation.id}/uwagi?stanowisko=brak`}>{t("toInbox")}</Link>
            </p>
          ) : councilPending ? null : (
            <PublishReportForm reportId={latest.id} defaultAuthor={user.name ?? ""} />
          )}
        </>
      ) : null}

      <h2 className="mb-4">{t("previewHeading")}</h2>
      <ReportDocument
        header={source.header}
        rows={rows}
        page={Math.min(page, pageCount)}
        pageCount={pageCount}
        basePath={`/panel/konsultacje/${consultation.id}/sprawozdanie`}
      />
    </>
  );
}
