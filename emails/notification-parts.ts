import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import type { UnsubscribeFooter } from "./layout";

/** Where a bulk e-mail's footer points: the one-click unsubscribe and the preferences page. */
export type NotificationLinks = { unsubscribeUrl: string; preferencesUrl: string };

export function unsubscribeFooter(locale: Locale, links: NotificationLinks | undefined): UnsubscribeFooter | undefined {
  if (!links) return undefined;
  const t = translatorFor(locale, "notifications.emails.common");
  return {
    text: t("whyText"),
    unsubscribeUrl: links.unsubscribeUrl,
    unsubscribeLabel: t("unsubscribe"),
    preferencesUrl: links.preferencesUrl,
    preferencesLabel: t("preferences"),
  };
}

/** A calendar date ("YYYY-MM-DD") as words in the message's language: "20 marca 2027". */
export function formatDay(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "pl-PL", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

export const buttonStyle = { backgroundColor: "#00703c", color: "#ffffff", padding: "12px 20px", fontSize: 16 };
