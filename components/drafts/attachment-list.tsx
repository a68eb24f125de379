import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { AttachmentSummary } from "@/lib/drafts/queries";

const TYPE_LABEL: Record<string, string> = {
  "application/pdf": "PDF",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
  "application/vnd.oasis.opendocument.text": "ODT",
};

type Props = {
  files: readonly Pick<AttachmentSummary, "id" | "fileName" | "mimeType" | "size">[];
  /** Rendered after each file (the clerk's delete button); nothing on public pages. */
  action?: (file: Pick<AttachmentSummary, "id" | "fileName">) => ReactNode;
  /** Public pages leave the section out when there is nothing to list. */
  hideWhenEmpty?: boolean;
};

/** A consultation's attachments as download links with type and size; usable on public pages. */
export function AttachmentList({ files, action, hideWhenEmpty = false }: Props) {
  const t = useTranslations("drafts.attachments");
  const format = useFormatter();
  if (files.length === 0 && hideWhenEmpty) return null;
  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? t("kb", { value: format.number(Math.max(1, Math.round(bytes / 1024))) })
      : t("mb", { value: format.number(bytes / 1024 / 1024, { maximumFractionDigits: 1 }) });
  return (
    <section aria-labelledby="attachments-title" className="mb-8" data-testid="attachments">
      <h2 id="attachments-title" className="mb-2 text-xl">
        {t("title")}
      </h2>
      {files.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <ul className="space-y-2">
          {files.map((file) => (
            <li key={file.id} className="flex flex-wrap items-center gap-x-4 gap-y-1">
              <a href={`/api/pliki/${file.id}`}>{file.fileName}</a>
              <span className="text-base text-muted">
                ({t("size", { type: TYPE_LABEL[file.mimeType] ?? file.mimeType, size: size(file.size) })})
              </span>
              {action?.(file)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
