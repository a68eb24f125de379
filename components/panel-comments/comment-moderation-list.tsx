import { getFormatter, getTranslations } from "next-intl/server";
import type { listConsultationComments } from "@/lib/council/comment-queries";
import { HideCommentForm } from "./hide-comment-form";

type Item = Awaited<ReturnType<typeof listConsultationComments>>["items"][number];

/** A consultation's comments for its clerks, each with "Ukryj" while it is visible. */
export async function CommentModerationList({ items }: { items: readonly Item[] }) {
  const t = await getTranslations("commentModeration");
  const tStatus = await getTranslations("myComments.status");
  const tMine = await getTranslations("myComments");
  const format = await getFormatter();
  return (
    <ol className="list-none space-y-6" data-testid="moderation-comments">
      {items.map((c) => {
        const unit = c.provision?.citation ?? tMine("wholeDraft");
        const by = c.asCouncil ? t("council") : (c.organization?.name ?? t("individual"));
        const date = c.submittedAt ?? c.createdAt;
        return (
          <li key={c.id} className="border-l-4 border-line pl-4" data-testid="moderation-comment">
            <dl className="mb-2 grid gap-x-6 gap-y-1 sm:grid-cols-[12rem_1fr]">
              <dt className="font-bold">{t("colUnit")}</dt>
              <dd>{unit}</dd>
              <dt className="font-bold">{t("colSubmittedBy")}</dt>
              <dd>{by}</dd>
              <dt className="font-bold">{t("colStatus")}</dt>
              <dd data-testid="moderation-status">{tStatus(c.displayStatus)}</dd>
              <dt className="font-bold">{t("colDate")}</dt>
              <dd>{format.dateTime(date, { dateStyle: "long", timeStyle: "short" })}</dd>
            </dl>
            <p className="mb-2">
              <span className="sr-only">{t("colText")}: </span>
              {c.excerpt}
            </p>
            {c.hiddenAt ? (
              <p className="bg-[#f6d7d2] p-2" data-testid="moderation-hidden">
                {t("hiddenInfo", {
                  date: format.dateTime(c.hiddenAt, { dateStyle: "long", timeStyle: "short" }),
                  reason: c.hiddenReason ?? "",
                })}
              </p>
            ) : (
              <details className="mt-1">
                <summary className="cursor-pointer text-link underline">
                  {t("hide")}
                  <span className="sr-only"> {t("hideFor", { unit })}</span>
                </summary>
                <HideCommentForm commentId={c.id} />
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}
