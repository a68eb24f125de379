import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConsultationForm } from "@/components/panel/consultation-form";
import { loadFormRules } from "@/components/panel/form-rules";
import { Forbidden } from "@/components/ui/forbidden";
import { getCurrentUser } from "@/lib/auth/session";
import { canCreateConsultation, canSeeAllConsultations } from "@/lib/consultations/policy";
import { listOwnerUnits } from "@/lib/consultations/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consultationForm"))("newTitle") };
}

export default async function NewConsultationPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/logowanie?callbackUrl=/panel/konsultacje/nowa");
  if (!canCreateConsultation(user)) return <Forbidden />;
  const [units, { settings, rules }, t] = await Promise.all([
    listOwnerUnits(canSeeAllConsultations(user) ? { all: true } : { unitIds: user.clerkUnitIds }),
    loadFormRules(),
    getTranslations("consultationForm"),
  ]);
  return (
    <>
      <h1 className="mb-4">{t("newTitle")}</h1>
      <p className="mb-8 max-w-2xl">{t("newIntro")}</p>
      <ConsultationForm
        units={units}
        rules={rules}
        initial={{
          title: "",
          subject: "",
          purpose: "",
          legalBasis: settings.consultationLegalBasis,
          actType: "UCHWALA",
          ownerUnitId: units.length === 1 ? (units[0]?.id ?? "") : "",
          contactName: user.name ?? "",
          contactEmail: user.email,
          contactPhone: "",
          forms: ["ONLINE"],
          meetingAt: "",
          meetingPlace: "",
          whoMayComment: "ORGANIZATIONS",
          justificationRequired: settings.justificationRequiredByDefault,
          startDate: "",
          endDate: "",
          councilOpinionDeadline: "",
          receiptCode: "",
        }}
      />
    </>
  );
}
