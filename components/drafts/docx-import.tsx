"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { MAX_DRAFT_FILE_SIZE } from "@/lib/drafts/schema";

type Props = {
  consultationId: string;
  error: string | null;
  onError: (message: string | null) => void;
  onImported: (text: string, fileName: string) => void;
};

const MAX_MB = MAX_DRAFT_FILE_SIZE / 1024 / 1024;

/** Uploads a DOCX draft to be read on the server; the text lands in the form for checking. */
export function DocxImport({ consultationId, error, onError, onImported }: Props) {
  const t = useTranslations("drafts");
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ fileName: string; docxWarning: boolean } | null>(null);

  async function load() {
    setDone(null);
    const file = input.current?.files?.[0];
    if (!file) return onError(t("validation.fileRequired"));
    // Refused before sending: a file this size would only be read to be refused.
    if (file.size > MAX_DRAFT_FILE_SIZE) return onError(t("importErrors.too_large", { max: MAX_MB }));
    setBusy(true);
    try {
      const body = new FormData();
      body.append("file", file);
      const response = await fetch(`/panel/konsultacje/${consultationId}/projekt/import`, { method: "POST", body });
      const json = (await response.json().catch(() => null)) as
        | { ok: true; text: string; fileName: string; docxWarning: boolean }
        | { ok: false; error: string; message: string }
        | null;
      if (!json) return onError(t("importErrors.failed"));
      if (!json.ok) {
        return onError(t.has(json.error as never) ? t(json.error as never, { max: MAX_MB } as never) : json.message);
      }
      onError(null);
      setDone({ fileName: json.fileName, docxWarning: json.docxWarning });
      onImported(json.text, json.fileName);
    } catch {
      onError(t("importErrors.failed"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="mb-8 border-l-4 border-line pl-4">
      <h3 className="mb-2 text-xl">{t("import.title")}</h3>
      {done ? (
        <p role="status" className="mb-4 border-l-8 border-success bg-[#cce2d8] p-3" data-testid="docx-imported">
          {t("import.done", { fileName: done.fileName })}
          {done.docxWarning ? ` ${t("import.docxWarning")}` : null}
        </p>
      ) : null}
      <Field
        id="draftFile"
        label={t("import.fileLabel")}
        hint={t("import.fileHint", { max: MAX_MB })}
        error={error ?? undefined}
      >
        <input
          ref={input}
          id="draftFile"
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          className="block text-base"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy("draftFile", { hint: true, error })}
        />
      </Field>
      <Button variant="secondary" onClick={load} disabled={busy}>
        {busy ? t("import.busy") : t("import.button")}
      </Button>
    </div>
  );
}
