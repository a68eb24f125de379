import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";

/** An editable page in the requested language, falling back to Polish. */
export async function getSitePage(slug: string, locale: Locale) {
  const pages = await db.sitePage.findMany({ where: { slug, locale: { in: [locale, "pl"] } } });
  return pages.find((p) => p.locale === locale) ?? pages.find((p) => p.locale === "pl") ?? null;
}
