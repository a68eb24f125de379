import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { GroupWithItems } from "@/lib/responses/queries";
import { CommentDetails } from "./comment-details";
import { groupAnswerHref } from "./unit-view";

/** Groups of near-identical comments and joint submissions, each answered once. */
export async function GroupList({
  groups,
  firstNumber,
  answerPath,
}: {
  groups: readonly GroupWithItems[];
  /** The number of the first group on this page (groups are numbered across pages). */
  firstNumber: number;
  answerPath: string;
}) {
  const t = await getTranslations("inbox.groups");
  const tInbox = await getTranslations("inbox");
  return (
    <ol className="list-none" data-testid="inbox-groups">
      {groups.map((group, index) => {
        const headingId = `group-${firstNumber + index}`;
        const unit = group.items[0]?.unit?.citation ?? tInbox("wholeDraft");
        const answered = group.items.filter((i) => i.response && !i.response.outdated).length;
        return (
          <li key={group.memberIds.join(",")} className="mb-10 border-t-2 border-ink pt-4" data-testid="inbox-group">
            <section aria-labelledby={headingId}>
              <h2 id={headingId} className="mb-1 text-xl">
                {t("numbered", { number: firstNumber + index, count: group.memberIds.length, unit })}
              </h2>
              <p className="mb-2 text-muted">
                {[group.similar ? t("similar") : null, group.joint ? t("joint") : null].filter(Boolean).join(" · ")}
                {" · "}
                {t("answered", { answered, count: group.items.length })}
              </p>
              <p className="mb-4">
                <Link href={groupAnswerHref(answerPath, group.memberIds)}>
                  {t("answer")}
                  <span className="sr-only"> {t("answerFor", { number: firstNumber + index })}</span>
                </Link>
              </p>
              {group.items.map((item) => (
                <CommentDetails key={item.id} item={item} headingLevel={3} answerHref={`${answerPath}/${item.id}`} />
              ))}
            </section>
          </li>
        );
      })}
    </ol>
  );
}
