import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientWords } from "@/components/i18n/client-words";
import { ActionButton } from "@/components/organizations/action-button";
import { MembersTable } from "@/components/organizations/members-table";
import { ORG_CLIENT_NAMESPACES } from "@/components/organizations/message-namespaces";
import { OrganizationDetails, VerificationTag } from "@/components/organizations/organization-details";
import { getCurrentUser } from "@/lib/auth/session";
import { leaveOrganizationAction, requestToJoinAction, respondToInvitationAction } from "@/lib/organizations/actions";
import {
  canManageOrganization,
  canSeeOrganization,
  canSeeOrganizationDetails,
  canVerifyOrganizations,
  checkEditOrganization,
  checkLeaveOrganization,
  checkRequestToJoin,
} from "@/lib/organizations/policy";
import { getMembershipContext, getOrganization, listMembers } from "@/lib/organizations/queries";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const org = await getOrganization((await params).id);
  return { title: org?.name ?? (await getTranslations("orgPage"))("title") };
}

const notice = "mb-6 border-l-8 p-4";

/** `?zapisano=` after the edit form: what was saved, as a key of the page's catalogue. */
const savedNotice: Record<string, "saved" | "savedUnchanged" | "savedResubmitted"> = {
  "1": "saved",
  "bez-zmian": "savedUnchanged",
  weryfikacja: "savedResubmitted",
};

export default async function OrganizationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const user = await getCurrentUser();
  const org = await getOrganization(id);
  if (!org) notFound();
  const context = await getMembershipContext(org.id, user?.id ?? null);
  const own = context.membership;
  if (!canSeeOrganization(user, org, own)) notFound();
  const t = await getTranslations("orgPage");
  const manage = canManageOrganization(user, org.id);
  const details = canSeeOrganizationDetails(user, org.id);
  const members = details ? await listMembers(org.id) : [];
  const canLeave = checkLeaveOrganization(user, own, context.activeManagers);
  const invitedEmail = typeof query.zaproszono === "string" ? query.zaproszono : null;
  const edit = user !== null && checkEditOrganization(user, org).ok;
  const saved = edit ? savedNotice[String(query.zapisano)] : undefined;
  const page = (
    <>
      <p className="mb-4">
        <Link href="/organizacje">{t("back")}</Link>
      </p>
      <h1 className="mb-3">{org.name}</h1>
      <p className="mb-6">
        <VerificationTag state={org.verification} />
      </p>
      {saved ? (
        <p role="status" className={`${notice} border-success bg-[#cce2d8]`} data-testid="organization-saved">
          {t(saved)}
        </p>
      ) : null}
      {query.zarejestrowano ? (
        <p role="status" className={`${notice} border-success bg-[#cce2d8]`}>
          {t("registered")}
        </p>
      ) : null}
      {invitedEmail ? (
        <p role="status" className={`${notice} border-success bg-[#cce2d8]`} data-testid="invitation-sent">
          {t("invitationSent", { email: invitedEmail })}
        </p>
      ) : null}
      {org.verification === "PENDING" && details ? (
        <p className={`${notice} border-[#ffdd00] bg-[#fff7bf]`} data-testid="pending-notice">
          {t("pendingNotice")}
        </p>
      ) : null}
      {org.verification === "REJECTED" && details ? (
        <div className={`${notice} border-danger bg-[#f4cdc6]`} data-testid="rejected-notice">
          <p className="mb-2 font-bold">{t("rejectedNotice")}</p>
          <p>{org.rejectionReason}</p>
          {edit ? (
            <p className="mt-3">
              <Link href={`/organizacje/${org.id}/edytuj`} className="font-bold">
                {t("correct")}
              </Link>
            </p>
          ) : null}
        </div>
      ) : null}

      {own?.status === "INVITED" && user ? (
        <section aria-labelledby="invitation-title" className="mb-8 border-4 border-link p-4">
          <h2 id="invitation-title" className="mb-3 text-2xl">
            {t("invitationTitle")}
          </h2>
          <p className="mb-4">{t("invitationBody", { name: org.name })}</p>
          <div className="flex flex-wrap gap-3">
            <ActionButton
              action={respondToInvitationAction}
              payload={{ organizationId: org.id, userId: user.id, accept: true }}
              label={t("acceptInvitation")}
            />
            <ActionButton
              action={respondToInvitationAction}
              payload={{ organizationId: org.id, userId: user.id, accept: false }}
              label={t("declineInvitation")}
              variant="secondary"
              redirectTo="/organizacje"
            />
          </div>
        </section>
      ) : null}
      {own?.status === "REQUESTED" ? (
        <p className={`${notice} border-link bg-surface`} data-testid="request-pending">
          {t("requestPending")}
        </p>
      ) : null}
      {own?.status === "ACTIVE" ? (
        <p className="mb-6" data-testid="own-membership">
          {own.role === "MANAGER" ? t("youManage") : t("youAreMember")}
        </p>
      ) : null}

      <OrganizationDetails org={org} withContact={details} />

      {user && checkRequestToJoin(user, org, own).ok ? (
        <section aria-labelledby="join-title" className="mb-8">
          <h2 id="join-title" className="mb-3 text-2xl">
            {t("joinTitle")}
          </h2>
          <p className="mb-4 max-w-2xl">{t("joinIntro")}</p>
          <ActionButton action={requestToJoinAction} payload={{ organizationId: org.id }} label={t("join")} />
        </section>
      ) : null}
      {!user && org.verification === "VERIFIED" ? (
        <p className="mb-8">
          <Link href={`/logowanie?callbackUrl=/organizacje/${org.id}`}>{t("signInToJoin")}</Link>
        </p>
      ) : null}

      {details && user ? (
        <MembersTable organizationId={org.id} members={members} manage={manage} actorId={user.id} />
      ) : null}
      {manage && org.verification !== "REJECTED" ? (
        <p className="mb-4">
          <Link href={`/organizacje/${org.id}/zapros`} className="font-bold">
            {t("invite")}
          </Link>
        </p>
      ) : null}
      {edit && org.verification !== "REJECTED" ? (
        <p className="mb-10">
          <Link href={`/organizacje/${org.id}/edytuj`}>{t("edit")}</Link>
        </p>
      ) : null}
      {canVerifyOrganizations(user) ? (
        <p className="mb-10">
          <Link href={`/admin/organizacje/${org.id}`}>{t("openVerification")}</Link>
        </p>
      ) : null}

      {own?.status === "ACTIVE" ? (
        <section aria-labelledby="leave-title" className="mt-12 border-t border-line pt-6">
          <h2 id="leave-title" className="mb-3 text-2xl">
            {t("leaveTitle")}
          </h2>
          {canLeave.ok ? (
            <>
              <p className="mb-4 max-w-2xl">{t("leaveIntro")}</p>
              <ActionButton
                action={leaveOrganizationAction}
                payload={{ organizationId: org.id }}
                label={t("leave")}
                variant="warning"
                redirectTo="/organizacje?opuszczono=1"
              />
            </>
          ) : (
            <p className="max-w-2xl" data-testid="last-manager">
              {t("lastManager")}
            </p>
          )}
        </section>
      ) : null}
    </>
  );
  // The buttons (join, leave, invitations, members) are there only for signed-in people.
  return user ? <ClientWords namespaces={ORG_CLIENT_NAMESPACES}>{page}</ClientWords> : page;
}
