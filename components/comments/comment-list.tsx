import type { JSONContent } from "@tiptap/react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { PublicSubmitter } from "@/lib/comments/submitter";
import { CONTENT_LANG } from "@/lib/i18n/config";
import { wordDiff } from "@/lib/legal-structure/redline";
import { CommentBody } from "./comment-body";
import { CommentTrigger } from "./comment-trigger";
import { DiffView } from "./diff-view";
import type { CommentingContext, UnitRef } from "./types";
import { WithdrawButton } from "./withdraw-button";

export type ListedComment = {
  id: string;
  authorLabel: PublicSubmitter;
  body: unknown;
  currentWording: string | null;
  proposedWording: string | null;
  justification: string | null;
  submittedAt: Date | null;
  receiptNumber: string | null;
  revision: number;
  hidden: { reason: string } | null;
  /** The viewer may edit or withdraw it now (author or same organisation, before the deadline). */
  mine: boolean;
};

type Props = {
  comments: readonly ListedComment[];
  unit: UnitRef;
  context: CommentingContext | null;
  /** Shown as the summary for the whole draft; units show the count. */
  title?: string;
  /** Shown unfolded (a page of its own), not collapsed under the unit. */
  open?: boolean;
};

/** A unit's public comments, collapsed under it ("3 uwagi — pokaż"). All user text is plain React text. */
export async function CommentList({ comments, unit, context, title, open = false }: Props) {
  if (comments.length === 0) return null;
  const t = await getTranslations("commenting");
  const tCount = await getTranslations("consultation");
  const format = await getFormatter();
  const list = (
    <ol className="list-none space-y-4 border-l-4 border-line pl-4">
      {comments.map((comment) => {
        const by =
          "name" in comment.authorLabel
            ? comment.authorLabel.name
            : comment.authorLabel.kind === "council"
              ? t("council")
              : t("resident");
        return (
          <li key={comment.id} className="py-2" data-testid="public-comment" data-comment-id={comment.id}>
            <p className="text-sm text-muted">
              <span className="font-bold text-ink">{t("by", { name: by })}</span>
              {comment.submittedAt ? (
                <>
                  {" · "}
                  {t("submittedAt", {
                    time: format.dateTime(comment.submittedAt, { dateStyle: "medium", timeStyle: "short" }),
                  })}
                </>
              ) : null}
              {comment.revision > 1 && !comment.hidden ? ` ${t("revised")}` : null}
            </p>
            {comment.hidden ? (
              <p className="italic" data-testid="comment-hidden">
                {t("hidden", { reason: comment.hidden.reason })}
              </p>
            ) : (
              <>
                <div lang={CONTENT_LANG}>
                  <CommentBody body={comment.body} />
                </div>
                {comment.proposedWording ? (
                  <div className="mt-2">
                    <p className="font-bold">{t("proposedWordingLabel")}</p>
                    <p className="whitespace-pre-line" data-testid="comment-proposed">
                      {comment.currentWording ? (
                        <DiffView
                          parts={wordDiff(comment.currentWording, comment.proposedWording, { maxEditLength: 500 })}
                          insertedLabel={t("inserted")}
                          deletedLabel={t("deleted")}
                        />
                      ) : (
                        comment.proposedWording
                      )}
                    </p>
                  </div>
                ) : null}
                {comment.justification ? (
                  <div className="mt-2">
                    <p className="font-bold">{t("justificationLabel")}</p>
                    <p className="whitespace-pre-line" lang={CONTENT_LANG}>
                      {comment.justification}
                    </p>
                  </div>
                ) : null}
                {comment.mine && context && comment.receiptNumber ? (
                  <div className="mt-3 flex flex-wrap gap-3" data-testid="own-comment-actions">
                    <CommentTrigger
                      context={context}
                      unit={unit}
                      edit={{
                        commentId: comment.id,
                        receiptNumber: comment.receiptNumber,
                        body: comment.body as JSONContent,
                        proposedWording: comment.proposedWording,
                        justification: comment.justification,
                      }}
                      label={t("edit")}
                      accessibleLabel={t("editLabel", { number: comment.receiptNumber })}
                    />
                    <WithdrawButton
                      commentId={comment.id}
                      receiptNumber={comment.receiptNumber}
                      locale={context.locale}
                    />
                  </div>
                ) : null}
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
  if (open) {
    return (
      <div className="mt-2 max-w-3xl" data-testid="unit-comments">
        {list}
      </div>
    );
  }
  return (
    <details className="mt-2 max-w-3xl" data-testid="unit-comments">
      <summary className="min-h-11 cursor-pointer py-2 text-base text-action">
        {title ?? <span data-testid="unit-comment-count">{tCount("unitComments", { count: comments.length })}</span>}
        {` — ${t("commentsToggle")}`}
      </summary>
      {list}
    </details>
  );
}
