import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OrganizationForm } from "@/components/organizations/organization-form";
import { Forbidden } from "@/components/ui/forbidden";
import { getCurrentUser } from "@/lib/auth/session";
import { canVerifyOrganizations, checkEditOrganization, identityLockedFor } from "@/lib/organizations/policy";
import { getOrganization } from "@/lib/organizations/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orgForm"))("editTitle") };
}

type Props = { params: Promise<{ id: string }> };

/** A manager corrects the organisation's record; a rejected one goes back to CWOP from here. */
export default async function EditOrganizationPage({ params }: Props) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/logowanie?callbackUrl=/organizacje/${encodeURIComponent(id)}/edytuj`);
  const org = await getOrganization(id);
  if (!org) notFound();
  if (!checkEditOrganization(user, org).ok) return <Forbidden />;
  const t = await getTranslations("orgForm");
  const intro =
    org.verification === "REJECTED"
      ? t("editIntroRejected")
      : org.verification === "VERIFIED"
        ? t(canVerifyOrganizations(user) ? "editIntroVerifier" : "editIntroVerified")
        : t("editIntroPending");
  return (
    <>
      <p className="mb-4">
        <Link href={`/organizacje/${org.id}`}>{t("back", { name: org.name })}</Link>
      </p>
      <h1 className="mb-4">{t("editTitle")}</h1>
      <p className="mb-8 max-w-2xl" data-testid="edit-intro">
        {intro}
      </p>
      {org.verification === "REJECTED" && org.rejectionReason ? (
        <div className="mb-8 max-w-2xl border-l-8 border-danger bg-[#f4cdc6] p-4" data-testid="rejection-reason">
          <p className="mb-2 font-bold">{(await getTranslations("orgPage"))("rejectedNotice")}</p>
          <p>{org.rejectionReason}</p>
        </div>
      ) : null}
      <OrganizationForm
        editing={{ id: org.id, verification: org.verification, identityLocked: identityLockedFor(user, org) }}
        initial={{
          name: org.name,
          legalForm: org.legalForm,
          registerKind: org.registerKind,
          registerName: org.registerName ?? "",
          registerNumber: org.registerNumber ?? "",
          seatAddress: org.seatAddress,
          contactPerson: org.contactPerson,
          email: org.email,
          phone: org.phone ?? "",
        }}
      />
    </>
  );
}
