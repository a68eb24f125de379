import { getFormatter, getTranslations } from "next-intl/server";
import type { CommentForAnswer } from "@/lib/responses/queries";
import { PositionBadge } from "./position-badge";

/** Every answer given to the comment, newest first, with who gave it and when. */
export async function AnswerHistory({ history }: { history: CommentForAnswer["history"] }) {
  const t = await getTranslations("inbox.history");
  const format = await getFormatter();
  return (
    <section aria-labelledby="answer-history" className="mt-10">
      <h2 id="answer-history" className="mb-4 text-2xl">
        {t("heading")}
      </h2>
      {history.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <section
          aria-labelledby="answer-history-caption"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1).
          tabIndex={0}
          className="overflow-x-auto focus-visible:bg-white focus-visible:outline-[3px] focus-visible:outline-focus"
        >
          <table className="w-full min-w-[40rem] border-collapse text-left text-base" data-testid="answer-history">
            <caption id="answer-history-caption" className="sr-only">
              {t("caption")}
            </caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="px-2 py-2">
                  {t("revision")}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t("date")}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t("position")}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t("justification")}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t("author")}
                </th>
              </tr>
            </thead>
            <tbody>
              {history.map((h) => (
                <tr key={h.revision} className="border-b border-line align-top" data-testid="answer-history-row">
                  <th scope="row" className="px-2 py-2 font-normal">
                    {h.revision}
                  </th>
                  <td className="px-2 py-2 whitespace-nowrap">
                    {format.dateTime(h.at, { dateStyle: "medium", timeStyle: "short" })}
                  </td>
                  <td className="px-2 py-2">
                    <PositionBadge position={h.position} />
                  </td>
                  <td className="px-2 py-2 whitespace-pre-line">{h.justification ?? "—"}</td>
                  <td className="px-2 py-2">{h.authorName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
