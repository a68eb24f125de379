"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field } from "@/components/ui/field";
import { MAX_ATTACHMENT_SIZE } from "@/lib/consultations/attachment-type";

const MAX_MB = MAX_ATTACHMENT_SIZE / 1024 / 1024;

/** Sends one attachment to the upload route (a file may exceed a server action's body limit). */
export function AttachmentUpload({ consultationId }: { consultationId: string }) {
  const t = useTranslations("drafts.attachments");
  const tForm = useTranslations("form");
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState<string | null>(null);

  async function upload(event: React.FormEvent) {
    event.preventDefault();
    setUploaded(null);
    const file = input.current?.files?.[0];
    if (!file) return setError(t("errors.fileRequired"));
    if (file.size > MAX_ATTACHMENT_SIZE) return setError(t("errors.too_large", { max: MAX_MB }));
    setBusy(true);
    try {
      const body = new FormData();
      body.append("file", file);
      const response = await fetch(`/api/konsultacje/${consultationId}/zalaczniki`, { method: "POST", body });
      const json = (await response.json().catch(() => null)) as
        | { ok: true; file: { fileName: string } }
        | { ok: false; message: string }
        | null;
      if (!json) return setError(t("errors.failed"));
      if (!json.ok) return setError(json.message);
      setError(null);
      setUploaded(json.file.fileName);
      if (input.current) input.current.value = "";
      router.refresh();
    } catch {
      setError(t("errors.failed"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form noValidate onSubmit={upload} className="mb-8">
      <ErrorSummary
        title={tForm("errorSummaryTitle")}
        errors={error ? [{ fieldId: "attachmentFile", message: error }] : []}
      />
      {uploaded ? (
        <p role="status" className="mb-4 border-l-8 border-success bg-[#cce2d8] p-3" data-testid="attachment-uploaded">
          {t("uploaded", { fileName: uploaded })}
        </p>
      ) : null}
      <Field id="attachmentFile" label={t("fileLabel")} hint={t("intro", { max: MAX_MB })} error={error ?? undefined}>
        <input
          ref={input}
          id="attachmentFile"
          type="file"
          accept=".pdf,.docx,.odt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text"
          className="block text-base"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy("attachmentFile", { hint: true, error })}
        />
      </Field>
      <Button type="submit" variant="secondary" disabled={busy}>
        {busy ? t("busy") : t("upload")}
      </Button>
    </form>
  );
}
