import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { CompareForm } from "@/components/versions/compare-form";
import { Redline } from "@/components/versions/redline";
import { VersionList } from "@/components/versions/version-list";
import { getCurrentUser } from "@/lib/auth/session";
import { canReadConsultation } from "@/lib/consultations/policy";
import { now } from "@/lib/time/clock";
import { compareVersions } from "@/lib/versions/compare";
import { selectVersionPair } from "@/lib/versions/params";
import { getConsultationVersions, getVersionUnits } from "@/lib/versions/queries";

export const dynamic = "force-dynamic";

type Query = { od?: string | string[]; do?: string | string[]; zmiany?: string | string[] };
type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Query> };

const loadVersions = cache((slug: string) => getConsultationVersions(slug, now()));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [consultation, user] = await Promise.all([loadVersions((await params).slug), getCurrentUser()]);
  // Nothing of a consultation the person may not read, not even its title.
  if (!consultation || !canReadConsultation(user, consultation)) return {};
  const t = await getTranslations("versions");
  return { title: t("metaTitle", { title: consultation.title }) };
}

export default async function VersionsPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const [consultation, user] = await Promise.all([loadVersions(slug), getCurrentUser()]);
  if (!consultation || !canReadConsultation(user, consultation)) notFound();
  const t = await getTranslations("versions");
  const numbers = consultation.versions.map((v) => v.number);
  const pair = selectVersionPair(numbers, query);
  const changesOnly = query.zmiany === "1";
  const versionId = (n: number) => consultation.versions.find((v) => v.number === n)?.id as string;
  const redline =
    pair && pair.from !== pair.to
      ? compareVersions(
          ...(await Promise.all([getVersionUnits(versionId(pair.from)), getVersionUnits(versionId(pair.to))])),
        )
      : null;
  return (
    <article>
      <p className="no-print mb-4">
        <Link href={`/konsultacje/${slug}`}>{t("back")}</Link>
      </p>
      <p className="mb-2 text-muted">{consultation.title}</p>
      <h1 className="mb-4">{t("title")}</h1>
      <p className="mb-8 max-w-3xl">{t("intro")}</p>
      <VersionList slug={slug} versions={consultation.versions} />
      <section aria-labelledby="compare-title">
        <h2 id="compare-title" className="mb-4">
          {t("compareTitle")}
        </h2>
        {pair ? <CompareForm numbers={numbers} pair={pair} changesOnly={changesOnly} /> : <p>{t("onlyOne")}</p>}
        {pair && pair.from === pair.to ? <p role="alert">{t("sameVersion")}</p> : null}
      </section>
      {pair && redline ? (
        <Redline slug={slug} from={pair.from} to={pair.to} redline={redline} changesOnly={changesOnly} />
      ) : null}
    </article>
  );
}
