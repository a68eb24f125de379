import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Markdown from "react-markdown";
import { getCurrentUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { canEditSitePage } from "@/lib/site/policy";
import { getSitePage } from "@/lib/site/queries";
import type { SitePageSlug } from "@/lib/site/schema";

/** An editable public page: Markdown rendered on the server, raw HTML never allowed. */
export async function SitePageView({ slug }: { slug: SitePageSlug }) {
  const locale = (await getLocale()) as Locale;
  const [page, user] = await Promise.all([getSitePage(slug, locale), getCurrentUser()]);
  if (!page) notFound();
  const t = await getTranslations("about");
  const format = await getFormatter();
  return (
    <article className="prose-page">
      <h1 className="mb-6">{page.title}</h1>
      <Markdown skipHtml>{page.body}</Markdown>
      <p className="mt-10 text-base text-muted">
        {t("updated", { date: format.dateTime(page.updatedAt, { dateStyle: "long" }) })}
      </p>
      {canEditSitePage(user) ? (
        <p className="no-print mt-4">
          <Link href={`/strony/${slug}/edytuj?jezyk=${locale}`}>{t("edit")}</Link>
        </p>
      ) : null}
    </article>
  );
}
