import type { Metadata } from "next";
import Link from "next/link";
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
  const tInbox = await getTranslations("inbox.council");
  const consultations = [...lists.pending, ...lists.decided];
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
      {consultations.length > 0 ? (
        <section aria-labelledby="council-comments-heading" className="mt-12" data-testid="council-comment-links">
          <h2 id="council-comments-heading" className="mb-4 text-2xl">
            {tInbox("linksHeading")}
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {consultations.map((c) => (
              <li key={c.id}>
                <Link href={`/rada/konsultacje/${c.id}/uwagi`}>{tInbox("link", { title: c.title })}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
