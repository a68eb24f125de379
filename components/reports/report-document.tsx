import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CONTENT_LANG } from "@/lib/i18n/config";
import type { ReportHeader, ReportRow } from "@/lib/reports/model";
import { BarChart } from "./bar-chart";

type Props = {
  header: ReportHeader;
  rows: readonly ReportRow[];
  page: number;
  pageCount: number;
  /** Where the table's pages link to (`?strona=N` is added). */
  basePath: string;
};

/**
 * The report as an accessible web page: the same content as the files, labels in the
 * reader's language, the content itself in Polish. The table is paged on the server.
 */
export async function ReportDocument({ header, rows, page, pageCount, basePath }: Props) {
  const [t, locale] = await Promise.all([getTranslations("reports.doc"), getLocale()]);
  const council = header.council;
  // [label, value, the value is the city's Polish text (not words of the interface)]
  const facts: [string, string, boolean][] = [
    [t("legalBasis"), header.legalBasis, true],
    [t("actTitle"), header.actTitle, true],
    [t("dates"), t("datesValue", { start: header.startDate, end: header.endDate }), false],
    [t("addressees"), header.addressees, true],
    [t("announcement"), header.announcement, true],
    [t("forms"), header.forms, true],
    [t("ownerUnit"), header.ownerUnit, true],
    [t("contact"), header.contact, false],
    [t("organisations"), String(header.organisationsCount), false],
    [t("comments"), String(header.commentsCount), false],
  ];
  const columns = t.raw("columns") as Record<string, string>;
  return (
    // Labels in the reader's language, the content (lang) in Polish.
    <article className="max-w-none" data-testid="report-document">
      <h2 className="mb-4">{t("about")}</h2>
      <dl className="mb-8 grid max-w-4xl gap-x-6 gap-y-2 sm:grid-cols-[16rem_1fr]">
        {facts.map(([label, value, polish]) => (
          <div key={label} className="contents">
            <dt className="font-bold">{label}</dt>
            <dd className="mb-2 sm:mb-0" lang={polish && value ? CONTENT_LANG : undefined}>
              {value || "—"}
            </dd>
          </div>
        ))}
      </dl>

      <h2 className="mb-4">{t("council")}</h2>
      <div className="mb-8 max-w-3xl" data-testid="report-council">
        {council.kind === "none" ? <p>{t("councilNone")}</p> : null}
        {council.kind === "waived" ? <p>{t("councilWaived", { deadline: council.deadline })}</p> : null}
        {council.kind === "opinion" ? (
          <>
            <p className="font-bold">
              {t("councilOpinion", { label: council.label })}
              {council.resolutionNumber ? `, ${t("councilResolution", { number: council.resolutionNumber })}` : ""}
              {council.adoptedOn ? ` ${t("councilAdopted", { date: council.adoptedOn })}` : ""}
            </p>
            {council.votes ? <p lang={CONTENT_LANG}>{council.votes}</p> : null}
            {council.text ? (
              <p className="whitespace-pre-line" lang={CONTENT_LANG}>
                {council.text}
              </p>
            ) : null}
          </>
        ) : null}
      </div>

      <h2 className="mb-4">{t("summary")}</h2>
      {header.commentsCount === 0 ? (
        <p className="mb-8 font-bold" data-testid="report-no-comments">
          {t("noComments")}
        </p>
      ) : (
        <>
          <BarChart
            title={t("positionsChart")}
            bars={header.positions.map((p) => ({ label: p.label, count: p.count }))}
            itemLabel={(bar) => t("chartItem", bar)}
          />
          <BarChart
            title={t("unitsChart")}
            bars={header.perUnit.slice(0, 30).map((u) => ({ label: u.unit, count: u.count }))}
            itemLabel={(bar) => t("chartItem", bar)}
          />
          <h2 className="mb-4" id="report-table-title">
            {t("table")}
          </h2>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1, axe scrollable-region-focusable) */}
          <section aria-label={t("tableRegion")} className="mb-6 overflow-x-auto" tabIndex={0}>
            <table className="min-w-[64rem] border-collapse text-left align-top text-base" data-testid="report-table">
              <caption className="sr-only">{t("table")}</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  {Object.values(columns).map((label) => (
                    <th key={label} scope="col" className="p-2 align-bottom">
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody lang={CONTENT_LANG}>
                {rows.map((row) => (
                  <tr key={row.lp} className="border-b border-line align-top">
                    <td className="p-2">{row.lp}</td>
                    <th scope="row" className="p-2 font-normal">
                      {row.unit}
                    </th>
                    <td className="whitespace-pre-line p-2">{row.currentWording}</td>
                    <td className="whitespace-pre-line p-2">{row.proposal}</td>
                    <td className="whitespace-pre-line p-2">{row.justification}</td>
                    <td className="p-2">{row.submittedBy}</td>
                    <td className="p-2 font-bold">{row.position || <span lang={locale}>{t("noPosition")}</span>}</td>
                    <td className="whitespace-pre-line p-2">{row.positionJustification}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {pageCount > 1 ? (
            <nav aria-label={t("pagesLabel")} className="mb-8 flex flex-wrap items-center gap-4">
              {page > 1 ? <Link href={`${basePath}?strona=${page - 1}`}>{t("previous")}</Link> : null}
              <span>{t("page", { page, count: pageCount })}</span>
              {page < pageCount ? <Link href={`${basePath}?strona=${page + 1}`}>{t("next")}</Link> : null}
            </nav>
          ) : null}
        </>
      )}

      <h2 className="mb-4">{t("outcome")}</h2>
      <p className="mb-8 max-w-3xl whitespace-pre-line" data-testid="report-outcome" lang={CONTENT_LANG}>
        {header.outcome}
      </p>
    </article>
  );
}
