import { useFormatter, useTranslations } from "next-intl";
import type { DraftVersionSummary } from "@/lib/drafts/queries";

/** The versions of the draft, oldest first: when published, from where, and why they were made. */
export function VersionList({ versions }: { versions: readonly DraftVersionSummary[] }) {
  const t = useTranslations("drafts.versions");
  const format = useFormatter();
  return (
    <section aria-labelledby="versions-title" className="mb-8" data-testid="draft-versions">
      <h2 id="versions-title" className="mb-2 text-xl">
        {t("title")}
      </h2>
      {versions.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <ol className="space-y-2">
          {versions.map((v) => (
            <li key={v.id} data-version={v.number}>
              <strong>{t("item", { number: v.number })}</strong>
              {" — "}
              {v.publishedAt
                ? t("published", { date: format.dateTime(v.publishedAt, { dateStyle: "long", timeStyle: "short" }) })
                : t("unpublished")}
              {", "}
              {v.source === "DOCX" ? t("source.DOCX", { fileName: v.sourceFileName ?? "" }) : t(`source.${v.source}`)}
              {", "}
              {t("units", { count: v.provisionCount })}
              {v.reason ? <p className="text-base">{t("reason", { reason: v.reason })}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
