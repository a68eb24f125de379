import { Button, Heading, Text } from "@react-email/components";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { EmailLayout } from "./layout";
import { type NotificationLinks, unsubscribeFooter } from "./notification-parts";

export type ReportPublishedProps = {
  locale: Locale;
  consultationTitle: string;
  commentCount: number;
  url: string;
  /** A bulk e-mail: the one-click unsubscribe and the preferences page. */
  links?: NotificationLinks;
};

export function reportPublishedSubject(locale: Locale, title: string) {
  return translatorFor(locale, "reportEmails.published")("subject", { title });
}

/** To everyone who commented: the report is out, with the answers to their comments. */
export default function ReportPublishedEmail({
  locale,
  consultationTitle,
  commentCount,
  url,
  links,
}: ReportPublishedProps) {
  const t = translatorFor(locale, "reportEmails.published");
  return (
    <EmailLayout
      lang={locale}
      preview={t("preview", { title: consultationTitle })}
      footer={t("footer")}
      unsubscribe={unsubscribeFooter(locale, links)}
    >
      <Heading as="h1" style={{ fontSize: 24 }}>
        {t("heading")}
      </Heading>
      <Text style={{ fontSize: 16 }}>{t("body", { title: consultationTitle, count: commentCount })}</Text>
      <Button
        id="report-link"
        href={url}
        style={{ backgroundColor: "#00703c", color: "#ffffff", padding: "12px 20px", fontSize: 16 }}
      >
        {t("button")}
      </Button>
    </EmailLayout>
  );
}

ReportPublishedEmail.PreviewProps = {
  locale: "pl",
  consultationTitle: "Program współpracy Miasta Białystok z organizacjami pozarządowymi na rok 2027",
  commentCount: 2,
  url: "http://localhost:3000/konsultacje/program-wspolpracy-2027/sprawozdanie",
} satisfies ReportPublishedProps;
