import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** In place of a unit's comment list when a version has many: the count, linking to the unit's own list. */
export async function UnitCommentsLink({ count, href, citation }: { count: number; href: string; citation: string }) {
  if (count === 0) return null;
  const t = await getTranslations("consultation");
  return (
    <p className="mt-2 max-w-3xl" data-testid="unit-comments-link">
      <Link
        href={href}
        aria-label={t("unitCommentsLinkLabel", { citation, count })}
        className="inline-block min-h-11 py-2"
      >
        <span data-testid="unit-comment-count">{t("unitComments", { count })}</span>
        {` — ${t("unitCommentsLink")}`}
      </Link>
    </p>
  );
}
