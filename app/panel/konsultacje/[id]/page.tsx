import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConsultationAdminSummary } from "@/components/panel/consultation-admin-summary";
import { ConsultationPublication } from "@/components/panel/consultation-publication";
import { Forbidden } from "@/components/ui/forbidden";
import { isAdmin } from "@/lib/auth/actor";
import { getCurrentUser } from "@/lib/auth/session";
import {
  canEditConsultationDetails,
  canManageConsultation,
  canPublishConsultation,
  canUnpublishConsultation,
} from "@/lib/consultations/policy";
import { getConsultationForPanel } from "@/lib/consultations/queries";
import { canSeeDraftReport } from "@/lib/reports/policy";
import { getSettings } from "@/lib/settings/queries";
import { now } from "@/lib/time/clock";
import { countUnitClerks } from "@/lib/units/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consultationAdmin"))("overviewCaption") };
}

const NOTICES = {
  utworzono: "created",
  zapisano: "saved",
  opublikowano: "published",
  wycofano: "unpublished",
} as const;

export default async function ConsultationAdminPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/logowanie?callbackUrl=/panel/konsultacje/${encodeURIComponent(id)}`);
  const consultation = await getConsultationForPanel(id, now());
  if (!consultation) notFound();
  if (!canManageConsultation(user, consultation)) return <Forbidden />;
  const [settings, t, tStatus, query, ownerClerks] = await Promise.all([
    getSettings(),
    getTranslations("consultationAdmin"),
    getTranslations("status"),
    searchParams,
    countUnitClerks(consultation.ownerUnitId),
  ]);
  const notice = Object.entries(NOTICES).find(([param]) => query[param])?.[1];
  return (
    <>
      <p className="mb-4">
        <Link href="/panel">{t("back")}</Link>
      </p>
      {notice ? (
        <p role="status" className="mb-6 max-w-3xl border-l-8 border-success bg-[#cce2d8] p-4">
          {t(notice)}
        </p>
      ) : null}
      <p className="mb-1 text-muted">{t("overviewCaption")}</p>
      <h1 className="mb-4">{consultation.title}</h1>
      <p className="mb-8">
        <span className="sr-only">{t("statusLabel")}: </span>
        <strong className="inline-block bg-surface px-2 py-1" data-testid="consultation-status">
          {tStatus(consultation.status)}
        </strong>
      </p>
      <p className="mb-8">
        <Link href={`/panel/konsultacje/${consultation.id}/uwagi`}>
          {(await getTranslations("commentModeration"))("link")}
        </Link>
      </p>
      {canSeeDraftReport(user, consultation) ? (
        <p className="mb-8">
          <Link href={`/panel/konsultacje/${consultation.id}/sprawozdanie`}>
            {(await getTranslations("reports"))("panelLink")}
          </Link>
        </p>
      ) : null}
      {ownerClerks === 0 ? (
        // Only the owner unit's clerks answer comments (and the report needs every answer).
        <p className="mb-8 max-w-3xl border-l-8 border-[#ffdd00] bg-[#fff7bf] p-4" data-testid="no-owner-clerks">
          {t("noOwnerClerks", { unit: consultation.ownerUnit.name })}{" "}
          {isAdmin(user) ? <Link href={`/admin/komorki/${consultation.ownerUnitId}`}>{t("addClerk")}</Link> : null}
        </p>
      ) : null}
      <ConsultationPublication
        consultation={consultation}
        mayPublish={canPublishConsultation(user, consultation)}
        mayUnpublish={canUnpublishConsultation(user, consultation)}
      />
      <ConsultationAdminSummary
        consultation={consultation}
        editable={canEditConsultationDetails(user, consultation)}
        councilDays={settings.councilOpinionDays}
      />
    </>
  );
}
