import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CouncilSeatForm } from "@/components/admin/council-seat-form";
import { Forbidden } from "@/components/ui/forbidden";
import { getCurrentUser } from "@/lib/auth/session";
import { getSettings } from "@/lib/settings/queries";
import { now } from "@/lib/time/clock";
import { warsawDate } from "@/lib/time/warsaw";
import { canManageCouncil } from "@/lib/units/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminCouncil"))("addTitle") };
}

export default async function AddCouncilSeatPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/logowanie?callbackUrl=/admin/rada/nowy");
  if (!canManageCouncil(user)) return <Forbidden />;
  const [t, settings] = await Promise.all([getTranslations("adminCouncil"), getSettings()]);
  const today = warsawDate(now());
  const end = `${Number(today.slice(0, 4)) + settings.councilTermYears}${today.slice(4)}`;
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/rada">{t("backToList")}</Link>
      </p>
      <h1 className="mb-4">{t("addTitle")}</h1>
      <p className="mb-8 max-w-2xl">{t("addIntro")}</p>
      <CouncilSeatForm
        initial={{
          email: "",
          appointedBy: "NGO",
          isCoChair: false,
          isSecretary: false,
          termStart: today,
          termEnd: end,
        }}
      />
    </>
  );
}
