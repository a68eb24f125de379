import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/ui/forbidden";
import { getCurrentUser } from "@/lib/auth/session";
import { canSeeJobFailures } from "@/lib/jobs/policy";
import { canVerifyOrganizations } from "@/lib/organizations/policy";
import { canManageSettings } from "@/lib/settings/policy";
import { canManageCouncil, canManageUnits } from "@/lib/units/policy";
import { canManageUsers, canOpenAdmin } from "@/lib/users/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/logowanie?callbackUrl=/admin");
  if (!canOpenAdmin(user)) return <Forbidden />;
  const t = await getTranslations("admin");
  const tJobs = await getTranslations("notifications.jobs");
  const links = [
    canVerifyOrganizations(user)
      ? { href: "/admin/organizacje", label: t("organizations"), hint: t("organizationsHint") }
      : null,
    canManageUsers(user) ? { href: "/admin/uzytkownicy", label: t("users"), hint: t("usersHint") } : null,
    canManageUnits(user) ? { href: "/admin/komorki", label: t("units"), hint: t("unitsHint") } : null,
    canManageCouncil(user) ? { href: "/admin/rada", label: t("council"), hint: t("councilHint") } : null,
    canManageSettings(user) ? { href: "/admin/ustawienia", label: t("settings"), hint: t("settingsHint") } : null,
    canSeeJobFailures(user) ? { href: "/admin/zadania", label: tJobs("title"), hint: tJobs("linkHint") } : null,
  ].filter((l) => l !== null);
  return (
    <>
      <h1 className="mb-6">{t("title")}</h1>
      <ul className="max-w-2xl space-y-6" data-testid="admin-sections">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} className="text-xl font-bold">
              {l.label}
            </Link>
            <p className="text-muted">{l.hint}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
