import { Button, Heading, Link, Text } from "@react-email/components";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { EmailLayout } from "./layout";

export type OrganizationInvitationProps = {
  locale: Locale;
  organizationName: string;
  inviterName: string;
  url: string;
};

export function organizationInvitationSubject(locale: Locale, name: string) {
  return translatorFor(locale, "orgEmails.invitation")("subject", { name });
}

/** An invitation to join an organisation; the link signs the person in and opens the organisation. */
export default function OrganizationInvitationEmail({
  locale,
  organizationName,
  inviterName,
  url,
}: OrganizationInvitationProps) {
  const t = translatorFor(locale, "orgEmails.invitation");
  return (
    <EmailLayout lang={locale} preview={t("preview", { name: organizationName })} footer={t("footer")}>
      <Heading as="h1" style={{ fontSize: 24 }}>
        {t("heading", { name: organizationName })}
      </Heading>
      <Text style={{ fontSize: 16 }}>{t("intro", { inviter: inviterName, name: organizationName })}</Text>
      <Button
        id="invitation-link"
        href={url}
        style={{ backgroundColor: "#00703c", color: "#ffffff", padding: "12px 20px", fontSize: 16 }}
      >
        {t("button")}
      </Button>
      <Text style={{ fontSize: 14 }}>{t("fallback")}</Text>
      <Link href={url} style={{ fontSize: 14, wordBreak: "break-all" }}>
        {url}
      </Link>
      <Text style={{ fontSize: 14 }}>{t("ignore")}</Text>
    </EmailLayout>
  );
}

OrganizationInvitationEmail.PreviewProps = {
  locale: "pl",
  organizationName: "Stowarzyszenie Zielone Podlasie",
  inviterName: "Anna Kowalczyk",
  url: "http://localhost:3000/logowanie?callbackUrl=%2Forganizacje%2Forg-zielone-podlasie",
} satisfies OrganizationInvitationProps;
