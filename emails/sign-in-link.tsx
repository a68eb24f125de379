import { Button, Heading, Link, Text } from "@react-email/components";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { EmailLayout } from "./layout";

export type SignInLinkProps = { url: string; minutes: number; locale: Locale };

export function signInLinkSubject(locale: Locale): string {
  return translatorFor(locale, "emails.signIn")("subject");
}

export default function SignInLinkEmail({ url, minutes, locale }: SignInLinkProps) {
  const t = translatorFor(locale, "emails.signIn");
  return (
    <EmailLayout lang={locale} preview={t("preview")} footer={t("footer")}>
      <Heading as="h1" style={{ fontSize: 24 }}>
        {t("heading")}
      </Heading>
      <Text style={{ fontSize: 16 }}>{t("intro", { minutes })}</Text>
      <Button
        id="sign-in-link"
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

SignInLinkEmail.PreviewProps = {
  url: "http://localhost:3000/api/auth/callback/email?token=preview",
  minutes: 30,
  locale: "pl",
} satisfies SignInLinkProps;
