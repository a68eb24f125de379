import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { excerpt } from "@/lib/council/comment-display";
import type { InboxItem } from "@/lib/responses/queries";
import { HideCommentForm } from "./hide-comment-form";
import { submitterText } from "./labels";
import { PositionBadge } from "./position-badge";

export type InboxMode =
  /** The owner unit's and CWOP's clerks, admins: answer links, hiding, selection. */
  | { kind: "clerk"; answerPath: string; selectFormId: string | null; mayHide: boolean; returnQuery: string }
  /** The Council: everything read-only, hidden texts withheld. */
  | { kind: "council" };

/**
 * The comments of one page as a table (caption, column headers) inside a labelled region that
 * scrolls sideways on small screens and can be reached with the keyboard.
 */
export async function InboxTable({
  items,
  mode,
  caption,
}: {
  items: readonly InboxItem[];
  mode: InboxMode;
  caption: string;
}) {
  const t = await getTranslations("inbox");
  const format = await getFormatter();
  const clerk = mode.kind === "clerk" ? mode : null;
  const th = "px-2 py-2 align-bottom";
  return (
    <section
      aria-labelledby="inbox-caption"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1).
      tabIndex={0}
      className="mb-6 overflow-x-auto focus-visible:bg-white focus-visible:outline-[3px] focus-visible:outline-focus"
    >
      <table className="w-full min-w-[60rem] border-collapse text-left text-base" data-testid="inbox-table">
        <caption id="inbox-caption" className="mb-2 text-left font-bold">
          {caption}
        </caption>
        <thead>
          <tr className="border-b-2 border-ink">
            {clerk?.selectFormId ? (
              <th scope="col" className={th}>
                <span className="sr-only">{t("table.select")}</span>
              </th>
            ) : null}
            <th scope="col" className={th}>
              {t("table.number")}
            </th>
            <th scope="col" className={th}>
              {t("table.unit")}
            </th>
            <th scope="col" className={th}>
              {t("table.submitter")}
            </th>
            <th scope="col" className={`${th} w-2/5`}>
              {t("table.comment")}
            </th>
            <th scope="col" className={th}>
              {t("table.received")}
            </th>
            <th scope="col" className={th}>
              {t("table.position")}
            </th>
            {clerk ? (
              <th scope="col" className={th}>
                {t("table.assignee")}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {items.map((c) => {
            const number = c.receiptNumber ?? c.id;
            const unit = c.unit?.citation ?? t("wholeDraft");
            const received = c.receivedAt ?? c.submittedAt;
            const href = clerk
              ? `${clerk.answerPath}/${c.id}${clerk.returnQuery ? `?lista=${encodeURIComponent(clerk.returnQuery)}` : ""}`
              : null;
            const withheld = !clerk && c.hidden;
            return (
              <tr key={c.id} className="border-b border-line align-top" data-testid="moderation-comment">
                {clerk?.selectFormId ? (
                  <td className="px-2 py-2">
                    <input
                      type="checkbox"
                      name="uwagi"
                      value={c.id}
                      form={clerk.selectFormId}
                      id={`select-${c.id}`}
                      className="size-6"
                      aria-label={t("table.selectComment", { number })}
                    />
                  </td>
                ) : null}
                <th scope="row" className="px-2 py-2 font-normal whitespace-nowrap">
                  {href ? <Link href={href}>{number}</Link> : number}
                </th>
                <td className="px-2 py-2">{unit}</td>
                <td className="px-2 py-2">
                  {submitterText(t, c.submitter)}
                  {c.jointWith.length > 0 ? (
                    <span className="block text-muted">
                      {t("submitter.jointWith", { names: c.jointWith.join(", ") })}
                    </span>
                  ) : null}
                  {c.channel !== "PLATFORM" ? (
                    <span className="mt-1 block" data-testid="inbox-channel">
                      <strong className="inline-block bg-surface px-2">{t(`channel.${c.channel}`)}</strong>
                    </span>
                  ) : null}
                </td>
                <td className="px-2 py-2">
                  {c.hidden ? (
                    <strong className="mb-1 inline-block bg-[#f6d7d2] px-2" data-testid="moderation-status">
                      {t("status.hidden")}
                    </strong>
                  ) : (
                    <span className="sr-only" data-testid="moderation-status">
                      {t("status.submitted")}
                    </span>
                  )}
                  {withheld ? null : <p>{excerpt(c.bodyText)}</p>}
                  {c.hidden ? (
                    <p className="mt-1 bg-[#f6d7d2] p-2" data-testid="moderation-hidden">
                      {t("hiddenInfo", {
                        date: format.dateTime(c.hidden.at, { dateStyle: "long", timeStyle: "short" }),
                        reason: c.hidden.reason,
                      })}
                    </p>
                  ) : clerk?.mayHide ? (
                    <details className="mt-1">
                      <summary className="cursor-pointer text-link underline">
                        {t("hide")}
                        <span className="sr-only"> {t("hideFor", { number })}</span>
                      </summary>
                      <HideCommentForm commentId={c.id} />
                    </details>
                  ) : null}
                </td>
                <td className="px-2 py-2 whitespace-nowrap">
                  {received ? format.dateTime(received, { dateStyle: "medium" }) : "—"}
                </td>
                <td className="px-2 py-2">
                  <PositionBadge position={c.response?.position ?? null} />
                  {c.response?.outdated ? (
                    <strong className="mt-1 block" data-testid="answer-outdated">
                      {t("comment.answerOutdated")}
                    </strong>
                  ) : null}
                  {!clerk && c.response?.justification ? (
                    <p className="mt-1">{excerpt(c.response.justification)}</p>
                  ) : null}
                  {href ? (
                    <Link href={href} className="mt-1 block">
                      {c.response ? t("table.changeAnswer") : t("table.answer")}
                      <span className="sr-only"> {t("table.answerFor", { number })}</span>
                    </Link>
                  ) : null}
                </td>
                {clerk ? <td className="px-2 py-2">{c.assignee?.name ?? t("table.nobody")}</td> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
