import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AnswerForm } from "@/components/inbox/answer-form";
import { AnswerHistory } from "@/components/inbox/answer-history";
import { AssignForm } from "@/components/inbox/assign-form";
import { CommentDetails } from "@/components/inbox/comment-details";
import { HideCommentForm } from "@/components/inbox/hide-comment-form";
import { InboxNotice } from "@/components/inbox/inbox-notice";
import { groupAnswerHref } from "@/components/inbox/unit-view";
import { Forbidden } from "@/components/ui/forbidden";
import { recordId } from "@/lib/actions/ids";
import { getCurrentUser } from "@/lib/auth/session";
import { canHideComment } from "@/lib/comments/policy";
import { inboxHref, inboxQueryString, parseReturnQuery, withParam } from "@/lib/responses/filters";
import { canAnswerComments, canAssignComments, canViewInbox } from "@/lib/responses/policy";
import {
  computeCommentGroups,
  getCommentForAnswer,
  getInboxConsultation,
  groupIndex,
  listUnitClerks,
} from "@/lib/responses/queries";
import { getSettings } from "@/lib/settings/queries";
import { now } from "@/lib/time/clock";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string; commentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox.answer"))("title") };
}

const NOTICES = { zapisano: "answered", przypisano: "assigned", wprowadzono: "entered", ukryto: "hidden" } as const;

export default async function CommentAnswerPage({ params, searchParams }: Props) {
  const { id, commentId } = await params;
  const path = `/panel/konsultacje/${encodeURIComponent(id)}/uwagi/${encodeURIComponent(commentId)}`;
  const user = await getCurrentUser();
  if (!user) redirect(`/logowanie?callbackUrl=${path}`);
  const valid = recordId.safeParse(id).success && recordId.safeParse(commentId).success;
  const consultation = valid ? await getInboxConsultation(id, now()) : null;
  if (!consultation) notFound();
  if (!canViewInbox(user, consultation)) return <Forbidden />;
  const comment = await getCommentForAnswer(commentId);
  if (!comment || comment.consultationId !== consultation.id) notFound();

  const raw = await searchParams;
  const listQuery = parseReturnQuery(raw.lista);
  const basePath = `/panel/konsultacje/${consultation.id}/uwagi`;
  const carried = inboxQueryString(listQuery);
  const here = carried ? withParam(`${basePath}/${comment.id}`, "lista", carried) : `${basePath}/${comment.id}`;
  const mayAnswer = canAnswerComments(user, consultation);
  const mayAssign = canAssignComments(user, consultation);
  const [t, tModeration, settings, clerks] = await Promise.all([
    getTranslations("inbox"),
    getTranslations("commentModeration"),
    getSettings(),
    mayAssign ? listUnitClerks(consultation.ownerUnitId) : [],
  ]);
  const group = groupIndex(await computeCommentGroups(consultation.id, settings.similarityThreshold)).get(comment.id);
  const number = comment.receiptNumber ?? comment.id;
  const noticeKey = Object.entries(NOTICES).find(([param]) => raw[param])?.[1];
  const notice =
    noticeKey === "hidden"
      ? tModeration("hidden")
      : noticeKey === "entered"
        ? t("notices.entered", { number })
        : noticeKey
          ? t(`notices.${noticeKey}`, { count: 1 })
          : null;

  return (
    <>
      <p className="mb-4">
        <Link href={inboxHref(basePath, listQuery)}>{t("comment.back")}</Link>
      </p>
      {notice ? <InboxNotice>{notice}</InboxNotice> : null}
      <p className="mb-1 text-muted">{consultation.title}</p>
      <h1 className="mb-6">{t("answer.heading", { number })}</h1>
      <div className="max-w-3xl">
        <CommentDetails item={comment} headingLevel={2} />
        <dl className="mb-6 grid gap-x-6 gap-y-1 text-base sm:grid-cols-[12rem_1fr]">
          {comment.enteredBy ? (
            <>
              <dt className="font-bold">{t("comment.enteredBy")}</dt>
              <dd>{comment.enteredBy}</dd>
            </>
          ) : null}
          {comment.scan ? (
            <>
              <dt className="font-bold">{t("comment.scan")}</dt>
              <dd>
                <a href={`/api/pliki/${comment.scan.id}`} data-testid="comment-scan">
                  {t("comment.scanLink", {
                    fileName: comment.scan.fileName,
                    size: Math.max(1, Math.round(comment.scan.size / 1024)),
                  })}
                </a>
              </dd>
            </>
          ) : null}
          {comment.receiptNumber ? (
            <>
              <dt className="font-bold">{t("comment.receipt")}</dt>
              <dd>
                <Link href={`/potwierdzenie/${comment.receiptNumber}`}>{comment.receiptNumber}</Link>
              </dd>
            </>
          ) : null}
        </dl>
        {group && group.memberIds.length > 1 ? (
          <p className="mb-6 border-l-8 border-brand bg-surface p-4" data-testid="comment-group">
            {t("groups.member", { count: group.memberIds.length - 1 })}{" "}
            <Link href={groupAnswerHref(basePath, group.memberIds)}>{t("groups.answer")}</Link>
          </p>
        ) : null}

        <section aria-labelledby="answer-heading" className="mb-10">
          <h2 id="answer-heading" className="mb-4 text-2xl">
            {comment.response ? t("answer.change") : t("answer.give")}
          </h2>
          {mayAnswer ? (
            <AnswerForm
              consultationId={consultation.id}
              commentIds={[comment.id]}
              basedOn={[
                { commentId: comment.id, revision: comment.response?.revision ?? 0, receipt: comment.receiptNumber },
              ]}
              initial={{
                position: comment.response?.position ?? null,
                justification: comment.response?.justification ?? "",
              }}
              savedHref={withParam(here, "zapisano", "1")}
            />
          ) : (
            <p data-testid="answer-not-allowed">
              {consultation.status === "REPORT_PUBLISHED"
                ? t("locked")
                : t("notOwner", { unit: consultation.ownerUnit.name })}
            </p>
          )}
        </section>

        {mayAssign ? (
          <section aria-labelledby="assign-heading" className="mb-10">
            <h2 id="assign-heading" className="mb-4 text-2xl">
              {t("assign.heading")}
            </h2>
            <AssignForm
              consultationId={consultation.id}
              commentId={comment.id}
              currentAssigneeId={comment.assignee?.id ?? null}
              clerks={clerks}
              savedHref={withParam(here, "przypisano", "1")}
            />
          </section>
        ) : comment.assignee ? (
          <p className="mb-6">{t("assign.current", { name: comment.assignee.name })}</p>
        ) : null}

        {!comment.hidden && canHideComment(user, consultation) ? (
          <details className="mb-10">
            <summary className="cursor-pointer text-link underline">{t("hide")}</summary>
            <HideCommentForm commentId={comment.id} />
          </details>
        ) : null}

        <AnswerHistory history={comment.history} />
      </div>
    </>
  );
}
