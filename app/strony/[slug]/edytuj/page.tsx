import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SitePageForm } from "@/components/site/site-page-form";
import { Forbidden } from "@/components/ui/forbidden";
import { getCurrentUser } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { canEditSitePage } from "@/lib/site/policy";
import { getSitePage } from "@/lib/site/queries";
import { sitePageSlugs } from "@/lib/site/schema";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ jezyk?: string }> };

export default async function EditSitePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { jezyk } = await searchParams;
  const page = sitePageSlugs.find((s) => s === slug);
  if (!page) notFound();
  const user = await getCurrentUser();
  if (!user) redirect(`/logowanie?callbackUrl=/strony/${page}/edytuj`);
  if (!canEditSitePage(user)) return <Forbidden />;
  const locale = isLocale(jezyk) ? jezyk : "pl";
  const existing = await getSitePage(page, locale);
  const t = await getTranslations("about");
  return (
    <>
      <h1 className="mb-2">{t("editTitle")}</h1>
      <p className="mb-8 text-muted">{t("language", { language: locale.toUpperCase() })}</p>
      <SitePageForm
        initial={{
          slug: page,
          locale,
          title: existing?.locale === locale ? existing.title : "",
          body: existing?.locale === locale ? existing.body : "",
        }}
      />
    </>
  );
}
