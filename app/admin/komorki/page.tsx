import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/ui/forbidden";
import { getCurrentUser } from "@/lib/auth/session";
import { canManageUnits } from "@/lib/units/policy";
import { listUnitsWithClerks } from "@/lib/units/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminUnits"))("title") };
}

export default async function UnitsPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/logowanie?callbackUrl=/admin/komorki");
  if (!canManageUnits(user)) return <Forbidden />;
  const [t, units] = await Promise.all([getTranslations("adminUnits"), listUnitsWithClerks()]);
  return (
    <>
      <p className="mb-4">
        <Link href="/admin">{t("backToAdmin")}</Link>
      </p>
      <h1 className="mb-6">{t("title")}</h1>
      <p className="mb-8">
        <Link
          href="/admin/komorki/nowa"
          className="inline-block min-h-11 bg-action px-4 py-2 text-lg text-white no-underline shadow-[0_2px_0_#002d18] hover:bg-action-dark focus-visible:bg-focus focus-visible:text-ink"
        >
          {t("new")}
        </Link>
      </p>
      <ul className="divide-y divide-line border-y border-line" data-testid="units">
        {units.map((u) => (
          <li key={u.id} className="py-3">
            <Link href={`/admin/komorki/${u.id}`} className="font-bold">
              {u.name}
            </Link>{" "}
            ({u.shortName}){u.isCoordinator ? <strong className="ml-2">{t("coordinator")}</strong> : null}
            <p className="text-muted">{t("clerkCount", { count: u._count.clerks })}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
