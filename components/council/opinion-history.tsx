import { getFormatter, getTranslations } from "next-intl/server";

type Entry = { seq: string; at: Date; action: string; actorName: string | null };

/** Every recording and change of the opinion, from the audit log. */
export async function OpinionHistory({ history }: { history: readonly Entry[] }) {
  if (history.length === 0) return null;
  const t = await getTranslations("councilOpinion.form");
  const format = await getFormatter();
  return (
    <section aria-labelledby="opinion-history" className="mt-12 max-w-3xl">
      <h2 id="opinion-history" className="mb-4 text-2xl">
        {t("historyHeading")}
      </h2>
      <ol className="list-decimal space-y-1 pl-6" data-testid="opinion-history">
        {history.map((entry) => (
          <li key={entry.seq}>
            {t("historyEntry", {
              date: format.dateTime(entry.at, { dateStyle: "long", timeStyle: "short" }),
              action: t(entry.action.endsWith(".updated") ? "historyAction.updated" : "historyAction.recorded"),
              name: entry.actorName ?? t("unknownPerson"),
            })}
          </li>
        ))}
      </ol>
    </section>
  );
}
