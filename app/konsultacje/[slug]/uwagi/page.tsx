import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { CommentList } from "@/components/comments/comment-list";
import { commentingContextFor } from "@/components/comments/commenting-context";
import { Pager } from "@/components/my-comments/pager";
import { getCurrentUser } from "@/lib/auth/session";
import { canModifyComment } from "@/lib/comments/policy";
import { countPublicComments, listPublicComments } from "@/lib/comments/queries";
import { canReadConsultation } from "@/lib/consultations/policy";
import { getConsultationForReading } from "@/lib/consultations/queries";
import { pageNumber } from "@/lib/council/schema";
import { now } from "@/lib/time/clock";
import { parseVersionParam } from "@/lib/versions/params";

export const dynamic = "force-dynamic";

/** The anchor of comments on the draft as a whole (as on the reading page). */
const WHOLE_DRAFT = "caly-projekt";
const PAGE_SIZE = 50;

type Query = { jednostka?: string | string[]; wersja?: string | string[]; strona?: string | string[] };
type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Query> };

const load = cache((slug: string, versionNumber: number | null) =>
  getConsultationForReading(slug, now(), versionNumber),
);

/** The unit the address names, the whole draft, or undefined when it names nothing of this version. */
async function resolve(slug: string, query: Query) {
  const versionNumber = parseVersionParam(query.wersja);
  const consultation = await load(slug, versionNumber);
  if (!consultation?.version) return undefined;
  const anchor = Array.isArray(query.jednostka) ? query.jednostka[0] : query.jednostka;
  if (anchor === WHOLE_DRAFT) return { consultation, versionNumber, unit: null };
  const unit = consultation.provisions.find((p) => p.anchor === anchor);
  return unit ? { consultation, versionNumber, unit } : undefined;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const [found, user] = await Promise.all([resolve(slug, query), getCurrentUser()]);
  // Nothing of a consultation the person may not read, not even its title.
  if (!found || !canReadConsultation(user, found.consultation)) return {};
  const t = await getTranslations("unitCommentsPage");
  const heading = found.unit ? t("title", { citation: found.unit.citation }) : t("wholeDraftTitle");
  return { title: `${heading} — ${found.consultation.title}` };
}

/** One unit's public comments, paged: where the reading page links when a version has many. */
export default async function UnitCommentsPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const [found, user] = await Promise.all([resolve(slug, query), getCurrentUser()]);
  if (!found || !canReadConsultation(user, found.consultation)) notFound();
  const { consultation, versionNumber, unit } = found;
  const version = consultation.version as NonNullable<typeof consultation.version>;
  const t = await getTranslations("unitCommentsPage");
  const provisionId = unit?.id ?? null;
  const counts = await countPublicComments(consultation.id, version.id);
  const total = counts.byUnit.get(provisionId) ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(pageNumber(query.strona), pageCount);
  const listed = await listPublicComments(consultation.id, version.id, {
    provisionId,
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
  });
  const commenting = await commentingContextFor(user, consultation, slug);
  const comments = listed.map((c) => ({ ...c, mine: commenting !== null && canModifyComment(user, c) }));
  const anchor = unit?.anchor ?? WHOLE_DRAFT;
  const versionQuery = versionNumber !== null ? `&wersja=${versionNumber}` : "";
  const back = `/konsultacje/${slug}${versionNumber !== null ? `?wersja=${versionNumber}` : ""}#${anchor}`;
  const unitRef = { provisionId, anchor, citation: unit?.citation ?? null, text: unit?.text ?? null };
  return (
    <article>
      <p className="mb-2">
        <Link href={back}>{t("back", { title: consultation.title })}</Link>
      </p>
      <h1 className="mb-4">{unit ? t("title", { citation: unit.citation }) : t("wholeDraftTitle")}</h1>
      {unit?.text ? (
        <blockquote className="mb-6 max-w-3xl whitespace-pre-line border-l-4 border-line pl-4">{unit.text}</blockquote>
      ) : null}
      <p className="mb-4 font-bold" data-testid="unit-comments-total">
        {t("count", { count: total })}
      </p>
      {comments.length > 0 ? <CommentList comments={comments} unit={unitRef} context={commenting} open /> : null}
      <Pager
        basePath={`/konsultacje/${slug}/uwagi?jednostka=${encodeURIComponent(anchor)}${versionQuery}`}
        page={page}
        pageCount={pageCount}
      />
    </article>
  );
}
