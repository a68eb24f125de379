import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/organizations/invite-form";
import { Forbidden } from "@/components/ui/forbidden";
import { getCurrentUser } from "@/lib/auth/session";
import { canManageOrganization } from "@/lib/organizations/policy";
import { getOrganization } from "@/lib/organizations/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orgInvite"))("title") };
}

type Props = { params: Promise<{ id: string }> };

export default async function InvitePage({ params }: Props) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/logowanie?callbackUrl=/organizacje/${encodeURIComponent(id)}/zapros`);
  const org = await getOrganization(id);
  if (!org) notFound();
  if (!canManageOrganization(user, org.id) || org.verification === "REJECTED") return <Forbidden />;
  const t = await getTranslations("orgInvite");
  return (
    <>
      <p className="mb-4">
        <Link href={`/organizacje/${org.id}`}>{t("back", { name: org.name })}</Link>
      </p>
      <h1 className="mb-4">{t("title")}</h1>
      <p className="mb-8 max-w-2xl">{t("intro", { name: org.name })}</p>
      <InviteForm organizationId={org.id} />
    </>
  );
}
