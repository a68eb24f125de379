import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SettingsForm } from "@/components/admin/settings-form";
import { Forbidden } from "@/components/ui/forbidden";
import { getCurrentUser } from "@/lib/auth/session";
import { canManageSettings } from "@/lib/settings/policy";
import { getSettings } from "@/lib/settings/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminSettings"))("title") };
}

/** What the domain guide calls configurable, for the administrator to set (changes are logged). */
export default async function SettingsPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/logowanie?callbackUrl=/admin/ustawienia");
  if (!canManageSettings(user)) return <Forbidden />;
  const [t, settings] = await Promise.all([getTranslations("adminSettings"), getSettings()]);
  return (
    <>
      <p className="mb-4">
        <Link href="/admin">{t("back")}</Link>
      </p>
      <h1 className="mb-4">{t("title")}</h1>
      <p className="mb-8 max-w-3xl">{t("intro")}</p>
      <SettingsForm initial={settings} />
    </>
  );
}
