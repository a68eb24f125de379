import Link from "next/link";
import { getTranslations } from "next-intl/server";

type Props = {
  count: number;
  href: string;
  citation: string;
  /** Shown instead of the bare count (the whole draft: "Uwagi do całego projektu: 3"). */
  title?: string;
};

/** In place of a unit's comment list when a version has many: the count, linking to the unit's own list. */
export async function UnitCommentsLink({ count, href, citation, title }: Props) {
  if (count === 0) return null;
  const t = await getTranslations("consultation");
  return (
    <p className="mt-2 max-w-3xl" data-testid="unit-comments-link">
      {/* No prefetch: a 1,000-unit act would ask for hundreds of pages while scrolling. */}
      <Link href={href} prefetch={false} className="inline-block min-h-11 py-2">
        {title ?? <span data-testid="unit-comment-count">{t("unitComments", { count })}</span>}
        {` — ${t("unitCommentsLink")}`}
        {/* The visible text is the start of the link's name (WCAG 2.5.3); the unit completes it. */}
        {title ? null : <span className="sr-only">{t("unitCommentsLinkTarget", { citation })}</span>}
      </Link>
    </p>
  );
}
