import { Button, Heading, Text } from "@react-email/components";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { EmailLayout } from "./layout";
import { buttonStyle, formatDay, type NotificationLinks, unsubscribeFooter } from "./notification-parts";

export type CouncilDeadlineReminderProps = {
  locale: Locale;
  title: string;
  /** The last day ("YYYY-MM-DD") on which the Council may adopt its opinion. */
  deadline: string;
  url: string;
  links?: NotificationLinks;
};

export function councilDeadlineReminderSubject(locale: Locale, title: string, deadline: string) {
  return translatorFor(locale, "notifications.emails.councilReminder")("subject", {
    title,
    date: formatDay(deadline, locale),
  });
}

/** To the Council's members, three days before its deadline, while no opinion is recorded. */
export default function CouncilDeadlineReminderEmail(props: CouncilDeadlineReminderProps) {
  const t = translatorFor(props.locale, "notifications.emails.councilReminder");
  const tCommon = translatorFor(props.locale, "notifications.emails.common");
  const date = formatDay(props.deadline, props.locale);
  return (
    <EmailLayout
      lang={props.locale}
      preview={t("preview", { date })}
      footer={tCommon("footer")}
      unsubscribe={unsubscribeFooter(props.locale, props.links)}
    >
      <Heading as="h1" style={{ fontSize: 24 }}>
        {t("heading")}
      </Heading>
      <Text style={{ fontSize: 16 }}>{t("body", { title: props.title, date })}</Text>
      <Text style={{ fontSize: 16 }}>{t("waiver")}</Text>
      <Button id="council-link" href={props.url} style={buttonStyle}>
        {t("button")}
      </Button>
    </EmailLayout>
  );
}

CouncilDeadlineReminderEmail.PreviewProps = {
  locale: "pl",
  title: "Program współpracy Miasta Białystok z organizacjami pozarządowymi na rok 2027",
  deadline: "2026-12-15",
  url: "http://localhost:3000/rada",
  links: {
    unsubscribeUrl: "http://localhost:3000/powiadomienia/wypisz?token=u.abc.def",
    preferencesUrl: "http://localhost:3000/powiadomienia",
  },
} satisfies CouncilDeadlineReminderProps;
