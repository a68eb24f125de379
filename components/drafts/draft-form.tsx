"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { JSONContent } from "@tiptap/react";
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type SummaryError } from "@/components/ui/error-summary";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { saveDraftAction } from "@/lib/drafts/actions";
import { hasArticulatedUnits, parseDraftSource } from "@/lib/drafts/parse-source";
import type { DraftSaveMode } from "@/lib/drafts/policy";
import {
  type DraftFormValues,
  type DraftSourceValue,
  draftDocSchema,
  draftFormSchema,
  draftFormWithReasonSchema,
} from "@/lib/drafts/schema";
import { docToText, unitsToDoc } from "@/lib/drafts/tiptap-doc";
import type { ParseResult } from "@/lib/legal-structure/schema";
import { DocxImport } from "./docx-import";
import { UnitTree } from "./unit-tree";
import { WarningList } from "./warning-list";

function EditorLoading() {
  const t = useTranslations("drafts.editor");
  return <p role="status">{t("loading")}</p>;
}

// The editor's code (~160 kB) is fetched only when a clerk opens it.
const DraftEditor = dynamic(() => import("@/components/editor/draft-editor"), {
  ssr: false,
  loading: () => <EditorLoading />,
});

type Props = {
  consultationId: string;
  mode: DraftSaveMode;
  initial: { sourceText: string; source: DraftSourceValue; sourceFileName: string | null };
  /** After publication the form opens with "Nowa wersja"; before it is always open. */
  startOpen: boolean;
  /** The saved version this form starts from (refreshed with the page after each save). */
  basedOn: string | null;
};

