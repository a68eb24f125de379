import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { BarChart } from "@/components/reports/bar-chart";
import { Button } from "@/components/ui/button";
import { Forbidden } from "@/components/ui/forbidden";
import { getCurrentUser } from "@/lib/auth/session";
import { canSeeStatistics } from "@/lib/reports/policy";
import { statisticsYear } from "@/lib/reports/schema";
import { consultationFigures, organisationsInYear, perOwnerUnit, perYear, yearTotals } from "@/lib/reports/statistics";
import { POSITION_LABELS } from "@/lib/reports/wording";
import { now } from "@/lib/time/clock";
import { warsawDate } from "@/lib/time/warsaw";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("statistics"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** CWOP's figures for the annual report on the cooperation programme, with charts and a CSV. */
export default async function StatisticsPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (!user) redirect("/logowanie?callbackUrl=/panel/statystyki");
  if (!canSeeStatistics(user)) return <Forbidden />;
  const currentYear = Number(warsawDate(now()).slice(0, 4));
  const year = statisticsYear(currentYear)
    .catch(currentYear)
    .parse((await searchParams).rok);
  const [t, format, rows, organisations, years] = await Promise.all([
    getTranslations("statistics"),
    getFormatter(),
    consultationFigures(year),
    organisationsInYear(year),
    perYear(),
  ]);
  const totals = yearTotals(rows);
  const units = perOwnerUnit(rows);
  const figures: [string, string][] = [
    [t("consultations"), format.number(totals.consultations)],
    [t("comments"), format.number(totals.comments)],
    [t("organisations"), format.number(organisations)],
    [t("accepted"), `${format.number(totals.accepted)} (${t("acceptedShare", { share: totals.acceptedShare })})`],
  ];
  return (
    <>
      <h1 className="mb-4">{t("title")}</h1>
      <p className="mb-6 max-w-3xl">{t("intro")}</p>
      <form method="get" className="mb-8 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="rok" className="mb-1 block font-bold">
            {t("year")}
          </label>
          <input
            id="rok"
            name="rok"
            type="number"
            inputMode="numeric"
            min={2000}
            max={currentYear + 1}
            defaultValue={year}
            className="w-32 border-2 border-ink p-2"
          />
        </div>
        <Button type="submit" variant="secondary">
          {t("show")}
        </Button>
        <a href={`/panel/statystyki/csv?rok=${year}`} download>
          {t("csv")}
        </a>
      </form>
      <dl className="mb-8 grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[22rem_1fr]" data-testid="statistics-totals">
        {figures.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-bold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {rows.length === 0 ? <p className="mb-8">{t("none")}</p> : null}
      <BarChart
        title={t("positions")}
        bars={Object.entries(totals.positions).map(([position, count]) => ({
          label: POSITION_LABELS[position] ?? position,
          count,
        }))}
        itemLabel={(bar) => `${bar.label}: ${bar.count}`}
      />
      <h2 className="mb-4">{t("perUnit")}</h2>
      <div className="mb-8 overflow-x-auto">
        <table className="border-collapse text-left">
          <caption className="sr-only">{t("perUnit")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="p-2">
                {t("unit")}
              </th>
              <th scope="col" className="p-2">
                {t("consultations")}
              </th>
              <th scope="col" className="p-2">
                {t("comments")}
              </th>
              <th scope="col" className="p-2">
                {t("accepted")}
              </th>
            </tr>
          </thead>
          <tbody>
            {units.map((unit) => (
              <tr key={unit.unit} className="border-b border-line">
                <th scope="row" className="p-2 font-normal">
                  {unit.unit}
                </th>
                <td className="p-2">{unit.consultations}</td>
                <td className="p-2">{unit.comments}</td>
                <td className="p-2">{unit.accepted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <BarChart
        title={t("perYear")}
        bars={years.map((y) => ({ label: String(y.year), count: y.consultations }))}
        itemLabel={(bar) => `${bar.label}: ${bar.count}`}
      />
    </>
  );
}
