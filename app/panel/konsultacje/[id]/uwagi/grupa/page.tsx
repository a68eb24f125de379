import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AnswerForm } from "@/components/inbox/answer-form";
import { CommentDetails } from "@/components/inbox/comment-details";
import { Forbidden } from "@/components/ui/forbidden";
import { recordId } from "@/lib/actions/ids";
import { getCurrentUser } from "@/lib/auth/session";
import { inboxHref, parseReturnQuery, withParam } from "@/lib/responses/filters";
import { canAnswerGroup, canViewInbox } from "@/lib/responses/policy";
import { getConsultationComments, getInboxConsultation } from "@/lib/responses/queries";
import { MAX_ANSWERED_AT_ONCE } from "@/lib/responses/schema";
import { now } from "@/lib/time/clock";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox.group"))("title") };
}

/** One answer for several comments: a group of near-identical ones, or those ticked in the list (`?uwagi=…`). */
export default async function GroupAnswerPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/logowanie?callbackUrl=/panel/konsultacje/${encodeURIComponent(id)}/uwagi`);
  const consultation = recordId.safeParse(id).success ? await getInboxConsultation(id, now()) : null;
  if (!consultation) notFound();
  if (!canViewInbox(user, consultation)) return <Forbidden />;
  const raw = await searchParams;
  const requested = [raw.uwagi ?? []].flat().filter((v) => recordId.safeParse(v).success);
  const tooMany = new Set(requested).size > MAX_ANSWERED_AT_ONCE;
  const items = tooMany ? [] : await getConsultationComments(consultation.id, [...new Set(requested)]);
  const basePath = `/panel/konsultacje/${consultation.id}/uwagi`;
  const back = inboxHref(basePath, parseReturnQuery(raw.lista));
  const t = await getTranslations("inbox");
  const mayAnswer = canAnswerGroup(user, consultation);
  // The form starts from the members' answer when they all have the same one.
  const answers = new Set(items.map((i) => JSON.stringify([i.response?.position, i.response?.justification ?? ""])));
  const shared = answers.size === 1 ? items[0]?.response : null;

  return (
    <>
      <p className="mb-4">
        <Link href={back}>{t("comment.back")}</Link>
      </p>
      <p className="mb-1 text-muted">{consultation.title}</p>
      <h1 className="mb-4">{t("group.title")}</h1>
      {items.length === 0 ? (
        <p data-testid="group-empty">{tooMany ? t("errors.commentsTooMany") : t("group.none")}</p>
      ) : (
        <div className="max-w-3xl">
          <p className="mb-6">{t("group.intro", { count: items.length })}</p>
          <section aria-labelledby="group-answer-heading" className="mb-10">
            <h2 id="group-answer-heading" className="mb-4 text-2xl">
              {t("answer.give")}
            </h2>
            {mayAnswer ? (
              <AnswerForm
                consultationId={consultation.id}
                commentIds={items.map((i) => i.id)}
                basedOn={items.map((i) => ({
                  commentId: i.id,
                  revision: i.response?.revision ?? 0,
                  receipt: i.receiptNumber,
                }))}
                initial={{ position: shared?.position ?? null, justification: shared?.justification ?? "" }}
                savedHref={withParam(back, "odpowiedziano", String(items.length))}
              />
            ) : (
              <p data-testid="answer-not-allowed">
                {consultation.status === "REPORT_PUBLISHED"
                  ? t("locked")
                  : t("notOwner", { unit: consultation.ownerUnit.name })}
              </p>
            )}
          </section>
          <section aria-labelledby="group-comments-heading">
            <h2 id="group-comments-heading" className="mb-4 text-2xl">
              {t("group.commentsHeading", { count: items.length })}
            </h2>
            {items.map((item) => (
              <CommentDetails key={item.id} item={item} headingLevel={3} answerHref={`${basePath}/${item.id}`} />
            ))}
          </section>
        </div>
      )}
    </>
  );
}
