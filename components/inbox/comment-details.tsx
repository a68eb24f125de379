import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { InboxItem } from "@/lib/responses/queries";
import { submitterText } from "./labels";
import { PositionBadge } from "./position-badge";

type Props = {
  item: InboxItem;
  /** The heading's level in the page's outline. */
  headingLevel: 2 | 3 | 4;
  /** Shown unless the unit is already the heading above (the view by unit). */
  showUnit?: boolean;
  /** The current wording the comment quoted (left out where the unit's text is shown beside it). */
  showCurrentWording?: boolean;
  /** The answer page of the comment, for clerks. */
  answerHref?: string | null;
  /** The Council: the text of a hidden comment is withheld, as on the public page. */
  withholdHidden?: boolean;
};

/** One comment in full: who, when, how, the unit, its texts and the current answer. */
export async function CommentDetails({
  item,
  headingLevel,
  showUnit = true,
  showCurrentWording = true,
  answerHref = null,
  withholdHidden = false,
}: Props) {
  const t = await getTranslations("inbox");
  const format = await getFormatter();
  const Heading = `h${headingLevel}` as "h2" | "h3" | "h4";
  const number = item.receiptNumber ?? item.id;
  const received = item.receivedAt ?? item.submittedAt;
  const withheld = withholdHidden && item.hidden;
  const text = (label: string, value: string | null, testId?: string) =>
    value ? (
      <div className="mb-3">
        <p className="font-bold">{label}</p>
        <p className="whitespace-pre-line" data-testid={testId}>
          {value}
        </p>
      </div>
    ) : null;
  return (
    <article className="mb-6 border-l-4 border-line pl-4" data-testid="inbox-comment">
      <Heading className="mb-2 text-lg">
        {answerHref ? (
          <Link href={answerHref}>{t("comment.heading", { number })}</Link>
        ) : (
          t("comment.heading", { number })
        )}
      </Heading>
      <dl className="mb-3 grid gap-x-6 gap-y-1 text-base sm:grid-cols-[12rem_1fr]">
        {showUnit ? (
          <>
            <dt className="font-bold">{t("comment.unit")}</dt>
            <dd>{item.unit?.citation ?? t("wholeDraft")}</dd>
          </>
        ) : null}
        <dt className="font-bold">{t("comment.submitter")}</dt>
        <dd>
          {submitterText(t, item.submitter)}
          {item.jointWith.length > 0 ? ` (${t("submitter.jointWith", { names: item.jointWith.join(", ") })})` : null}
        </dd>
        <dt className="font-bold">{t("comment.channel")}</dt>
        <dd>{t(`channel.${item.channel}`)}</dd>
        <dt className="font-bold">{t("comment.received")}</dt>
        <dd>{received ? format.dateTime(received, { dateStyle: "long" }) : "—"}</dd>
        <dt className="font-bold">{t("comment.answer")}</dt>
        <dd>
          <PositionBadge position={item.response?.position ?? null} />
          {item.response?.outdated ? (
            <strong className="mt-1 block" data-testid="answer-outdated">
              {t("comment.answerOutdated")}
            </strong>
          ) : null}
        </dd>
      </dl>
      {item.hidden ? (
        <p className="mb-3 bg-[#f6d7d2] p-2">
          {t("hiddenInfo", {
            date: format.dateTime(item.hidden.at, { dateStyle: "long", timeStyle: "short" }),
            reason: item.hidden.reason,
          })}
        </p>
      ) : null}
      {withheld ? null : (
        <>
          {showCurrentWording ? text(t("comment.currentWording"), item.currentWording) : null}
          {text(t("comment.body"), item.bodyText, "inbox-comment-body")}
          {text(t("comment.proposedWording"), item.proposedWording)}
          {text(t("comment.justification"), item.justification)}
        </>
      )}
      {item.response?.justification ? (
        <div className="bg-surface p-3">{text(t("comment.answerJustification"), item.response.justification)}</div>
      ) : null}
    </article>
  );
}
