import { getTranslations } from "next-intl/server";
import { ConsultationList } from "@/components/consultations/consultation-list";
import { listPublicConsultations } from "@/lib/consultations/queries";
import { now } from "@/lib/time/clock";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const t = await getTranslations("home");
  const at = now();
  const { open, upcoming, closed } = await listPublicConsultations(at);
  return (
    <>
      <h1 className="mb-4">{t("title")}</h1>
      <p className="mb-10 max-w-3xl text-xl">{t("intro")}</p>
      <ConsultationList id="open" title={t("open")} empty={t("noneOpen")} items={open} now={at} />
      <ConsultationList id="upcoming" title={t("upcoming")} empty={t("noneUpcoming")} items={upcoming} now={at} />
      <ConsultationList id="closed" title={t("closed")} empty={t("noneClosed")} items={closed} now={at} />
    </>
  );
}
