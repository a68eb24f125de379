import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClerkForm } from "@/components/admin/clerk-form";
import { UnitForm } from "@/components/admin/unit-form";
import { ActionButton } from "@/components/organizations/action-button";
import { Forbidden } from "@/components/ui/forbidden";
import { getCurrentUser } from "@/lib/auth/session";
import { removeUnitClerkAction } from "@/lib/units/actions";
import { canManageUnits } from "@/lib/units/policy";
import { getUnitWithClerks } from "@/lib/units/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminUnits"))("unitTitle") };
}

type Props = { params: Promise<{ id: string }> };

export default async function UnitPage({ params }: Props) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/logowanie?callbackUrl=/admin/komorki/${encodeURIComponent(id)}`);
  if (!canManageUnits(user)) return <Forbidden />;
  const unit = await getUnitWithClerks(id);
  if (!unit) notFound();
  const t = await getTranslations("adminUnits");
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/komorki">{t("backToList")}</Link>
      </p>
      <h1 className="mb-2">{unit.name}</h1>
      <p className="mb-8">
        {unit.shortName}
        {unit.isCoordinator ? ` — ${t("coordinatorLong")}` : null}
      </p>
      <h2 className="mb-4 text-2xl">{t("clerksTitle")}</h2>
      {unit.clerks.length === 0 ? (
        <p className="mb-8">{t("noClerks")}</p>
      ) : (
        <ul className="mb-8 divide-y divide-line border-y border-line" data-testid="clerks">
          {unit.clerks.map(({ user: clerk }) => {
            const who = clerk.name ? `${clerk.name} (${clerk.email})` : clerk.email;
            return (
              <li key={clerk.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <span>{who}</span>
                <ActionButton
                  action={removeUnitClerkAction}
                  payload={{ unitId: unit.id, userId: clerk.id }}
                  label={t("removeClerk")}
                  accessibleLabel={`${t("removeClerk")}: ${who}`}
                  variant="warning"
                />
              </li>
            );
          })}
        </ul>
      )}
      <h2 className="mb-4 text-2xl">{t("addClerkTitle")}</h2>
      <ClerkForm unitId={unit.id} />
      <h2 className="mt-12 mb-4 text-2xl">{t("editTitle")}</h2>
      <UnitForm
        editing={{
          id: unit.id,
          initial: {
            name: unit.name,
            shortName: unit.shortName,
            email: unit.email ?? "",
            isCoordinator: unit.isCoordinator,
          },
        }}
      />
    </>
  );
}
