import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ConsultationSummary } from "@/lib/consultations/queries";
import { daysLeft } from "@/lib/consultations/status";
import { CONTENT_LANG } from "@/lib/i18n/config";

type Props = { id: string; title: string; empty: string; items: readonly ConsultationSummary[]; now: Date };

export async function ConsultationList({ id, title, empty, items, now }: Props) {
  const t = await getTranslations("home");
  const tAct = await getTranslations("actType");
  const format = await getFormatter();
  return (
    <section aria-labelledby={id} className="mb-12">
      <h2 id={id} className="mb-4">
        {title}
      </h2>
      {items.length === 0 ? (
        <p className="text-muted">{empty}</p>
      ) : (
        <ul className="divide-y divide-line border-y border-line">
          {items.map((c) => (
            <li key={c.id} className="py-4">
              <p className="text-base text-muted">{tAct(c.actType as never)}</p>
              <h3 className="mb-1 text-xl" lang={CONTENT_LANG}>
                <Link href={`/konsultacje/${c.slug}`}>{c.title}</Link>
              </h3>
              <p className="text-base">
                {t("period", {
                  start: format.dateTime(c.startDate, { dateStyle: "long" }),
                  end: format.dateTime(c.endDate, { dateStyle: "long" }),
                })}
                {c.status === "OPEN" ? (
                  <strong className="ml-2 inline-block bg-[#cce2d8] px-2 text-[#005a30]">
                    {t("daysLeft", { days: daysLeft(c.closesAt, now) })}
                  </strong>
                ) : null}
              </p>
              <p className="text-base text-muted">
                {t("ownerUnit", { unit: c.ownerUnitName })} · {t("commentCount", { count: c.commentCount })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
