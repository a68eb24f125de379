import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { OrganizationDetails, VerificationTag } from "@/components/organizations/organization-details";
import { OrganizationHistory } from "@/components/organizations/organization-history";
import { VerificationForm } from "@/components/organizations/verification-form";
import { Forbidden } from "@/components/ui/forbidden";
import { getCurrentUser } from "@/lib/auth/session";
import { canVerifyOrganizations, checkVerifyOrganization } from "@/lib/organizations/policy";
import { getOrganization, listMembers, organizationHistory } from "@/lib/organizations/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orgVerification"))("title") };
}

type Props = { params: Promise<{ id: string }> };

export default async function VerifyOrganizationPage({ params }: Props) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/logowanie?callbackUrl=/admin/organizacje/${encodeURIComponent(id)}`);
  if (!canVerifyOrganizations(user)) return <Forbidden />;
  const org = await getOrganization(id);
  if (!org) notFound();
  const canVerify = checkVerifyOrganization(user, org, "VERIFIED");
  const canReject = checkVerifyOrganization(user, org, "REJECTED");
  const [t, format, members, history] = await Promise.all([
    getTranslations("orgVerification"),
    getFormatter(),
    listMembers(org.id),
    organizationHistory(org.id),
  ]);
  const managers = members.filter((m) => m.status === "ACTIVE" && m.role === "MANAGER");
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/organizacje">{t("backToList")}</Link>
      </p>
      <h1 className="mb-3">{org.name}</h1>
      <p className="mb-6">
        <VerificationTag state={org.verification} />
        {org.verifiedAt ? (
          <span className="ml-3">
            {t("verifiedBy", {
              who: org.verifiedBy?.name ?? org.verifiedBy?.email ?? "—",
              date: format.dateTime(org.verifiedAt, { dateStyle: "long" }),
            })}
          </span>
        ) : null}
      </p>
      {org.rejectionReason ? (
        <p className="mb-6 border-l-8 border-danger bg-[#f4cdc6] p-4">
          {t("rejectionReason")}: {org.rejectionReason}
        </p>
      ) : null}
      <OrganizationDetails org={org} withContact />
      <h2 className="mb-3 text-2xl">{t("managers")}</h2>
      <ul className="mb-10 list-disc pl-5">
        {managers.map((m) => (
          <li key={m.user.id}>{m.user.name ? `${m.user.name} (${m.user.email})` : m.user.email}</li>
        ))}
      </ul>
      <OrganizationHistory entries={history} />
      <VerificationForm
        organizationId={org.id}
        canVerify={canVerify.ok}
        canReject={canReject.ok}
        basedOn={org.updatedAt.toISOString()}
      />
    </>
  );
}
