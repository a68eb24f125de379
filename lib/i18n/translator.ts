import { createTranslator } from "next-intl";
import type { Locale } from "./config";
import en from "./messages/en.json";
import pl from "./messages/pl.json";

export const catalogues = { pl, en } as const;

/** A translator for places outside a request (e-mails, jobs, reports). */
export function translatorFor(locale: Locale, namespace: string) {
  return createTranslator({ locale, messages: catalogues[locale], namespace: namespace as never }) as unknown as (
    key: string,
    values?: Record<string, string | number | Date>,
  ) => string;
}
