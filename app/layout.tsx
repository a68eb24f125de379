import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { getCurrentUser } from "@/lib/auth/session";
import { outboxEnabled } from "@/lib/env";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site");
  return {
    title: { default: `${t("name")} — ${t("city")}`, template: `%s — ${t("name")}` },
    description: t("tagline"),
    // Feed discovery: readers find the consultations' Atom feed from any page.
    alternates: { types: { "application/atom+xml": [{ url: "/konsultacje.atom", title: t("name") }] } },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("site");
  const user = await getCurrentUser();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:p-2"
        >
          {t("skipLink")}
        </a>
        {/* No catalogue for the browser here: sections with forms add theirs (ClientWords). */}
        <SiteHeader user={user} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 pt-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter showOutbox={outboxEnabled} />
      </body>
    </html>
  );
}
