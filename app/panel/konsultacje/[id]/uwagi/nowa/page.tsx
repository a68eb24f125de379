import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { EnterCommentForm } from "@/components/inbox/enter-comment-form";
import { Forbidden } from "@/components/ui/forbidden";
import { recordId } from "@/lib/actions/ids";
import { getCurrentUser } from "@/lib/auth/session";
import { canEnterComment } from "@/lib/responses/policy";
import { getEntryOptions, getInboxConsultation } from "@/lib/responses/queries";
import { now } from "@/lib/time/clock";
import { startOfWarsawDay, warsawDate } from "@/lib/time/warsaw";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox.enter"))("title") };
}

/** A comment that arrived by e-mail, post, in person or at an open meeting, typed in by a clerk. */
export default async function EnterCommentPage({ params }: Props) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/logowanie?callbackUrl=/panel/konsultacje/${encodeURIComponent(id)}/uwagi/nowa`);
  const at = now();
  const consultation = recordId.safeParse(id).success ? await getInboxConsultation(id, at) : null;
  if (!consultation) notFound();
  const t = await getTranslations("inbox.enter");
  // Who may enter at all (as if it were open), then whether this consultation takes entries now.
  if (!canEnterComment(user, { ...consultation, status: "OPEN" })) return <Forbidden />;
  if (!canEnterComment(user, consultation)) {
    return (
      <Forbidden
        title={t("title")}
        body={consultation.status === "REPORT_PUBLISHED" ? t("errors.locked") : t("errors.notOpen")}
      />
    );
  }
  const basePath = `/panel/konsultacje/${consultation.id}/uwagi`;
  const [options, format] = await Promise.all([getEntryOptions(consultation.consultedVersionId), getFormatter()]);
  const endDateLabel = format.dateTime(startOfWarsawDay(consultation.endDate), { dateStyle: "long" });
  return (
    <>
      <p className="mb-4">
        <Link href={basePath}>{t("back")}</Link>
      </p>
      <p className="mb-1 text-muted">{consultation.title}</p>
      <h1 className="mb-4">{t("title")}</h1>
      <p className="mb-8 max-w-3xl">{t("intro", { date: endDateLabel })}</p>
      <EnterCommentForm
        consultationId={consultation.id}
        endDate={consultation.endDate}
        endDateLabel={endDateLabel}
        today={warsawDate(at)}
        units={options.units}
        organizations={options.organizations}
        savedHrefTemplate={`${basePath}/{id}?wprowadzono=1`}
      />
    </>
  );
}
