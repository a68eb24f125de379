import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { listCouncilConsultations } from "@/lib/council/queries";
import { startOfWarsawDay } from "@/lib/time/warsaw";
import { OpinionSummaryView } from "./opinion-summary";

type Lists = Awaited<ReturnType<typeof listCouncilConsultations>>;

/** The Council's page: consultations awaiting its opinion, then those decided with their opinions. */
export async function CouncilConsultations({ lists, mayRecord }: { lists: Lists; mayRecord: boolean }) {
  const t = await getTranslations("councilOpinion");
  const format = await getFormatter();
  const deadline = (date: string | null) =>
    date ? format.dateTime(startOfWarsawDay(date), { dateStyle: "long" }) : t("noDeadline");
  return (
    <>
      <section aria-labelledby="pending-heading" className="mb-12" data-testid="council-pending-section">
        <h2 id="pending-heading" className="mb-4 text-2xl">
          {t("pendingHeading")}
        </h2>
        {lists.pending.length === 0 ? (
          <p>{t("pendingEmpty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-base" data-testid="council-pending">
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="py-2 pr-4">
                    {t("colConsultation")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("colUnit")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("colDeadline")}
                  </th>
                  {mayRecord ? (
                    <th scope="col" className="py-2">
                      {t("colAction")}
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {lists.pending.map((c) => (
                  <tr key={c.id} className="border-b border-line align-top">
                    <td className="py-2 pr-4">
                      <Link href={`/konsultacje/${c.slug}`}>{c.title}</Link>
                    </td>
                    <td className="py-2 pr-4">{c.ownerUnitName}</td>
                    <td className="py-2 pr-4 whitespace-nowrap">{deadline(c.deadlineDate)}</td>
                    {mayRecord ? (
                      <td className="py-2">
                        <Link href={`/rada/opinie/${c.id}`}>
                          {t("record")}
                          <span className="sr-only"> {t("actionFor", { title: c.title })}</span>
                        </Link>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="decided-heading">
        <h2 id="decided-heading" className="mb-4 text-2xl">
          {t("decidedHeading")}
        </h2>
        {lists.decided.length === 0 ? <p>{t("decidedEmpty")}</p> : null}
        {lists.decided.map((c) => (
          <article key={c.id} className="mb-8 border-l-4 border-line pl-4" data-testid={`council-decided-${c.slug}`}>
            <h3 className="mb-2 text-xl">
              <Link href={`/konsultacje/${c.slug}`}>{c.title}</Link>
            </h3>
            <p className="mb-2 text-muted">
              {c.ownerUnitName} · {t("colState")}: {t(`state.${c.state}`)}
            </p>
            {mayRecord && c.status !== "REPORT_PUBLISHED" && c.state !== "pending" ? (
              // After the deadline the waiver stands until an opinion adopted in time is entered (until the report).
              <p className="mb-2">
                <Link href={`/rada/opinie/${c.id}`}>
                  {t(c.state === "given" ? "edit" : "recordAdoptedInTime")}
                  <span className="sr-only"> {t("actionFor", { title: c.title })}</span>
                </Link>
              </p>
            ) : null}
            <OpinionSummaryView summary={c} headingLevel={3} />
          </article>
        ))}
      </section>
    </>
  );
}
