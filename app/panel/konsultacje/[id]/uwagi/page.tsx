import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Pager } from "@/components/my-comments/pager";
import { CommentModerationList } from "@/components/panel-comments/comment-moderation-list";
import { Forbidden } from "@/components/ui/forbidden";
import { getCurrentUser } from "@/lib/auth/session";
import { listConsultationComments } from "@/lib/council/comment-queries";
import { canModerateComments } from "@/lib/council/policy";
import { getConsultationTiming } from "@/lib/council/queries";
import { pageNumber } from "@/lib/council/schema";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("commentModeration"))("title") };
}

export default async function ConsultationCommentsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/logowanie?callbackUrl=/panel/konsultacje/${encodeURIComponent(id)}/uwagi`);
  const consultation = await getConsultationTiming(id);
  if (!consultation) notFound();
  if (!canModerateComments(user, consultation)) return <Forbidden />;
  const query = await searchParams;
  const page = pageNumber(query.strona);
  const [t, list, title] = await Promise.all([
    getTranslations("commentModeration"),
    listConsultationComments(consultation.id, page),
    getTranslations("myComments"),
  ]);
  return (
    <>
      <p className="mb-4">
        <Link href={`/panel/konsultacje/${consultation.id}`}>{t("back")}</Link>
      </p>
      {query.ukryto ? (
        <p role="status" className="mb-6 max-w-3xl border-l-8 border-success bg-[#cce2d8] p-4">
          {t("hidden")}
        </p>
      ) : null}
      <p className="mb-1 text-muted">{consultation.title}</p>
      <h1 className="mb-4">{t("title")}</h1>
      <p className="mb-6 max-w-3xl">{t("intro")}</p>
      {list.total === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <p className="mb-6 font-bold">{title("count", { count: list.total })}</p>
          <CommentModerationList items={list.items} />
          <Pager
            basePath={`/panel/konsultacje/${consultation.id}/uwagi`}
            page={Math.min(page, list.pageCount)}
            pageCount={list.pageCount}
          />
        </>
      )}
    </>
  );
}
