import { getFormatter, getTranslations } from "next-intl/server";
import { getOpinionSummary, type OpinionSummaryData } from "@/lib/council/queries";
import { CONTENT_LANG } from "@/lib/i18n/config";
import { getSettings } from "@/lib/settings/queries";
import { now } from "@/lib/time/clock";
import { startOfWarsawDay } from "@/lib/time/warsaw";

type HeadingLevel = 2 | 3;

/**
 * The Council's opinion on a consultation for its public page: the opinion with its
 * resolution, vote and scan; or that the Council waived it; or the deadline still running.
 * Renders nothing for an unpublished consultation.
 */
export async function OpinionSummary({
  consultationId,
  headingLevel = 2,
}: {
  consultationId: string;
  headingLevel?: HeadingLevel;
}) {
  const settings = await getSettings();
  const summary = await getOpinionSummary(consultationId, now(), settings.councilOpinionDays);
  if (!summary) return null;
  return <OpinionSummaryView summary={summary} headingLevel={headingLevel} />;
}

export async function OpinionSummaryView({
  summary,
  headingLevel = 2,
}: {
  summary: OpinionSummaryData;
  headingLevel?: HeadingLevel;
}) {
  const t = await getTranslations("councilOpinion");
  const format = await getFormatter();
  const longDate = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const deadline = summary.deadlineDate ? longDate(startOfWarsawDay(summary.deadlineDate)) : null;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `council-opinion-${summary.id}`;
  const { opinion } = summary;
  return (
    <section aria-labelledby={headingId} className="mb-10 max-w-3xl" data-testid="council-opinion-summary">
      <Heading id={headingId} className="mb-4 text-2xl">
        {t("summary.heading")}
      </Heading>
      {summary.state === "given" && opinion ? (
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
          <dt className="font-bold">{t("summary.kind")}</dt>
          <dd data-testid="council-opinion-kind">{t(`kind.${opinion.kind}`)}</dd>
          {opinion.text ? (
            <>
              <dt className="font-bold">{t("summary.text")}</dt>
              <dd className="whitespace-pre-line" lang={CONTENT_LANG}>
                {opinion.text}
              </dd>
            </>
          ) : null}
          {opinion.resolutionNumber ? (
            <>
              <dt className="font-bold">{t("summary.resolution")}</dt>
              <dd>
                {opinion.adoptedOn
                  ? t("summary.resolutionValue", {
                      number: opinion.resolutionNumber,
                      date: format.dateTime(opinion.adoptedOn, { dateStyle: "long", timeZone: "UTC" }),
                    })
                  : opinion.resolutionNumber}
              </dd>
            </>
          ) : null}
          {opinion.membersPresent !== null ? (
            <>
              <dt className="font-bold">{t("summary.votes")}</dt>
              <dd data-testid="council-opinion-votes">
                {t("summary.votesValue", {
                  for: opinion.votesFor ?? 0,
                  against: opinion.votesAgainst ?? 0,
                  abstaining: opinion.votesAbstaining ?? 0,
                  present: opinion.membersPresent,
                })}
              </dd>
            </>
          ) : null}
          {opinion.scan ? (
            <>
              <dt className="font-bold">{t("summary.scan")}</dt>
              <dd>
                <a href={`/api/pliki/${opinion.scan.id}`} download>
                  {t("summary.scanLink", { size: Math.max(1, Math.round(opinion.scan.size / 1024)) })}
                </a>
              </dd>
            </>
          ) : null}
        </dl>
      ) : summary.state === "waived" ? (
        <div data-testid="council-opinion-waived">
          <p className="mb-2 font-bold">{t("summary.waived")}</p>
          {deadline ? <p>{t("summary.waivedDeadline", { date: deadline })}</p> : null}
        </div>
      ) : (
        <p data-testid="council-opinion-deadline">
          {deadline ? t("summary.deadline", { date: deadline }) : t("summary.deadlineFromPublication")}
        </p>
      )}
    </section>
  );
}
