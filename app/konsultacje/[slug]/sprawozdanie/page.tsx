import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { ReportDocument } from "@/components/reports/report-document";
import { ReportFiles } from "@/components/reports/report-files";
import { pageNumber } from "@/lib/council/schema";
import { CONTENT_LANG } from "@/lib/i18n/config";
import { publishedReportBySlug } from "@/lib/reports/queries";
import { reportCorrections } from "@/lib/reports/redact";
import { loadReportSource, reportRowsPage } from "@/lib/reports/source";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 50;
const slugSchema = z.string().min(1).max(200);

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("publicLink") };
}

/** The published report: the web version with the files, their SHA-256 and the BIP record. */
export default async function PublicReportPage({ params, searchParams }: Props) {
  const slug = slugSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  const found = await publishedReportBySlug(slug.data);
  if (!found) notFound();
  const { consultation, report, enteredByName } = found;
  const [t, format] = await Promise.all([getTranslations("reports"), getFormatter()]);
  const back = (
    <p className="mb-4">
      <Link href={`/konsultacje/${consultation.slug}`}>{t("back")}</Link>
    </p>
  );
  if (!report) {
    return (
      <>
        {back}
        <h1 className="mb-4">{t("publicLink")}</h1>
        <p>{t("notPublished")}</p>
      </>
    );
  }
  const source = await loadReportSource(consultation.id, report.outcome);
  const pageCount = Math.max(1, Math.ceil(source.header.commentsCount / PAGE_SIZE));
  const page = Math.min(pageNumber((await searchParams).strona), pageCount);
  const [rows, corrections] = await Promise.all([
    reportRowsPage(consultation.id, page, PAGE_SIZE),
    reportCorrections(report.id),
  ]);
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Warsaw" }) : "—";
  const record: [string, string][] = [
    [t("doc.bipBody"), report.publishingBody ?? source.header.publishingBody],
    [t("doc.bipAuthor"), report.authorName ?? "—"],
    [t("doc.bipEntered"), enteredByName ?? "—"],
    [t("doc.bipCreated"), when(report.generatedAt)],
    [t("doc.bipPublished"), when(report.publishedAt)],
  ];
  return (
    <>
      {back}
      <p className="mb-1 text-muted">{consultation.title}</p>
      <h1 className="mb-6" lang={CONTENT_LANG}>
        {source.header.documentTitle}
      </h1>
      <ReportFiles reportId={report.id} files={report.files} />
      <ReportDocument
        header={source.header}
        rows={rows}
        page={page}
        pageCount={pageCount}
        basePath={`/konsultacje/${consultation.slug}/sprawozdanie`}
      />
      <h2 className="mb-4">{t("doc.bip")}</h2>
      <dl className="mb-8 grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[16rem_1fr]" data-testid="report-bip">
        {record.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-bold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {corrections.length > 0 ? (
        <section aria-labelledby="corrections-title" className="mb-8 max-w-3xl">
          <h2 id="corrections-title" className="mb-4">
            {t("corrections.title")}
          </h2>
          <p className="mb-3">{t("corrections.intro")}</p>
          <ul className="list-disc pl-5" data-testid="report-corrections">
            {corrections.map((correction) => (
              <li key={correction.at.toISOString()}>
                {t("corrections.item", {
                  date: when(correction.at),
                  receipts: correction.hidden.map((h) => h.receiptNumber ?? "—").join(", "),
                  count: correction.hidden.length,
                })}{" "}
                <span lang={CONTENT_LANG}>{correction.hidden.map((h) => h.reason ?? "").join("; ")}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
