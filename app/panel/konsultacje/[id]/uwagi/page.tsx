import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { GroupList } from "@/components/inbox/group-list";
import { InboxFilters } from "@/components/inbox/inbox-filters";
import { InboxPager, InboxViews } from "@/components/inbox/inbox-navigation";
import { InboxNotice } from "@/components/inbox/inbox-notice";
import { InboxTable } from "@/components/inbox/inbox-table";
import { SELECTION_FORM_ID, SelectionForm } from "@/components/inbox/selection-form";
import { UnitView } from "@/components/inbox/unit-view";
import { Forbidden } from "@/components/ui/forbidden";
import { recordId } from "@/lib/actions/ids";
import { getCurrentUser } from "@/lib/auth/session";
import { canHideComment } from "@/lib/comments/policy";
import { INBOX_PAGE_SIZE, inboxQueryString, isFiltered, parseInboxQuery } from "@/lib/responses/filters";
import { canAnswerComments, canEnterComment, canViewInbox, isOwnerUnitClerk } from "@/lib/responses/policy";
import {
  computeCommentGroups,
  getInboxConsultation,
  getInboxFilterOptions,
  groupIndex,
  listCommentGroups,
  listInbox,
} from "@/lib/responses/queries";
import { getSettings } from "@/lib/settings/queries";
import { now } from "@/lib/time/clock";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox"))("title") };
}

export default async function InboxPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/logowanie?callbackUrl=/panel/konsultacje/${encodeURIComponent(id)}/uwagi`);
  const consultation = recordId.safeParse(id).success ? await getInboxConsultation(id, now()) : null;
  if (!consultation) notFound();
  if (!canViewInbox(user, consultation)) return <Forbidden />;
  const raw = await searchParams;
  const query = parseInboxQuery(raw);
  const basePath = `/panel/konsultacje/${consultation.id}/uwagi`;
  const mayAnswer = canAnswerComments(user, consultation);
  const [t, tModeration, settings, options] = await Promise.all([
    getTranslations("inbox"),
    getTranslations("commentModeration"),
    getSettings(),
    getInboxFilterOptions(consultation.id, consultation.ownerUnitId),
  ]);
  const notice = raw.ukryto
    ? tModeration("hidden")
    : raw.odpowiedziano
      ? t("notices.answered", { count: Number(raw.odpowiedziano) || 1 })
      : null;
  const returnQuery = inboxQueryString(query);

  let content: ReactNode;
  if (query.view === "grupy") {
    const groups = await listCommentGroups(consultation.id, settings.similarityThreshold, query.page);
    content = (
      <>
        <p className="mb-6 max-w-3xl">
          {t("groups.intro", { threshold: Math.round(settings.similarityThreshold * 100) })}
        </p>
        {groups.total === 0 ? (
          <p>{t("groups.empty")}</p>
        ) : (
          <>
            <p className="mb-6 font-bold">{t("groups.count", { count: groups.total })}</p>
            <GroupList
              groups={groups.groups}
              firstNumber={(groups.page - 1) * INBOX_PAGE_SIZE + 1}
              answerPath={basePath}
            />
          </>
        )}
        <InboxPager basePath={basePath} query={query} page={groups.page} pageCount={groups.pageCount} />
      </>
    );
  } else {
    const byUnit = query.view === "jednostki";
    const filters = byUnit ? { ...query, sort: "jednostka" as const } : query;
    const [list, groups] = await Promise.all([
      listInbox(consultation.id, filters, query.page, user.id),
      byUnit ? computeCommentGroups(consultation.id, settings.similarityThreshold) : [],
    ]);
    const from = (list.page - 1) * INBOX_PAGE_SIZE + 1;
    content = (
      <>
        <InboxFilters basePath={basePath} query={query} options={options} showSort={!byUnit} />
        {list.total === 0 ? (
          <p data-testid="inbox-empty">{isFiltered(query) ? t("emptyFiltered") : t("empty")}</p>
        ) : (
          <>
            <p className="mb-4 font-bold" data-testid="inbox-count">
              {isFiltered(query) ? t("countFiltered", { count: list.total }) : t("count", { count: list.total })}
            </p>
            {byUnit ? (
              <UnitView items={list.items} groups={groupIndex(groups)} answerPath={basePath} />
            ) : (
              <>
                <InboxTable
                  items={list.items}
                  caption={t("table.caption", {
                    from,
                    to: from + list.items.length - 1,
                    total: list.total,
                    sort: t(`filters.sorts.${query.sort}`),
                  })}
                  mode={{
                    kind: "clerk",
                    answerPath: basePath,
                    selectFormId: mayAnswer ? SELECTION_FORM_ID : null,
                    mayHide: canHideComment(user, consultation),
                    returnQuery,
                  }}
                />
                {mayAnswer ? <SelectionForm action={`${basePath}/grupa`} returnQuery={returnQuery} /> : null}
              </>
            )}
          </>
        )}
        <InboxPager basePath={basePath} query={query} page={list.page} pageCount={list.pageCount} />
      </>
    );
  }

  return (
    <>
      <p className="mb-4">
        <Link href={`/panel/konsultacje/${consultation.id}`}>{t("back")}</Link>
      </p>
      {notice ? <InboxNotice>{notice}</InboxNotice> : null}
      <p className="mb-1 text-muted">{consultation.title}</p>
      <h1 className="mb-4">{t("title")}</h1>
      <p className="mb-4 max-w-3xl">{t("intro", { unit: consultation.ownerUnit.name })}</p>
      {consultation.status === "REPORT_PUBLISHED" ? (
        <p className="mb-4 max-w-3xl border-l-8 border-line bg-surface p-4">{t("locked")}</p>
      ) : mayAnswer ? null : (
        <p className="mb-4 max-w-3xl border-l-8 border-line bg-surface p-4" data-testid="inbox-not-owner">
          {isOwnerUnitClerk(user, consultation)
            ? t("notYetOpen")
            : t("notOwner", { unit: consultation.ownerUnit.name })}
        </p>
      )}
      {canEnterComment(user, consultation) ? (
        <p className="mb-6">
          <Link href={`${basePath}/nowa`} data-testid="inbox-enter-link">
            {t("enterLink")}
          </Link>
        </p>
      ) : null}
      <InboxViews basePath={basePath} query={query} views={["lista", "jednostki", "grupy"]} />
      {content}
    </>
  );
}
