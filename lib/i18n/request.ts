import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { TIME_ZONE } from "@/lib/time/warsaw";
import { catalogues } from "./catalogues";
import { LOCALE_COOKIE, type Locale, localeFromCookie } from "./config";

/**
 * Polish unless the person chose English with the language switch (remembered in a
 * cookie and, when signed in, on their account). The browser's preference is not
 * used: a city service answers in Polish first.
 */
export async function resolveLocale(): Promise<Locale> {
  return localeFromCookie((await cookies()).get(LOCALE_COOKIE)?.value);
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return {
    locale,
    timeZone: TIME_ZONE,
    messages: catalogues[locale],
  };
});
