import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AttachmentDeleteButton } from "@/components/drafts/attachment-delete-button";
import { AttachmentList } from "@/components/drafts/attachment-list";
import { AttachmentUpload } from "@/components/drafts/attachment-upload";
import { DraftForm } from "@/components/drafts/draft-form";
import { VersionList } from "@/components/drafts/version-list";
import { Forbidden } from "@/components/ui/forbidden";
import { getCurrentUser } from "@/lib/auth/session";
import { canDeleteAttachment, canEditDraft, draftSaveMode } from "@/lib/drafts/policy";
import { getDraftWorkspace, listAttachments, listVersions } from "@/lib/drafts/queries";
import { now } from "@/lib/time/clock";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("drafts"))("title") };
}

export default async function DraftPage({ params }: Props) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/logowanie?callbackUrl=${encodeURIComponent(`/panel/konsultacje/${id}/projekt`)}`);
  const workspace = await getDraftWorkspace(id);
  if (!workspace) notFound();
  const t = await getTranslations("drafts");
  if (!canEditDraft(user, workspace)) return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  const [versions, attachments] = await Promise.all([listVersions(id), listAttachments(id)]);
  const mode = draftSaveMode(workspace, now());
  const deletable = canDeleteAttachment(user, workspace);
  const latest = workspace.latest;
  return (
    <>
      <p className="mb-2 text-muted">{t("title")}</p>
      <h1 className="mb-4">{workspace.title}</h1>
      <p className="mb-6">
        <Link href={`/konsultacje/${workspace.slug}`}>{t("backToConsultation")}</Link>
      </p>
      <p className="mb-8 max-w-3xl border-l-8 border-line bg-surface p-4" data-testid="draft-mode">
        {t(`mode.${mode}`)}
      </p>
      <VersionList versions={versions} />
      <DraftForm
        consultationId={workspace.id}
        mode={mode}
        startOpen={mode === "replace" || latest === null}
        basedOn={workspace.basedOn}
        initial={{
          sourceText: latest?.sourceText ?? "",
          source: latest?.source ?? "TEXT",
          sourceFileName: latest?.sourceFileName ?? null,
        }}
      />
      <div className="mt-12 max-w-3xl">
        <AttachmentList
          files={attachments}
          action={
            deletable ? (file) => <AttachmentDeleteButton consultationId={workspace.id} file={file} /> : undefined
          }
        />
        {deletable ? null : <p className="mb-6 text-muted">{t("attachments.lockedAfterPublication")}</p>}
        <AttachmentUpload consultationId={workspace.id} />
      </div>
    </>
  );
}
