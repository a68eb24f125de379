import Link from "next/link";

type Props = {
  count: number;
  href: string;
  /** The words, translated once by the page ("consultation" catalogue), not once per unit. */
  labels: {
    /** "zobacz". */
    link: string;
    /** "20 uwag"; not needed with a `title`. */
    count?: string;
    /** For screen readers after the visible text: " (uwagi do: § 10)"; not needed with a `title`. */
    target?: string;
  };
  /** Shown instead of the bare count (the whole draft: "Uwagi do całego projektu: 3"). */
  title?: string;
};

/**
 * In place of a unit's comment list when a version has many: the count, linking to the unit's
 * own list. Synchronous on purpose: rendered for each of up to a thousand units, an async
 * component would be streamed as a thousand separate parts of the page.
 */
export function UnitCommentsLink({ count, href, labels, title }: Props) {
  if (count === 0) return null;
  return (
    <p className="mt-2 max-w-3xl" data-testid="unit-comments-link">
      {/* No prefetch: a 1,000-unit act would ask for hundreds of pages while scrolling. */}
      <Link href={href} prefetch={false} className="inline-block min-h-11 py-2">
        {title ?? <span data-testid="unit-comment-count">{labels.count}</span>}
        {` — ${labels.link}`}
        {/* The visible text is the start of the link's name (WCAG 2.5.3); the unit completes it. */}
        {title ? null : <span className="sr-only">{labels.target}</span>}
      </Link>
    </p>
  );
}
