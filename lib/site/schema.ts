import { z } from "zod";
import { locales } from "@/lib/i18n/config";

/** The public pages an administrator can edit, by their URL. */
export const sitePageSlugs = ["o-centrum", "deklaracja-dostepnosci", "ochrona-danych"] as const;
export type SitePageSlug = (typeof sitePageSlugs)[number];

export const sitePageSchema = z.object({
  slug: z.enum(sitePageSlugs),
  locale: z.enum(locales),
  title: z.string().trim().min(1, { error: "page.title" }).max(200, { error: "page.title" }),
  body: z.string().trim().min(1, { error: "page.body" }).max(50_000, { error: "page.body" }),
});
export type SitePageInput = z.infer<typeof sitePageSchema>;
