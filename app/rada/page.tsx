import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CouncilConsultations } from "@/components/council/council-consultations";
import { Forbidden } from "@/components/ui/forbidden";
import { getCurrentUser } from "@/lib/auth/session";
import { canRecordCouncilOpinion, canSeeCouncilPanel } from "@/lib/council/policy";
import { listCouncilConsultations } from "@/lib/council/queries";
import { getSettings } from "@/lib/settings/queries";
import { now } from "@/lib/time/clock";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("councilOpinion"))("title") };
}

export default async function CouncilPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/logowanie?callbackUrl=/rada");
  const t = await getTranslations("councilOpinion");
  if (!canSeeCouncilPanel(user)) return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  const settings = await getSettings();
  const lists = await listCouncilConsultations(now(), settings.councilOpinionDays);
  const mayRecord = canRecordCouncilOpinion(user);
  return (
    <>
      <h1 className="mb-4">{t("title")}</h1>
      <p className="mb-4 max-w-3xl">{t("intro")}</p>
      {mayRecord ? null : (
        <p className="mb-8 max-w-3xl border-l-8 border-line bg-surface p-4" data-testid="council-secretary-only">
          {t("secretaryOnly")}
        </p>
      )}
      <CouncilConsultations lists={lists} mayRecord={mayRecord} />
    </>
  );
}
