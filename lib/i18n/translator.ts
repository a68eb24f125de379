import { createTranslator } from "next-intl";
import { catalogues } from "./catalogues";
import type { Locale } from "./config";

/** A translator for places outside a request (e-mails, jobs, reports). */
export function translatorFor(locale: Locale, namespace: string) {
  return createTranslator({ locale, messages: catalogues[locale], namespace: namespace as never }) as unknown as (
    key: string,
    values?: Record<string, string | number | Date>,
  ) => string;
}
