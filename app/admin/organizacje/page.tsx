import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { VerificationTag } from "@/components/organizations/organization-details";
import { Forbidden } from "@/components/ui/forbidden";
import { getCurrentUser } from "@/lib/auth/session";
import { canVerifyOrganizations } from "@/lib/organizations/policy";
import { listOrganizationsForVerification } from "@/lib/organizations/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orgVerification"))("listTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function VerificationListPage({ searchParams }: Props) {
  const query = await searchParams;
  const user = await getCurrentUser();
  if (!user) redirect("/logowanie?callbackUrl=/admin/organizacje");
  if (!canVerifyOrganizations(user)) return <Forbidden />;
  const [t, tLegal, format, orgs] = await Promise.all([
    getTranslations("orgVerification"),
    getTranslations("orgLegalForm"),
    getFormatter(),
    listOrganizationsForVerification(),
  ]);
  const pending = orgs.filter((o) => o.verification === "PENDING").length;
  return (
    <>
      <p className="mb-4">
        <Link href="/admin">{t("backToAdmin")}</Link>
      </p>
      <h1 className="mb-4">{t("listTitle")}</h1>
      {query.zweryfikowano || query.odrzucono ? (
        <p role="status" className="mb-6 border-l-8 border-success bg-[#cce2d8] p-4">
          {query.zweryfikowano ? t("verifiedDone") : t("rejectedDone")}
        </p>
      ) : null}
      <p className="mb-6">{t("pendingCount", { count: pending })}</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-base" data-testid="verification-list">
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                {t("colName")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("colRegister")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("colRegistered")}
              </th>
              <th scope="col" className="py-2">
                {t("colState")}
              </th>
            </tr>
          </thead>
          <tbody>
            {orgs.map((o) => (
              <tr key={o.id} className="border-b border-line align-top" data-testid="verification-row">
                <td className="py-2 pr-4">
                  <Link href={`/admin/organizacje/${o.id}`}>{o.name}</Link>
                  <span className="block text-muted">{tLegal(o.legalForm)}</span>
                </td>
                <td className="py-2 pr-4">{o.registerNumber ?? "—"}</td>
                <td className="py-2 pr-4 whitespace-nowrap">{format.dateTime(o.createdAt, { dateStyle: "short" })}</td>
                <td className="py-2">
                  <VerificationTag state={o.verification} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
