import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InboxFilters } from "@/components/inbox/inbox-filters";
import { InboxPager, InboxViews } from "@/components/inbox/inbox-navigation";
import { InboxTable } from "@/components/inbox/inbox-table";
import { UnitView } from "@/components/inbox/unit-view";
import { Forbidden } from "@/components/ui/forbidden";
import { recordId } from "@/lib/actions/ids";
import { getCurrentUser } from "@/lib/auth/session";
import { INBOX_PAGE_SIZE, isFiltered, parseInboxQuery } from "@/lib/responses/filters";
import { canViewCouncilComments } from "@/lib/responses/policy";
import {
  computeCommentGroups,
  getInboxConsultation,
  getInboxFilterOptions,
  groupIndex,
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
  return { title: (await getTranslations("inbox.council"))("title") };
}

/** The Council's read-only view of every comment of a consultation and the owner unit's answers. */
export default async function CouncilCommentsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/logowanie?callbackUrl=/rada/konsultacje/${encodeURIComponent(id)}/uwagi`);
  const consultation = recordId.safeParse(id).success ? await getInboxConsultation(id, now()) : null;
  if (!consultation) notFound();
  const t = await getTranslations("inbox");
  if (!canViewCouncilComments(user, consultation)) {
    return <Forbidden title={t("council.forbiddenTitle")} body={t("council.forbiddenBody")} />;
  }
  const raw = await searchParams;
  // The Council has no assignments: that filter and the groups view are the clerks' tools.
  const query = { ...parseInboxQuery(raw), assignee: null };
  if (query.view === "grupy") query.view = "lista";
  const byUnit = query.view === "jednostki";
  const basePath = `/rada/konsultacje/${consultation.id}/uwagi`;
  const settings = await getSettings();
  const [options, list, groups] = await Promise.all([
    getInboxFilterOptions(consultation.id, consultation.ownerUnitId),
    listInbox(consultation.id, byUnit ? { ...query, sort: "jednostka" } : query, query.page, user.id, true),
    byUnit ? computeCommentGroups(consultation.id, settings.similarityThreshold) : [],
  ]);
  const from = (list.page - 1) * INBOX_PAGE_SIZE + 1;
  return (
    <>
      <p className="mb-4">
        <Link href="/rada">{t("council.back")}</Link>
      </p>
      <p className="mb-1 text-muted">{consultation.title}</p>
      <h1 className="mb-4">{t("council.title")}</h1>
      <p className="mb-6 max-w-3xl">{t("council.intro", { unit: consultation.ownerUnit.name })}</p>
      <InboxViews basePath={basePath} query={query} views={["lista", "jednostki"]} />
      <InboxFilters basePath={basePath} query={query} options={{ ...options, clerks: null }} showSort={!byUnit} />
      {list.total === 0 ? (
        <p data-testid="inbox-empty">{isFiltered(query) ? t("emptyFiltered") : t("empty")}</p>
      ) : (
        <>
          <p className="mb-4 font-bold" data-testid="inbox-count">
            {isFiltered(query) ? t("countFiltered", { count: list.total }) : t("count", { count: list.total })}
          </p>
          {byUnit ? (
            <UnitView items={list.items} groups={groupIndex(groups)} answerPath={null} withholdHidden />
          ) : (
            <InboxTable
              items={list.items}
              mode={{ kind: "council" }}
              caption={t("table.caption", {
                from,
                to: from + list.items.length - 1,
                total: list.total,
                sort: t(`filters.sorts.${query.sort}`),
              })}
            />
          )}
        </>
      )}
      <InboxPager basePath={basePath} query={query} page={list.page} pageCount={list.pageCount} />
    </>
  );
}
