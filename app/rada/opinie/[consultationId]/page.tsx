import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { OpinionForm, type OpinionFormValues } from "@/components/council/opinion-form";
import { OpinionHistory } from "@/components/council/opinion-history";
import { OpinionSummaryView } from "@/components/council/opinion-summary";
import { Forbidden } from "@/components/ui/forbidden";
import { getCurrentUser } from "@/lib/auth/session";
import { isoDateOf } from "@/lib/consultations/form-values";
import { canEditCouncilOpinion, canRecordCouncilOpinion, canSeeCouncilPanel } from "@/lib/council/policy";
import { getConsultationForOpinion } from "@/lib/council/queries";
import { getSettings } from "@/lib/settings/queries";
import { now } from "@/lib/time/clock";
import { startOfWarsawDay } from "@/lib/time/warsaw";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ consultationId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("councilOpinion"))("form.caption") };
}

export default async function CouncilOpinionPage({ params, searchParams }: Props) {
  const { consultationId } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/logowanie?callbackUrl=/rada/opinie/${encodeURIComponent(consultationId)}`);
  const t = await getTranslations("councilOpinion");
  if (!canSeeCouncilPanel(user)) return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  if (!canRecordCouncilOpinion(user)) {
    return <Forbidden title={t("secretaryOnlyTitle")} body={t("secretaryOnly")} />;
  }
  const settings = await getSettings();
  const consultation = await getConsultationForOpinion(consultationId, now(), settings.councilOpinionDays);
  if (!consultation) notFound();
  const [format, query] = await Promise.all([getFormatter(), searchParams]);
  const { opinion } = consultation;
  const editable = canEditCouncilOpinion(user, consultation);
  const initial: OpinionFormValues = {
    kind: opinion && opinion.kind !== "WAIVED" ? opinion.kind : undefined,
    text: opinion?.text ?? "",
    resolutionNumber: opinion?.resolutionNumber ?? "",
    adoptedOn: opinion?.adoptedOn ? isoDateOf(opinion.adoptedOn) : "",
    votesFor: opinion?.votesFor?.toString() ?? "",
    votesAgainst: opinion?.votesAgainst?.toString() ?? "",
    votesAbstaining: opinion?.votesAbstaining?.toString() ?? "",
    membersPresent: opinion?.membersPresent?.toString() ?? "",
    scanFileId: opinion?.scanFileId ?? "",
    quorumConfirmed: false,
  };
  return (
    <>
      <p className="mb-4">
        <Link href="/rada">{t("form.back")}</Link>
      </p>
      {query.zapisano ? (
        <p role="status" className="mb-6 max-w-3xl border-l-8 border-success bg-[#cce2d8] p-4">
          {t("form.saved")}
        </p>
      ) : null}
      <p className="mb-1 text-muted">{t("form.caption")}</p>
      <h1 className="mb-4">{consultation.title}</h1>
      {consultation.deadlineDate ? (
        <p className="mb-4 font-bold">
          {t("form.deadline", {
            date: format.dateTime(startOfWarsawDay(consultation.deadlineDate), { dateStyle: "long" }),
          })}
        </p>
      ) : null}
      {editable ? (
        <>
          <p className="mb-8 max-w-3xl">{t("form.intro")}</p>
          <OpinionForm
            consultationId={consultation.id}
            initial={initial}
            councilSize={settings.councilSize}
            currentScanName={opinion?.scan?.fileName ?? null}
          />
        </>
      ) : (
        <>
          <p className="mb-8 max-w-3xl border-l-8 border-line bg-surface p-4" data-testid="opinion-locked">
            {t("form.locked")}
          </p>
          <OpinionSummaryView summary={consultation} />
        </>
      )}
      <OpinionHistory history={consultation.history} />
    </>
  );
}
