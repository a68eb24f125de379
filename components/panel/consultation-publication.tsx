import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ConsultationForPanel } from "@/lib/consultations/queries";
import { lastAcceptedSecond } from "@/lib/time/warsaw";
import { PublicationControls } from "./publication-controls";

type Props = { consultation: ConsultationForPanel; mayPublish: boolean; mayUnpublish: boolean };

/** The draft text's state and the publication step of the management page. */
export async function ConsultationPublication({ consultation: c, mayPublish, mayUnpublish }: Props) {
  const t = await getTranslations("consultationAdmin");
  const format = await getFormatter();
  const draftHref = `/panel/konsultacje/${c.id}/projekt`;
  const latest = c.versions.find((v) => v.provisionCount > 0);
  const dateTime = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short" });
  return (
    <>
      <section aria-labelledby="draft-title" className="mb-10 max-w-3xl">
        <h2 id="draft-title" className="mb-4">
          {t("draftTitle")}
        </h2>
        {latest ? (
          <>
            <p className="mb-2" data-testid="draft-version">
              {t("draftVersion", { number: latest.number, count: latest.provisionCount })}
            </p>
            <Link href={draftHref}>{t("draftOpen")}</Link>
          </>
        ) : (
          <>
            <p className="mb-2" data-testid="draft-missing">
              {t("draftMissing")}
            </p>
            <Link href={draftHref}>{t("draftAdd")}</Link>
          </>
        )}
      </section>
      <section aria-labelledby="publication-title" className="mb-10 max-w-3xl">
        <h2 id="publication-title" className="mb-4">
          {t("publicationTitle")}
        </h2>
        {c.status === "DRAFT" ? (
          <>
            <p className="mb-4">{t("publishIntro")}</p>
            {mayPublish && c.hasPublishableVersion ? (
              <PublicationControls consultationId={c.id} action="publish" />
            ) : null}
          </>
        ) : (
          <>
            <p className="mb-4" data-testid="publication-state">
              {c.status === "SCHEDULED"
                ? t("scheduledInfo", { date: dateTime(c.opensAt) })
                : c.status === "OPEN"
                  ? t("openInfo", { date: dateTime(lastAcceptedSecond(c.closesAt)) })
                  : t("closedInfo", { date: dateTime(lastAcceptedSecond(c.closesAt)) })}
            </p>
            <p className="mb-4">
              <Link href={`/konsultacje/${c.slug}`}>{t("publicLink")}</Link>
            </p>
            {mayUnpublish ? (
              <>
                <p className="mb-4">{t("unpublishHint")}</p>
                <PublicationControls consultationId={c.id} action="unpublish" />
              </>
            ) : (
              <p className="text-muted">{t("noUnpublishOpen")}</p>
            )}
          </>
        )}
      </section>
    </>
  );
}
