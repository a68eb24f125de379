import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { CommentList, type ListedComment } from "@/components/comments/comment-list";
import { CommentTrigger } from "@/components/comments/comment-trigger";
import { commentingContextFor } from "@/components/comments/commenting-context";
import { UnitCommentsLink } from "@/components/comments/unit-comments-link";
import { ConsultationDetails } from "@/components/consultations/consultation-details";
import { contentsOf, DraftUnits } from "@/components/consultations/draft-units";
import { OpinionSummary } from "@/components/council/opinion-summary";
import { ConsultationAttachments } from "@/components/drafts/consultation-attachments";
import { VersionInfo } from "@/components/versions/version-info";
import { getCurrentUser } from "@/lib/auth/session";
import { canModifyComment } from "@/lib/comments/policy";
import { publicCommentsForReading } from "@/lib/comments/queries";
import { canReadConsultation } from "@/lib/consultations/policy";
import { getConsultationForReading } from "@/lib/consultations/queries";
import { CONTENT_LANG } from "@/lib/i18n/config";
import { now } from "@/lib/time/clock";
import { parseVersionParam } from "@/lib/versions/params";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ wersja?: string | string[] }> };

// The metadata and the page read the same data: one set of queries per request.
const load = cache((slug: string, versionNumber: number | null) =>
  getConsultationForReading(slug, now(), versionNumber),
);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const [consultation, user] = await Promise.all([load(slug, parseVersionParam(query.wersja)), getCurrentUser()]);
  // Nothing of a consultation the person may not read, not even its title.
  return consultation && canReadConsultation(user, consultation) ? { title: consultation.title } : {};
}

export default async function ConsultationPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const versionNumber = parseVersionParam(query.wersja);
  const [consultation, user] = await Promise.all([load(slug, versionNumber), getCurrentUser()]);
  if (!consultation || !canReadConsultation(user, consultation)) notFound();
  // `?wersja=N` naming no public version is a broken link, not a request for the newest one.
  if (versionNumber !== null && !consultation.version) notFound();
  const t = await getTranslations("consultation");
  const tStatus = await getTranslations("status");
  const tAct = await getTranslations("actType");
  const contents = contentsOf(consultation.provisions);
  const commenting = await commentingContextFor(user, consultation, slug);
  // Every public comment under its unit; past INLINE_COMMENT_LIMIT only each unit's count and a link.
  const forReading = consultation.version
    ? await publicCommentsForReading(consultation.id, consultation.version.id)
    : ({ kind: "listed", comments: [] } as const);
  const byUnit = new Map<string, ListedComment[]>();
  const wholeDraft: ListedComment[] = [];
  if (forReading.kind === "listed") {
    for (const comment of forReading.comments) {
      const item = { ...comment, mine: commenting !== null && canModifyComment(user, comment) };
      if (comment.provisionId === null) wholeDraft.push(item);
      else {
        const list = byUnit.get(comment.provisionId);
        if (list) list.push(item);
        else byUnit.set(comment.provisionId, [item]);
      }
    }
  }
  const counted = forReading.kind === "counted" ? forReading.byUnit : null;
  const commentsHref = (anchor: string) =>
    `/konsultacje/${slug}/uwagi?jednostka=${encodeURIComponent(anchor)}${versionNumber !== null ? `&wersja=${versionNumber}` : ""}`;
  const tc = await getTranslations("commenting");
  const wholeUnit = { provisionId: null, anchor: "caly-projekt", citation: null, text: null };
  return (
    <article>
      <p className="mb-2 text-muted">{tAct(consultation.actType)}</p>
      <h1 className="mb-4" lang={CONTENT_LANG}>
        {consultation.title}
      </h1>
      <p className="mb-8">
        <strong className="inline-block bg-surface px-2 py-1" data-testid="consultation-status">
          {tStatus(consultation.status)}
        </strong>
      </p>
      {consultation.status === "REPORT_PUBLISHED" ? (
        <p className="mb-8 text-xl">
          <Link href={`/konsultacje/${consultation.slug}/sprawozdanie`}>
            {(await getTranslations("reports"))("publicLink")}
          </Link>
        </p>
      ) : null}
      <ConsultationDetails consultation={consultation} />
      <ConsultationAttachments consultationId={consultation.id} />
      <OpinionSummary consultationId={consultation.id} />
      <div className="reading-layout grid gap-8 lg:grid-cols-[16rem_1fr]">
        {contents.length > 0 ? (
          <nav aria-labelledby="contents-title" className="no-print lg:sticky lg:top-4 lg:self-start">
            <h2 id="contents-title" className="mb-2 text-xl">
              {t("contents")}
            </h2>
            <ul className="max-h-[70vh] space-y-1 overflow-y-auto text-base">
              {contents.map((unit) => (
                <li key={unit.id} style={{ marginLeft: unit.kind === "PARAGRAPH" ? "1rem" : 0 }}>
                  <a href={`#${unit.anchor}`}>
                    {unit.kind === "CHAPTER"
                      ? `${unit.marker ?? unit.label}. ${unit.text}`
                      : (unit.marker ?? unit.label)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <section aria-labelledby="draft-title">
          <h2 id="draft-title" className="mb-1">
            {t("draft")}
          </h2>
          {consultation.version && consultation.latestVersion ? (
            <VersionInfo
              slug={slug}
              version={consultation.version}
              latest={consultation.latestVersion}
              versions={consultation.versions}
            />
          ) : null}
          <div id={wholeUnit.anchor} className="mb-4">
            {commenting?.newComments ? (
              <CommentTrigger
                context={commenting}
                unit={wholeUnit}
                label={tc("wholeDraft")}
                accessibleLabel={tc("wholeDraft")}
                className="no-print"
              />
            ) : null}
            {counted ? (
              <UnitCommentsLink
                count={counted.get(null) ?? 0}
                href={commentsHref(wholeUnit.anchor)}
                labels={{ link: t("unitCommentsLink") }}
                title={t("wholeDraft", { count: counted.get(null) ?? 0 })}
              />
            ) : wholeDraft.length > 0 ? (
              <CommentList
                comments={wholeDraft}
                unit={wholeUnit}
                context={commenting}
                title={t("wholeDraft", { count: wholeDraft.length })}
              />
            ) : null}
          </div>
          {consultation.provisions.length > 0 ? (
            <DraftUnits
              units={consultation.provisions}
              comments={counted ? { counts: counted, href: commentsHref } : byUnit}
              commenting={commenting}
            />
          ) : (
            <p className="text-muted">{t("noText")}</p>
          )}
        </section>
      </div>
    </article>
  );
}
