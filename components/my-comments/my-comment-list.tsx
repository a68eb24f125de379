import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { listMyComments } from "@/lib/council/comment-queries";

type Item = Awaited<ReturnType<typeof listMyComments>>["items"][number];

const STATUS_STYLE = {
  draft: "bg-surface",
  submitted: "bg-[#cce2d8]",
  withdrawn: "bg-surface",
  hidden: "bg-[#f6d7d2]",
} as const;

/** The person's and their organisations' comments, each with its status, receipt and answer. */
export async function MyCommentList({ items }: { items: readonly Item[] }) {
  const t = await getTranslations("myComments");
  const format = await getFormatter();
  return (
    <ol className="list-none space-y-8" data-testid="my-comments">
      {items.map((c) => {
        const date = c.submittedAt ?? c.createdAt;
        const onBehalf = c.asCouncil ? t("council") : (c.organization?.name ?? t("individual"));
        return (
          <li key={c.id} className="border-l-4 border-line pl-4" data-testid="my-comment">
            <h2 className="mb-1 text-xl">
              <Link href={`/konsultacje/${c.consultation.slug}`}>{c.consultation.title}</Link>
            </h2>
            <dl className="mb-3 grid gap-x-6 gap-y-1 sm:grid-cols-[12rem_1fr]">
              <dt className="font-bold">{t("unit")}</dt>
              <dd data-testid="my-comment-unit">{c.provision?.citation ?? t("wholeDraft")}</dd>
              <dt className="font-bold">{t("statusLabel")}</dt>
              <dd>
                <strong
                  className={`inline-block px-2 ${STATUS_STYLE[c.displayStatus]}`}
                  data-testid="my-comment-status"
                >
                  {t(`status.${c.displayStatus}`)}
                </strong>
              </dd>
              <dt className="font-bold">{t("date")}</dt>
              <dd>{format.dateTime(date, { dateStyle: "long", timeStyle: "short" })}</dd>
              <dt className="font-bold">{t("onBehalf")}</dt>
              <dd>{onBehalf}</dd>
              {c.organization ? (
                <>
                  <dt className="font-bold">{t("author")}</dt>
                  <dd>{c.mine ? t("authorYou") : t("authorOther")}</dd>
                </>
              ) : null}
              <dt className="font-bold">{t("receipt")}</dt>
              <dd>
                {c.receiptNumber ? (
                  <Link href={`/potwierdzenie/${c.receiptNumber}`} data-testid="my-comment-receipt">
                    {c.receiptNumber}
                  </Link>
                ) : (
                  t("receiptNone")
                )}
              </dd>
            </dl>
            {c.displayStatus === "hidden" ? (
              <p className="mb-3">{t("hiddenReason", { reason: c.hiddenReason ?? "" })}</p>
            ) : (
              <p className="mb-3">
                <span className="sr-only">{t("comment")}: </span>
                {c.excerpt}
              </p>
            )}
            {c.status === "SUBMITTED" && c.displayStatus !== "hidden" && c.consultation.status === "OPEN" ? (
              // Changed or withdrawn where it was made (on its version of the draft), until the deadline.
              <p className="mb-3">
                <Link
                  href={`/konsultacje/${c.consultation.slug}?wersja=${c.version.number}#${c.provision?.anchor ?? "caly-projekt"}`}
                  data-testid="my-comment-open"
                >
                  {t("openToChange")}
                </Link>
              </p>
            ) : null}
            <div className="bg-surface p-3" data-testid="my-comment-answer">
              <h3 className="mb-1 text-lg">{t("answer")}</h3>
              {c.response ? (
                <>
                  <p>
                    {t("position")}: <strong>{t(`positions.${c.response.position}`)}</strong>
                  </p>
                  {c.response.justification ? (
                    <p>
                      {t("justification")}: {c.response.justification}
                    </p>
                  ) : null}
                </>
              ) : (
                <p>{c.answerPending ? t("answerPending") : t("answerNone")}</p>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
