import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConsultationDetails } from "@/components/consultations/consultation-details";
import { contentsOf, DraftUnits } from "@/components/consultations/draft-units";
import { getCurrentUser } from "@/lib/auth/session";
import { canReadConsultation } from "@/lib/consultations/policy";
import { getConsultationForReading } from "@/lib/consultations/queries";
import { now } from "@/lib/time/clock";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const consultation = await getConsultationForReading((await params).slug, now());
  return { title: consultation?.title };
}

export default async function ConsultationPage({ params }: Props) {
  const { slug } = await params;
  const [consultation, user] = await Promise.all([getConsultationForReading(slug, now()), getCurrentUser()]);
  if (!consultation || !canReadConsultation(user, consultation)) notFound();
  const t = await getTranslations("consultation");
  const tStatus = await getTranslations("status");
  const tAct = await getTranslations("actType");
  const format = await getFormatter();
  const contents = contentsOf(consultation.provisions);
  return (
    <article>
      <p className="mb-2 text-muted">{tAct(consultation.actType)}</p>
      <h1 className="mb-4">{consultation.title}</h1>
      <p className="mb-8">
        <strong className="inline-block bg-surface px-2 py-1" data-testid="consultation-status">
          {tStatus(consultation.status)}
        </strong>
      </p>
      <ConsultationDetails consultation={consultation} />
      <div className="grid gap-8 lg:grid-cols-[16rem_1fr]">
        {contents.length > 0 ? (
          <nav aria-labelledby="contents-title" className="no-print lg:sticky lg:top-4 lg:self-start">
            <h2 id="contents-title" className="mb-2 text-xl">
              {t("contents")}
            </h2>
            <ul className="max-h-[70vh] space-y-1 overflow-y-auto text-base">
              {contents.map((unit) => (
                <li key={unit.id} style={{ marginLeft: unit.kind === "PARAGRAPH" ? "1rem" : 0 }}>
                  <a href={`#${unit.anchor}`}>
                    {unit.kind === "CHAPTER" ? `${unit.marker ?? unit.label}. ${unit.text}` : (unit.marker ?? unit.label)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <section aria-labelledby="draft-title">
          <h2 id="draft-title" className="mb-1">
            {t("draft")}
          </h2>
          {consultation.version ? (
            <p className="mb-4 text-base text-muted">
              {t("version", { number: consultation.version.number })} ·{" "}
              {format.dateTime(consultation.version.createdAt, { dateStyle: "long" })}
            </p>
          ) : null}
          {consultation.wholeDraftCommentCount > 0 ? (
            <p className="mb-4 text-base">{t("wholeDraft", { count: consultation.wholeDraftCommentCount })}</p>
          ) : null}
          {consultation.provisions.length > 0 ? (
            <DraftUnits units={consultation.provisions} />
          ) : (
            <p className="text-muted">{t("noText")}</p>
          )}
        </section>
      </div>
    </article>
  );
}
