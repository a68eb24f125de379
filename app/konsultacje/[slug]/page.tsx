import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { ConsultationDetails } from "@/components/consultations/consultation-details";
import { contentsOf, DraftUnits } from "@/components/consultations/draft-units";
import { ConsultationAttachments } from "@/components/drafts/consultation-attachments";
import { VersionInfo } from "@/components/versions/version-info";
import { getCurrentUser } from "@/lib/auth/session";
import { canReadConsultation } from "@/lib/consultations/policy";
import { getConsultationForReading } from "@/lib/consultations/queries";
import { now } from "@/lib/time/clock";
import { parseVersionParam } from "@/lib/versions/params";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ wersja?: string | string[] }> };

// The metadata and the page read the same data: one set of queries per request.
const load = cache((slug: string, versionNumber: number | null) =>
  getConsultationForReading(slug, now(), versionNumber),
);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const consultation = await load(slug, parseVersionParam(query.wersja));
  return { title: consultation?.title };
}

export default async function ConsultationPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const versionNumber = parseVersionParam(query.wersja);
  const [consultation, user] = await Promise.all([load(slug, versionNumber), getCurrentUser()]);
  if (!consultation || !canReadConsultation(user, consultation)) notFound();
  // `?wersja=N` naming no public version is a broken link, not a request for the newest one.
  if (versionNumber !== null && !consultation.version) notFound();
  const t = await getTranslations("consultation");
  const tStatus = await getTranslations("status");
  const tAct = await getTranslations("actType");
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
      <ConsultationAttachments consultationId={consultation.id} />
      <div className="reading-layout grid gap-8 lg:grid-cols-[16rem_1fr]">
        {contents.length > 0 ? (
          <nav aria-labelledby="contents-title" className="no-print lg:sticky lg:top-4 lg:self-start">
            <h2 id="contents-title" className="mb-2 text-xl">
              {t("contents")}
            </h2>
            <ul className="max-h-[70vh] space-y-1 overflow-y-auto text-base">
              {contents.map((unit) => (
                <li key={unit.id} style={{ marginLeft: unit.kind === "PARAGRAPH" ? "1rem" : 0 }}>
                  <a href={`#${unit.anchor}`}>
                    {unit.kind === "CHAPTER"
                      ? `${unit.marker ?? unit.label}. ${unit.text}`
                      : (unit.marker ?? unit.label)}
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
          {consultation.version && consultation.latestVersion ? (
            <VersionInfo
              slug={slug}
              version={consultation.version}
              latest={consultation.latestVersion}
              versions={consultation.versions}
            />
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
