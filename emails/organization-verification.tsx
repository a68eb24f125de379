import { Button, Heading, Text } from "@react-email/components";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { EmailLayout } from "./layout";

export type OrganizationVerificationProps = {
  locale: Locale;
  organizationName: string;
  decision: "VERIFIED" | "REJECTED";
  reason: string | null;
  url: string;
};

export function organizationVerificationSubject(locale: Locale, decision: "VERIFIED" | "REJECTED", name: string) {
  return translatorFor(locale, "orgEmails.verification")(
    decision === "VERIFIED" ? "subjectVerified" : "subjectRejected",
    {
      name,
    },
  );
}

/** CWOP's decision on a registered organisation, to its contact address and its managers. */
export default function OrganizationVerificationEmail({
  locale,
  organizationName,
  decision,
  reason,
  url,
}: OrganizationVerificationProps) {
  const t = translatorFor(locale, "orgEmails.verification");
  const verified = decision === "VERIFIED";
  return (
    <EmailLayout lang={locale} preview={t(verified ? "previewVerified" : "previewRejected")} footer={t("footer")}>
      <Heading as="h1" style={{ fontSize: 24 }}>
        {t(verified ? "headingVerified" : "headingRejected", { name: organizationName })}
      </Heading>
      <Text style={{ fontSize: 16 }}>{t(verified ? "bodyVerified" : "bodyRejected")}</Text>
      {reason ? (
        <Text id="rejection-reason" style={{ fontSize: 16, borderLeft: "4px solid #b1b4b6", paddingLeft: 12 }}>
          {reason}
        </Text>
      ) : null}
      <Button
        id="organization-link"
        href={url}
        style={{ backgroundColor: "#00703c", color: "#ffffff", padding: "12px 20px", fontSize: 16 }}
      >
        {t("button")}
      </Button>
    </EmailLayout>
  );
}

OrganizationVerificationEmail.PreviewProps = {
  locale: "pl",
  organizationName: "Stowarzyszenie Zielone Podlasie",
  decision: "REJECTED",
  reason: "Numer KRS nie odpowiada nazwie organizacji.",
  url: "http://localhost:3000/organizacje/org-zielone-podlasie",
} satisfies OrganizationVerificationProps;
