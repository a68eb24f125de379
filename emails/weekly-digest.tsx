import { Heading, Link, Section, Text } from "@react-email/components";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { EmailLayout } from "./layout";
import { formatDay, type NotificationLinks, unsubscribeFooter } from "./notification-parts";

export type DigestItem = { title: string; ownerUnitName: string; startDate: string; endDate: string; url: string };

export type WeeklyDigestProps = {
  locale: Locale;
  /** The Monday the week began ("YYYY-MM-DD"). */
  weekStart: string;
  items: readonly DigestItem[];
  links?: NotificationLinks;
};

export function weeklyDigestSubject(locale: Locale, count: number) {
  return translatorFor(locale, "notifications.emails.digest")("subject", { count });
}

/** Monday morning, to weekly subscribers: the consultations published in the previous week on their topics. */
export default function WeeklyDigestEmail(props: WeeklyDigestProps) {
  const t = translatorFor(props.locale, "notifications.emails.digest");
  const tCommon = translatorFor(props.locale, "notifications.emails.common");
  return (
    <EmailLayout
      lang={props.locale}
      preview={t("preview", { count: props.items.length })}
      footer={tCommon("footer")}
      unsubscribe={unsubscribeFooter(props.locale, props.links)}
    >
      <Heading as="h1" style={{ fontSize: 24 }}>
        {t("heading", { date: formatDay(props.weekStart, props.locale) })}
      </Heading>
      {props.items.map((item) => (
        <Section key={item.url} className="digest-item" style={{ marginBottom: 16 }}>
          <Text style={{ fontSize: 16, fontWeight: "bold", margin: 0 }}>
            <Link href={item.url}>{item.title}</Link>
          </Text>
          <Text style={{ fontSize: 16, margin: 0 }}>
            {t("item", {
              unit: item.ownerUnitName,
              start: formatDay(item.startDate, props.locale),
              end: formatDay(item.endDate, props.locale),
            })}
          </Text>
        </Section>
      ))}
    </EmailLayout>
  );
}

WeeklyDigestEmail.PreviewProps = {
  locale: "pl",
  weekStart: "2026-11-23",
  items: [
    {
      title: "Program współpracy Miasta Białystok z organizacjami pozarządowymi na rok 2027",
      ownerUnitName: "Centrum Współpracy Organizacji Pozarządowych",
      startDate: "2026-11-25",
      endDate: "2026-12-08",
      url: "http://localhost:3000/konsultacje/program-wspolpracy-2027",
    },
  ],
  links: {
    unsubscribeUrl: "http://localhost:3000/powiadomienia/wypisz?token=o.abc.def",
    preferencesUrl: "http://localhost:3000/powiadomienia",
  },
} satisfies WeeklyDigestProps;
