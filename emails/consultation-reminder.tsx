import { Button, Heading, Text } from "@react-email/components";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { EmailLayout } from "./layout";
import { buttonStyle, formatDay, type NotificationLinks, unsubscribeFooter } from "./notification-parts";

export type ConsultationReminderProps = {
  locale: Locale;
  title: string;
  /** The last day ("YYYY-MM-DD"); comments are accepted until 23:59:59 Warsaw time. */
  endDate: string;
  /** Days left before the last day: 3 or 1. */
  days: number;
  url: string;
  links?: NotificationLinks;
};

export function consultationReminderSubject(locale: Locale, title: string, days: number) {
  return translatorFor(locale, "notifications.emails.reminder")("subject", { title, days });
}

/** To organisations that follow the topic and have not commented yet: the consultation ends soon. */
export default function ConsultationReminderEmail(props: ConsultationReminderProps) {
  const t = translatorFor(props.locale, "notifications.emails.reminder");
  const tCommon = translatorFor(props.locale, "notifications.emails.common");
  return (
    <EmailLayout
      lang={props.locale}
      preview={t("preview", { title: props.title, days: props.days })}
      footer={tCommon("footer")}
      unsubscribe={unsubscribeFooter(props.locale, props.links)}
    >
      <Heading as="h1" style={{ fontSize: 24 }}>
        {t("heading", { days: props.days })}
      </Heading>
      <Text style={{ fontSize: 16 }}>
        {t("body", { title: props.title, end: formatDay(props.endDate, props.locale) })}
      </Text>
      <Text style={{ fontSize: 16 }}>{t("notYet")}</Text>
      <Button id="consultation-link" href={props.url} style={buttonStyle}>
        {t("button")}
      </Button>
    </EmailLayout>
  );
}

ConsultationReminderEmail.PreviewProps = {
  locale: "pl",
  title: "Program współpracy Miasta Białystok z organizacjami pozarządowymi na rok 2027",
  endDate: "2026-12-14",
  days: 3,
  url: "http://localhost:3000/konsultacje/program-wspolpracy-2027",
  links: {
    unsubscribeUrl: "http://localhost:3000/powiadomienia/wypisz?token=o.abc.def",
    preferencesUrl: "http://localhost:3000/powiadomienia",
  },
} satisfies ConsultationReminderProps;
