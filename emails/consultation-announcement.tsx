import { Button, Heading, Link, Text } from "@react-email/components";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { EmailLayout } from "./layout";
import { buttonStyle, formatDay, type NotificationLinks, unsubscribeFooter } from "./notification-parts";

export type ConsultationAnnouncementProps = {
  locale: Locale;
  title: string;
  ownerUnitName: string;
  /** First and last day ("YYYY-MM-DD", Warsaw calendar). */
  startDate: string;
  endDate: string;
  url: string;
  /** For Council members: the last day of the Council's opinion. */
  councilDeadline: string | null;
  links?: NotificationLinks;
};

export function consultationAnnouncementSubject(locale: Locale, title: string) {
  return translatorFor(locale, "notifications.emails.announcement")("subject", { title });
}

/** To subscribed organisations and people, and to the Council: a draft is open for comments. */
export default function ConsultationAnnouncementEmail(props: ConsultationAnnouncementProps) {
  const t = translatorFor(props.locale, "notifications.emails.announcement");
  const tCommon = translatorFor(props.locale, "notifications.emails.common");
  return (
    <EmailLayout
      lang={props.locale}
      preview={t("preview", { title: props.title })}
      footer={tCommon("footer")}
      unsubscribe={unsubscribeFooter(props.locale, props.links)}
    >
      <Heading as="h1" style={{ fontSize: 24 }}>
        {t("heading")}
      </Heading>
      <Text style={{ fontSize: 16 }}>{t("body", { unit: props.ownerUnitName, title: props.title })}</Text>
      <Text id="consultation-period" style={{ fontSize: 16 }}>
        {t("period", { start: formatDay(props.startDate, props.locale), end: formatDay(props.endDate, props.locale) })}
      </Text>
      {props.councilDeadline ? (
        <Text id="council-deadline" style={{ fontSize: 16 }}>
          {t("council", { date: formatDay(props.councilDeadline, props.locale) })}
        </Text>
      ) : null}
      <Button id="consultation-link" href={props.url} style={buttonStyle}>
        {t("button")}
      </Button>
      <Text style={{ fontSize: 14 }}>
        <Link href={props.url} style={{ wordBreak: "break-all" }}>
          {props.url}
        </Link>
      </Text>
    </EmailLayout>
  );
}

ConsultationAnnouncementEmail.PreviewProps = {
  locale: "pl",
  title: "Program współpracy Miasta Białystok z organizacjami pozarządowymi na rok 2027",
  ownerUnitName: "Centrum Współpracy Organizacji Pozarządowych",
  startDate: "2026-12-01",
  endDate: "2026-12-14",
  url: "http://localhost:3000/konsultacje/program-wspolpracy-2027",
  councilDeadline: "2026-12-15",
  links: {
    unsubscribeUrl: "http://localhost:3000/powiadomienia/wypisz?token=o.abc.def",
    preferencesUrl: "http://localhost:3000/powiadomienia",
  },
} satisfies ConsultationAnnouncementProps;
