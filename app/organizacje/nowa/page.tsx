import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OrganizationForm } from "@/components/organizations/organization-form";
import { Forbidden } from "@/components/ui/forbidden";
import { getCurrentUser } from "@/lib/auth/session";
import { canRegisterOrganization } from "@/lib/organizations/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orgForm"))("title") };
}

export default async function NewOrganizationPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/logowanie?callbackUrl=/organizacje/nowa");
  if (!canRegisterOrganization(user)) return <Forbidden />;
  const t = await getTranslations("orgForm");
  return (
    <>
      <h1 className="mb-4">{t("title")}</h1>
      <p className="mb-8 max-w-2xl">{t("intro")}</p>
      <OrganizationForm initial={{ contactPerson: user.name ?? "", email: "" }} />
    </>
  );
}
