import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/ui/forbidden";
import { getCurrentUser } from "@/lib/auth/session";
import { canCreateConsultation, canOpenPanel, canSeeAllConsultations } from "@/lib/consultations/policy";
import { listPanelConsultations } from "@/lib/consultations/queries";
import { canSeeStatistics } from "@/lib/reports/policy";
import { now } from "@/lib/time/clock";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("panel"))("title") };
}

export default async function PanelPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/logowanie?callbackUrl=/panel");
  const t = await getTranslations("panel");
  if (!canOpenPanel(user)) return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  const all = canSeeAllConsultations(user);
  const consultations = await listPanelConsultations(all ? { all: true } : { unitIds: user.clerkUnitIds }, now());
  const tStatus = await getTranslations("status");
  const tAdmin = await getTranslations("consultationAdmin");
  const format = await getFormatter();
  return (
    <>
      <h1 className="mb-4">{t("title")}</h1>
      <p className="mb-6">{all ? t("introAll") : t("intro")}</p>
      {canCreateConsultation(user) ? (
        <p className="mb-8">
          <Link
            href="/panel/konsultacje/nowa"
            className="inline-block min-h-11 bg-action px-4 py-2 text-lg text-white no-underline shadow-[0_2px_0_#002d18] hover:bg-action-dark focus-visible:bg-focus focus-visible:text-ink"
          >
            {tAdmin("new")}
          </Link>
        </p>
      ) : null}
      {consultations.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-base">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">
                  {t("colTitle")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("colUnit")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("colStatus")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("colPeriod")}
                </th>
                <th scope="col" className="py-2 text-right">
                  {t("colComments")}
                </th>
              </tr>
            </thead>
            <tbody>
              {consultations.map((c) => (
                <tr key={c.id} className="border-b border-line align-top">
                  <td className="py-2 pr-4">
                    <Link href={`/panel/konsultacje/${c.id}`}>{c.title}</Link>
                  </td>
                  <td className="py-2 pr-4">{c.ownerUnitName}</td>
                  <td className="py-2 pr-4">{tStatus(c.status)}</td>
                  <td className="py-2 pr-4 whitespace-nowrap">
                    {format.dateTime(c.startDate, { dateStyle: "short" })} –{" "}
                    {format.dateTime(c.endDate, { dateStyle: "short" })}
                  </td>
                  <td className="py-2 text-right">{c.commentCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canSeeStatistics(user) ? (
        <p className="mt-8">
          <Link href="/panel/statystyki">{(await getTranslations("statistics"))("title")}</Link>
        </p>
      ) : null}
    </>
  );
}
