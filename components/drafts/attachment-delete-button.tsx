"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { deleteAttachmentAction } from "@/lib/drafts/actions";

/** Deletes one attachment (allowed before publication only; the server checks again). */
export function AttachmentDeleteButton({
  consultationId,
  file,
}: {
  consultationId: string;
  file: { id: string; fileName: string };
}) {
  const t = useTranslations("drafts.attachments");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  async function remove() {
    setBusy(true);
    const result = await deleteAttachmentAction({ consultationId, fileId: file.id }).catch(() => null);
    setBusy(false);
    setFailed(!result?.ok);
    if (result?.ok) router.refresh();
  }
  return (
    <>
      <button
        type="button"
        className="text-base text-danger underline disabled:opacity-50"
        aria-label={t("deleteLabel", { fileName: file.fileName })}
        onClick={remove}
        disabled={busy}
      >
        {t("delete")}
      </button>
      {failed ? (
        <span role="alert" className="font-bold text-danger">
          {t("errors.locked")}
        </span>
      ) : null}
    </>
  );
}
