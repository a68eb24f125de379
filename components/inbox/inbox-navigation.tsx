import clsx from "clsx";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { type InboxQuery, type InboxView, inboxHref } from "@/lib/responses/filters";

/** The views of the inbox (list, by unit, groups) as links that keep the filters. */
export async function InboxViews({
  basePath,
  query,
  views,
}: {
  basePath: string;
  query: InboxQuery;
  views: readonly InboxView[];
}) {
  const t = await getTranslations("inbox.views");
  return (
    <nav aria-label={t("label")} className="mb-6">
      <ul className="flex list-none flex-wrap gap-x-6 gap-y-2">
        {views.map((view) => {
          const current = view === query.view;
          return (
            <li key={view}>
              <Link
                href={inboxHref(basePath, query, { view, page: 1 })}
                aria-current={current ? "page" : undefined}
                className={clsx(current && "font-bold no-underline")}
              >
                {t(view)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** Previous/next links for a server-paged view; the filters stay in the address. */
export async function InboxPager({
  basePath,
  query,
  page,
  pageCount,
}: {
  basePath: string;
  query: InboxQuery;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("inbox.pager");
  return (
    <nav aria-label={t("label")} className="mt-8 flex flex-wrap items-center gap-6">
      {page > 1 ? (
        <Link href={inboxHref(basePath, query, { page: page - 1 })} rel="prev">
          {t("previous")}
        </Link>
      ) : null}
      <span aria-current="page">{t("pageOf", { page, count: pageCount })}</span>
      {page < pageCount ? (
        <Link href={inboxHref(basePath, query, { page: page + 1 })} rel="next">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
