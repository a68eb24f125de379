import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous/next links for a server-paged list (`strona=N` added to the address); nothing when there is one page. */
export async function Pager({ basePath, page, pageCount }: { basePath: string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("myComments.pager");
  const href = (n: number) => (n === 1 ? basePath : `${basePath}${basePath.includes("?") ? "&" : "?"}strona=${n}`);
  return (
    <nav aria-label={t("label")} className="mt-8 flex flex-wrap items-center gap-6">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {t("previous")}
        </Link>
      ) : null}
      <span aria-current="page">{t("pageOf", { page, count: pageCount })}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
