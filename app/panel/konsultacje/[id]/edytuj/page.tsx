import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConsultationForm } from "@/components/panel/consultation-form";
import { loadFormRules } from "@/components/panel/form-rules";
import { PublishedConsultationForm } from "@/components/panel/published-consultation-form";
import { Forbidden } from "@/components/ui/forbidden";
import { getCurrentUser } from "@/lib/auth/session";
import { consultationFormValues, isoDateOf } from "@/lib/consultations/form-values";
import {
  canEditConsultationDetails,
  canExtendConsultation,
  canSeeAllConsultations,
  detailsEditScope,
} from "@/lib/consultations/policy";
import { getConsultationForPanel, listOwnerUnits } from "@/lib/consultations/queries";
import { now } from "@/lib/time/clock";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consultationForm"))("editTitle") };
}

export default async function EditConsultationPage({ params }: Props) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/logowanie?callbackUrl=/panel/konsultacje/${encodeURIComponent(id)}/edytuj`);
  const consultation = await getConsultationForPanel(id, now());
  if (!consultation) notFound();
  if (!canEditConsultationDetails(user, consultation)) return <Forbidden />;
  const [{ rules }, t, tAdmin] = await Promise.all([
    loadFormRules(),
    getTranslations("consultationForm"),
    getTranslations("consultationAdmin"),
  ]);
  const full = detailsEditScope(consultation.status) === "full";
  const units = full
    ? await listOwnerUnits(canSeeAllConsultations(user) ? { all: true } : { unitIds: user.clerkUnitIds })
    : [];
  return (
    <>
      <p className="mb-4">
        <Link href={`/panel/konsultacje/${consultation.id}`}>{consultation.title}</Link>
      </p>
      <p className="mb-1 text-muted">{tAdmin("overviewCaption")}</p>
      <h1 className="mb-4">{t("editTitle")}</h1>
      {full ? (
        <ConsultationForm
          consultationId={consultation.id}
          units={units}
          rules={rules}
          initial={consultationFormValues(consultation)}
        />
      ) : (
        <>
          <p className="mb-8 max-w-2xl">{t("editPublishedIntro")}</p>
          <PublishedConsultationForm
            consultationId={consultation.id}
            mayExtend={canExtendConsultation(user, consultation)}
            endDateHint={t("endDateHint", { minDays: rules.minDays })}
            initial={{
              title: consultation.title,
              legalBasis: consultation.legalBasis ?? "",
              contactName: consultation.contactName,
              contactEmail: consultation.contactEmail,
              contactPhone: consultation.contactPhone ?? "",
              endDate: isoDateOf(consultation.endDate),
            }}
          />
        </>
      )}
    </>
  );
}
