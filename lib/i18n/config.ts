export const locales = ["pl", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "pl";
export const LOCALE_COOKIE = "NEXT_LOCALE";
/**
 * The language of what the city publishes and people write (acts, comments, answers, reports): Polish
 * whatever the interface's language, marked with lang on its elements so that screen readers
 * pronounce it as Polish on English pages (WCAG 3.1.2).
 */
export const CONTENT_LANG = "pl";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The language of the language switch's cookie: Polish unless it names another language we have. */
export function localeFromCookie(value: string | undefined): Locale {
  return isLocale(value) ? value : defaultLocale;
}
