import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { UnitForm } from "@/components/admin/unit-form";
import { Forbidden } from "@/components/ui/forbidden";
import { getCurrentUser } from "@/lib/auth/session";
import { canManageUnits } from "@/lib/units/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminUnits"))("newTitle") };
}

export default async function NewUnitPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/logowanie?callbackUrl=/admin/komorki/nowa");
  if (!canManageUnits(user)) return <Forbidden />;
  const t = await getTranslations("adminUnits");
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/komorki">{t("backToList")}</Link>
      </p>
      <h1 className="mb-6">{t("newTitle")}</h1>
      <UnitForm />
    </>
  );
}
