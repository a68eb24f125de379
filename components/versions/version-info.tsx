import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

type VersionRef = { id: string; number: number; reason: string | null; createdAt: Date; publishedAt: Date | null };

type Props = {
  slug: string;
  version: VersionRef;
  latest: VersionRef;
  /** Public versions, newest first, with the number of public comments made on each. */
  versions: readonly (VersionRef & { commentCount: number })[];
};

/** Which version the reader sees, why it was made, and the way to the other versions. */
export async function VersionInfo({ slug, version, latest, versions }: Props) {
  const t = await getTranslations("versions");
  const format = await getFormatter();
  const base = `/konsultacje/${slug}`;
  const commented = versions.filter((v) => v.id !== version.id && v.commentCount > 0);
  return (
    <div className="mb-4 space-y-2 text-base" data-testid="version-info">
      <p className="text-muted">
        <strong className="text-ink" data-testid="version-number">
          {t("current", {
            number: version.number,
            date: format.dateTime(version.publishedAt ?? version.createdAt, { dateStyle: "long" }),
          })}
        </strong>
      </p>
      {version.reason ? <p data-testid="version-reason">{t("reason", { reason: version.reason })}</p> : null}
      {version.id !== latest.id ? (
        <p className="border-l-4 border-link bg-surface px-3 py-2" role="note">
          {t("olderVersion", { number: version.number, latest: latest.number })}{" "}
          <Link href={base}>{t("goToLatest", { latest: latest.number })}</Link>
        </p>
      ) : null}
      {commented.map((v) => (
        <p key={v.id}>
          {t("commentsOnVersion", { count: v.commentCount, number: v.number })}{" "}
          <Link href={`${base}?wersja=${v.number}`}>{t("readVersion", { number: v.number })}</Link>
        </p>
      ))}
      {versions.length > 1 ? (
        <p className="no-print">
          <Link href={`${base}/wersje`} data-testid="versions-link">
            {t("allVersions", { count: versions.length })}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