export function DraftForm({ consultationId, mode, initial, startOpen, basedOn }: Props) {
  const t = useTranslations("drafts");
  const tForm = useTranslations("form");
  const router = useRouter();
  const isNew = mode !== "replace";
  const reasonRequired = mode === "correction";
  const [open, setOpen] = useState(startOpen);
  const [source, setSource] = useState<DraftSourceValue>(initial.source);
  const [fileName, setFileName] = useState<string | null>(initial.sourceFileName);
  const [parsed, setParsed] = useState<ParseResult>(() =>
    initial.sourceText.trim() ? parseDraftSource(initial.sourceText, initial.source) : { units: [], warnings: [] },
  );
  const [announcement, setAnnouncement] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);
  const [status, setStatus] = useState<
    { kind: "saved"; number: number; replaced: boolean } | { kind: "failed"; key: string } | null
  >(null);
  const [editorOpen, setEditorOpen] = useState(false);
  const [editorDoc, setEditorDoc] = useState<JSONContent | null>(null);
  const latestEditorDoc = useRef<JSONContent | null>(null);
  const onEditorChange = useCallback((doc: JSONContent) => {
    latestEditorDoc.current = doc;
  }, []);

  const form = useForm<DraftFormValues>({
    resolver: zodResolver(reasonRequired ? draftFormWithReasonSchema : draftFormSchema),
    shouldFocusError: false,
    defaultValues: { sourceText: initial.sourceText, reason: "" },
  });
  const errors = form.formState.errors;
  const fieldMessage = (key: string | undefined) =>
    key ? (t.has(`validation.${key}` as never) ? t(`validation.${key}` as never) : t("validation.generic")) : undefined;
  const textError = fieldMessage(errors.sourceText?.message);
  const reasonError = fieldMessage(errors.reason?.message);

  function reparse(text: string, from: DraftSourceValue): ParseResult {
    const result = parseDraftSource(text, from);
    setParsed(result);
    setAnnouncement(
      t("text.reparsed", {
        units: t("tree.count", { count: result.units.length }),
        warnings: result.warnings.filter((w) => w.severity === "warning").length,
      }),
    );
    return result;
  }

  /** The editor's document, validated as the server will; null when it holds something not allowed. */
  function applyEditor(): { text: string; doc: unknown } | null {
    const check = draftDocSchema.safeParse(latestEditorDoc.current);
    if (!check.success) {
      form.setError("sourceText", { message: "document" });
      return null;
    }
    const text = docToText(check.data);
    form.setValue("sourceText", text, { shouldDirty: true });
    setSource("EDITOR");
    reparse(text, "EDITOR");
    return { text, doc: check.data };
  }

  function openEditor() {
    const current = reparse(form.getValues("sourceText"), source);
    setEditorDoc(unitsToDoc(current.units) as JSONContent);
    setEditorOpen(true);
  }

  async function onSubmit(values: DraftFormValues) {
    setStatus(null);
    let document: unknown = null;
    let text = values.sourceText;
    let from = source;
    if (editorOpen) {
      const applied = applyEditor();
      if (!applied) return;
      ({ text, doc: document } = applied);
      from = "EDITOR";
    }
    const result = reparse(text, from);
    if (!hasArticulatedUnits(result.units)) {
      form.setError("sourceText", { message: "noUnits" });
      return;
    }
    const response = await saveDraftAction({
      consultationId,
      source: from,
      sourceText: text,
      sourceFileName: from === "DOCX" ? fileName : null,
      document,
      reason: values.reason,
      basedOn,
    }).catch(() => null);
    if (!response?.ok) {
      for (const [field, key] of Object.entries(response?.fieldErrors ?? {})) {
        if (field === "sourceText" || field === "reason") form.setError(field, { message: key });
      }
      if (!response?.fieldErrors) {
        const key =
          response?.reason === "forbidden" ? "forbidden" : response?.reason === "conflict" ? "conflict" : "failed";
        setStatus({ kind: "failed", key });
        // The version saved meanwhile shows in the list; the text typed here stays in the form.
        if (key === "conflict") router.refresh();
      }
      return;
    }
    setStatus({ kind: "saved", number: response.data.number, replaced: response.data.replaced });
    if (!response.data.replaced) form.setValue("reason", "");
    router.refresh();
  }

  const summary: SummaryError[] = [
    ...(fileError ? [{ fieldId: "draftFile", message: fileError }] : []),
    ...(textError ? [{ fieldId: "sourceText", message: textError }] : []),
    ...(reasonError ? [{ fieldId: "reason", message: reasonError }] : []),
    ...(status?.kind === "failed" ? [{ fieldId: "sourceText", message: t(`validation.${status.key}` as never) }] : []),
  ];

  if (!open) {
    return (
      <Button onClick={() => setOpen(true)} aria-expanded={false}>
        {t("newVersion")}
      </Button>
    );
  }

  return (
    <section aria-labelledby="draft-form-title" id="draft-form">
      <h2 id="draft-form-title" className="mb-4">
        {isNew ? t("formTitle.new") : t("formTitle.replace")}
      </h2>
      <ErrorSummary title={tForm("errorSummaryTitle")} errors={summary} />
      {status?.kind === "saved" ? (
        <p role="status" className="mb-6 border-l-8 border-success bg-[#cce2d8] p-4" data-testid="draft-saved">
          {status.replaced
            ? t("save.doneReplace", { number: status.number })
            : t("save.doneNew", { number: status.number })}
        </p>
      ) : null}
      <p className="sr-only" role="status">
        {announcement}
      </p>
      <div className="grid gap-8 lg:grid-cols-2">
        <div>
          <DocxImport
            consultationId={consultationId}
            error={fileError}
            onError={setFileError}
            onImported={(text, name) => {
              form.setValue("sourceText", text, { shouldDirty: true });
              form.clearErrors("sourceText");
              setSource("DOCX");
              setFileName(name);
              setEditorOpen(false);
              reparse(text, "DOCX");
            }}
          />
          <form noValidate onSubmit={form.handleSubmit(onSubmit)}>
            <Field id="sourceText" label={t("text.label")} hint={t("text.hint")} error={textError}>
              <textarea
                id="sourceText"
                rows={20}
                spellCheck={false}
                className={`${inputClass} max-w-none font-mono text-base`}
                aria-invalid={textError ? true : undefined}
                aria-describedby={describedBy("sourceText", { hint: true, error: textError })}
                {...form.register("sourceText")}
              />
            </Field>
            <div className="mb-6 flex flex-wrap gap-3">
              <Button variant="secondary" onClick={() => reparse(form.getValues("sourceText"), source)}>
                {t("text.reparse")}
              </Button>
              {editorOpen ? null : (
                <Button variant="secondary" onClick={openEditor}>
                  {t("editor.open")}
                </Button>
              )}
            </div>
            {editorOpen && editorDoc ? (
              <div className="mb-6">
                <p id="draft-editor-label" className="mb-1 font-bold">
                  {t("editor.label")}
                </p>
                <p id="draft-editor-hint" className="mb-2 text-muted">
                  {t("editor.hint")}
                </p>
                <DraftEditor
                  initialDoc={editorDoc}
                  onChange={onEditorChange}
                  labelId="draft-editor-label"
                  hintId="draft-editor-hint"
                />
                <div className="mt-3 flex flex-wrap gap-3">
                  <Button variant="secondary" onClick={() => applyEditor()}>
                    {t("editor.apply")}
                  </Button>
                  <Button variant="secondary" onClick={() => setEditorOpen(false)}>
                    {t("editor.close")}
                  </Button>
                </div>
              </div>
            ) : null}
            {isNew ? (
              <Field
                id="reason"
                label={reasonRequired ? t("reason.label") : t("reason.labelOptional")}
                hint={t("reason.hint")}
                error={reasonError}
              >
                <textarea
                  id="reason"
                  rows={3}
                  className={inputClass}
                  aria-invalid={reasonError ? true : undefined}
                  aria-describedby={describedBy("reason", { hint: true, error: reasonError })}
                  {...form.register("reason")}
                />
              </Field>
            ) : null}
            <Button type="submit" disabled={form.formState.isSubmitting}>
              {form.formState.isSubmitting ? t("save.busy") : isNew ? t("save.new") : t("save.replace")}
            </Button>
          </form>
        </div>
        <div className="lg:sticky lg:top-4 lg:self-start">
          <WarningList warnings={parsed.warnings} />
          <UnitTree units={parsed.units} />
        </div>
      </div>
    </section>
  );
}
