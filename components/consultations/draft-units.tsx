import clsx from "clsx";
import { getTranslations } from "next-intl/server";
import { CommentList, type ListedComment } from "@/components/comments/comment-list";
import { CommentTrigger } from "@/components/comments/comment-trigger";
import type { CommentingContext } from "@/components/comments/types";
import { UnitCommentsLink } from "@/components/comments/unit-comments-link";
import type { ConsultationForReading } from "@/lib/consultations/queries";
import { CONTENT_LANG } from "@/lib/i18n/config";

type Unit = ConsultationForReading["provisions"][number];

const headingKinds = new Set(["CHAPTER", "ATTACHMENT", "JUSTIFICATION"]);

type Props = {
  units: readonly Unit[];
  /** Public comments by unit id, or (past the page's limit) their counts and where each unit's list is. */
  comments:
    | ReadonlyMap<string, ListedComment[]>
    | { counts: ReadonlyMap<string | null, number>; href: (anchor: string) => string };
  /** Null: comments are not accepted on this page (closed, or an older version). */
  commenting: CommentingContext | null;
};

/**
 * The draft unit by unit: each with its anchor, its citation as a deep link, its public
 * comments collapsed below it and, while the consultation is open, "Zgłoś uwagę".
 */
export async function DraftUnits({ units, comments, commenting }: Props) {
  const t = await getTranslations("consultation");
  const tc = await getTranslations("commenting");
  const count = (id: string) => ("counts" in comments ? (comments.counts.get(id) ?? 0) : 0);
  const listed = (id: string) => ("counts" in comments ? [] : (comments.get(id) ?? []));
  return (
    <ol className="list-none space-y-1" data-testid="draft-units">
      {units.map((unit) => {
        const mark = unit.marker;
        const heading = headingKinds.has(unit.kind);
        const unitRef = { provisionId: unit.id, anchor: unit.anchor, citation: unit.citation, text: unit.text };
        return (
          <li
            key={unit.id}
            id={unit.anchor}
            data-citation={unit.citation}
            data-kind={unit.kind}
            className={clsx("group py-1", heading && "pt-6", unit.kind === "TITLE" && "text-center font-bold")}
            style={{ marginLeft: `${Math.min(unit.depth, 6) * 1.25}rem` }}
          >
            {heading ? (
              <h3 className="text-xl" lang={CONTENT_LANG}>
                <span className="block">{unit.marker ?? unit.label}</span>
                {unit.text ? <span className="block font-normal">{unit.text}</span> : null}
              </h3>
            ) : (
              <p className="unit-text" lang={CONTENT_LANG}>
                {mark ? <span className="mr-2 font-bold">{mark}</span> : null}
                {unit.text}
              </p>
            )}
            <p className="unit-meta">
              <a
                href={`#${unit.anchor}`}
                className="text-muted"
                aria-label={t("linkToUnit", { citation: unit.citation })}
              >
                <span data-testid="unit-citation">{unit.citation}</span>
              </a>
            </p>
            {commenting?.newComments ? (
              <div className="mt-1">
                <CommentTrigger
                  context={commenting}
                  unit={unitRef}
                  label={tc("open")}
                  accessibleLabel={tc("openLabel", { citation: unit.citation })}
                  className="no-print"
                />
              </div>
            ) : null}
            {"counts" in comments ? (
              <UnitCommentsLink
                count={count(unit.id)}
                href={comments.href(unit.anchor)}
                labels={{
                  count: t("unitComments", { count: count(unit.id) }),
                  link: t("unitCommentsLink"),
                  target: t("unitCommentsLinkTarget", { citation: unit.citation }),
                }}
              />
            ) : listed(unit.id).length > 0 ? (
              // Only where there are comments: the list is an async component, streamed as a part of its own.
              <CommentList comments={listed(unit.id)} unit={unitRef} context={commenting} />
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

/** Chapters, paragraphs and attachments, for the table of contents. */
export function contentsOf(units: readonly Unit[]) {
  return units.filter((u) => ["CHAPTER", "PARAGRAPH", "ATTACHMENT", "JUSTIFICATION"].includes(u.kind));
}
