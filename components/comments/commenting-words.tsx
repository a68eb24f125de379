"use client";

import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import en from "@/lib/i18n/messages/en/commenting.json";
import enCore from "@/lib/i18n/messages/en/core.json";
import pl from "@/lib/i18n/messages/pl/commenting.json";
import plCore from "@/lib/i18n/messages/pl/core.json";
import { TIME_ZONE } from "@/lib/time/warsaw";

/** The namespaces the comment islands use: their own, and the fields' shared words (`form`). */
export const WORDS = {
  pl: { commenting: pl.commenting, form: plCore.form },
  en: { commenting: en.commenting, form: enCore.form },
} as const;

/**
 * The comment islands carry their own words (the `commenting` and `form` namespaces of both catalogues)
 * in the chunks that use them, which load when someone opens a panel or has a comment to
 * withdraw: the reading page sends a reader no catalogue and no next-intl runtime.
 */
export function CommentingWords({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} timeZone={TIME_ZONE} messages={WORDS[locale]}>
      {children}
    </NextIntlClientProvider>
  );
}
