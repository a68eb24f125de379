import Link from "next/link";
import { getTranslations } from "next-intl/server";

type Props = { basePath: string; query: string; page: number; pageSize: number; total: number };

/** Previous/next links that keep the search; the page number lives in the address (?strona=). */
export async function Pager({ basePath, query, page, pageSize, total }: Props) {
  const t = await getTranslations("orgPager");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (n: number) => {
    const params = new URLSearchParams();
    if (query) params.set("q", query);
    if (n > 1) params.set("strona", String(n));
    const s = params.toString();
    return s ? `${basePath}?${s}` : basePath;
  };
  return (
    <nav aria-label={t("label")} className="mt-6 flex flex-wrap items-center gap-6">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {t("previous")}
        </Link>
      ) : null}
      <span>{t("status", { page, pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}

/** A GET search box: works without JavaScript and keeps the query in the address. */
export async function SearchBox({ id, label, value }: { id: string; label: string; value: string }) {
  const t = await getTranslations("orgPager");
  return (
    <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor={id} className="mb-1 block font-bold">
          {label}
        </label>
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={value}
          className="block w-80 max-w-full border-2 border-ink px-2 py-1.5 text-lg"
        />
      </div>
      <button
        type="submit"
        className="min-h-11 cursor-pointer bg-surface px-4 text-lg shadow-[0_2px_0_#929191] focus-visible:bg-focus"
      >
        {t("search")}
      </button>
    </form>
  );
}
