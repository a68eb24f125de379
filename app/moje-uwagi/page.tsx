import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MyCommentList } from "@/components/my-comments/my-comment-list";
import { Pager } from "@/components/my-comments/pager";
import { getCurrentUser } from "@/lib/auth/session";
import { listMyComments } from "@/lib/council/comment-queries";
import { canSeeMyComments } from "@/lib/council/policy";
import { pageNumber } from "@/lib/council/schema";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("myComments"))("title") };
}

export default async function MyCommentsPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (!canSeeMyComments(user)) redirect("/logowanie?callbackUrl=/moje-uwagi");
  const page = pageNumber((await searchParams).strona);
  const t = await getTranslations("myComments");
  const list = await listMyComments(
    { id: user.id, organizationIds: user.memberships.map((m) => m.organizationId) },
    page,
  );
  return (
    <>
      <h1 className="mb-4">{t("title")}</h1>
      <p className="mb-4 max-w-3xl">{t("intro")}</p>
      {list.total === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <p className="mb-6 font-bold">{t("count", { count: list.total })}</p>
          <MyCommentList items={list.items} />
          <Pager basePath="/moje-uwagi" page={Math.min(page, list.pageCount)} pageCount={list.pageCount} />
        </>
      )}
    </>
  );
}
