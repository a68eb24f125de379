import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { PublicVersion } from "@/lib/versions/queries";

/** Every public version with its date, the reason for the changes and its comments. */
export async function VersionList({ slug, versions }: { slug: string; versions: readonly PublicVersion[] }) {
  const t = await getTranslations("versions");
  const format = await getFormatter();
  return (
    <section aria-labelledby="version-list-title" className="mb-10">
      <h2 id="version-list-title" className="mb-4">
        {t("listTitle")}
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-base" data-testid="version-list">
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                {t("colVersion")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("colDate")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("colReason")}
              </th>
              <th scope="col" className="py-2">
                {t("colComments")}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...versions].reverse().map((v) => (
              <tr key={v.id} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-4">
                  <Link href={`/konsultacje/${slug}?wersja=${v.number}`} aria-label={t("read", { number: v.number })}>
                    {t("versionNumber", { number: v.number })}
                  </Link>
                </th>
                <td className="py-2 pr-4 whitespace-nowrap">
                  {format.dateTime(v.publishedAt ?? v.createdAt, { dateStyle: "long" })}
                </td>
                <td className="py-2 pr-4">{v.reason ?? <span className="text-muted">{t("noReason")}</span>}</td>
                <td className="py-2">{v.commentCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
