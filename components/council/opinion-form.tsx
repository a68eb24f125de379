"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { ChoiceGroup } from "@/components/panel/choice-group";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { MAX_ATTACHMENT_SIZE } from "@/lib/consultations/attachment-type";
import { saveCouncilOpinionAction } from "@/lib/council/actions";
import {
  type CouncilOpinionInput,
  councilOpinionSchema,
  opinionKinds,
  type RecordedOpinionKind,
} from "@/lib/council/schema";
import { quorumOf } from "@/lib/council/votes";

type Name = keyof CouncilOpinionInput & string;

/** The form's starting values: no kind is chosen for a new opinion. */
export type OpinionFormValues = Omit<CouncilOpinionInput, "kind"> & { kind?: RecordedOpinionKind };

type Props = {
  consultationId: string;
  initial: OpinionFormValues;
  councilSize: number;
  currentScanName: string | null;
};

const MAX_MB = MAX_ATTACHMENT_SIZE / 1024 / 1024;
const COUNTS = ["membersPresent", "votesFor", "votesAgainst", "votesAbstaining"] as const;
const FIELD_ORDER: Name[] = [
  "kind",
  "text",
  "resolutionNumber",
  "adoptedOn",
  ...COUNTS,
  "quorumConfirmed",
  "scanFileId",
];

/** The Council's opinion: kind, text, resolution, vote and the scan (uploaded first, then the form is saved). */
export function OpinionForm({ consultationId, initial, councilSize, currentScanName }: Props) {
  const t = useTranslations("councilOpinion");
  const tRoot = useTranslations();
  const tForm = useTranslations("form");
  const router = useRouter();
  const quorum = quorumOf(councilSize);
  const schema = useMemo(() => councilOpinionSchema(councilSize), [councilSize]);
  const form = useForm<CouncilOpinionInput>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: initial as CouncilOpinionInput,
  });
  const scanInput = useRef<HTMLInputElement>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [scanError, setScanError] = useState<string | null>(null);
  const [busy, setBusy] = useState<"scan" | "save" | null>(null);
  const errors = form.formState.errors;
  const translate = (key: unknown): string | undefined => {
    if (typeof key !== "string") return undefined;
    return tRoot.has(key as never) ? tRoot(key as never, { size: councilSize, quorum } as never) : t("errors.failed");
  };
  const message = (name: Name) => translate(errors[name]?.message);
  const present = form.watch("membersPresent");
  const presentNumber = /^\d{1,3}$/.test(present.trim()) ? Number(present) : null;
  const belowQuorum = presentNumber !== null && presentNumber > 0 && presentNumber < quorum;

  async function uploadScan(file: File): Promise<string | null> {
    if (file.size > MAX_ATTACHMENT_SIZE) {
      setScanError(t("scanErrors.tooLarge", { max: MAX_MB }));
      return null;
    }
    setBusy("scan");
    try {
      const body = new FormData();
      body.append("file", file);
      const response = await fetch(`/rada/opinie/${consultationId}/skan`, { method: "POST", body });
      const json = (await response.json().catch(() => null)) as
        | { ok: true; file: { id: string } }
        | { ok: false; message: string }
        | null;
      if (json?.ok) return json.file.id;
      setScanError(json?.message ?? t("scanErrors.failed"));
      return null;
    } catch {
      setScanError(t("scanErrors.failed"));
      return null;
    }
  }

  async function onSubmit(values: CouncilOpinionInput) {
    setFormError(null);
    setScanError(null);
    let scanFileId = values.scanFileId;
    const file = scanInput.current?.files?.[0];
    if (file) {
      const uploaded = await uploadScan(file);
      if (!uploaded) return setBusy(null);
      scanFileId = uploaded;
      // A retry after a refused save must not upload the same file again.
      form.setValue("scanFileId", uploaded);
      if (scanInput.current) scanInput.current.value = "";
    }
    setBusy("save");
    const result = await saveCouncilOpinionAction(consultationId, { ...values, scanFileId }).catch(() => null);
    setBusy(null);
    if (!result?.ok) {
      const { _form, ...fields } = result?.fieldErrors ?? {};
      for (const [field, key] of Object.entries(fields)) form.setError(field as Name, { message: key });
      if (_form || Object.keys(fields).length === 0) {
        setFormError(
          _form ? (translate(_form) ?? null) : t(result?.reason === "forbidden" ? "errors.forbidden" : "errors.failed"),
        );
      }
      return;
    }
    router.push(`/rada/opinie/${consultationId}?zapisano=1`);
    router.refresh();
  }

  const summary = [
    ...(formError ? [{ fieldId: "kind", message: formError }] : []),
    ...FIELD_ORDER.flatMap((name) => {
      const text = message(name);
      return text ? [{ fieldId: name === "scanFileId" ? "scanFile" : name, message: text }] : [];
    }),
    ...(scanError ? [{ fieldId: "scanFile", message: scanError }] : []),
  ];
  const text = (name: Name, label: string, hint?: string, options: { numeric?: boolean; type?: string } = {}) => {
    const error = message(name);
    return (
      <Field id={name} label={label} hint={hint} error={error} className={options.numeric ? "mb-4" : undefined}>
        <input
          id={name}
          type={options.type ?? "text"}
          inputMode={options.numeric ? "numeric" : undefined}
          className={options.numeric ? `${inputClass} max-w-[6rem]` : inputClass}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, { hint, error })}
          {...form.register(name)}
        />
      </Field>
    );
  };
  const textError = message("text");
  const quorumError = message("quorumConfirmed");
  const scanFieldError = scanError ?? message("scanFileId");

  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit)} className="max-w-3xl">
      <ErrorSummary title={tForm("errorSummaryTitle")} errors={summary} />
      <ChoiceGroup
        id="kind"
        legend={t("form.kindLegend")}
        error={message("kind")}
        type="radio"
        options={opinionKinds.map((value) => ({ value, label: t(`kind.${value}`) }))}
        registration={form.register("kind")}
      />
      <Field id="text" label={t("form.textLabel")} hint={t("form.textHint")} error={textError}>
        <textarea
          id="text"
          rows={8}
          className={inputClass}
          aria-invalid={textError ? true : undefined}
          aria-describedby={describedBy("text", { hint: true, error: textError })}
          {...form.register("text")}
        />
      </Field>
      {text("resolutionNumber", t("form.resolutionLabel"), t("form.resolutionHint"))}
      {text("adoptedOn", t("form.adoptedOnLabel"), t("form.adoptedOnHint"), { type: "date" })}

      <fieldset className="mb-6" aria-describedby="votes-hint">
        <legend className="mb-1 text-xl font-bold">{t("form.votesLegend")}</legend>
        <p id="votes-hint" className="mb-4 text-muted">
          {t("form.votesHint", { size: councilSize, quorum })}
        </p>
        {text("membersPresent", t("form.membersPresentLabel"), undefined, { numeric: true })}
        {belowQuorum ? (
          <div className="mb-4 border-l-8 border-danger bg-[#f6d7d2] p-4" data-testid="quorum-warning">
            <p className="mb-2 font-bold">{t("form.quorumWarningTitle")}</p>
            <p className="mb-3">
              {t("form.quorumWarning", { present: presentNumber ?? 0, size: councilSize, quorum })}
            </p>
            {quorumError ? (
              <p id="quorumConfirmed-error" className="mb-2 font-bold text-danger">
                <span className="sr-only">{tForm("errorPrefix")} </span>
                {quorumError}
              </p>
            ) : null}
            <div className="flex items-start gap-3">
              <input
                id="quorumConfirmed"
                type="checkbox"
                className="mt-1 size-6 shrink-0"
                aria-invalid={quorumError ? true : undefined}
                aria-describedby={quorumError ? "quorumConfirmed-error" : undefined}
                {...form.register("quorumConfirmed")}
              />
              <label htmlFor="quorumConfirmed">{t("form.quorumConfirm")}</label>
            </div>
          </div>
        ) : null}
        {text("votesFor", t("form.votesForLabel"), undefined, { numeric: true })}
        {text("votesAgainst", t("form.votesAgainstLabel"), undefined, { numeric: true })}
        {text("votesAbstaining", t("form.votesAbstainingLabel"), undefined, { numeric: true })}
      </fieldset>

      <Field
        id="scanFile"
        label={t("form.scanLabel")}
        hint={
          currentScanName
            ? `${t("form.scanHint", { max: MAX_MB })} ${t("form.scanCurrent", { fileName: currentScanName })}`
            : t("form.scanHint", { max: MAX_MB })
        }
        error={scanFieldError}
      >
        <input
          ref={scanInput}
          id="scanFile"
          type="file"
          accept=".pdf,application/pdf"
          className="block text-base"
          aria-invalid={scanFieldError ? true : undefined}
          aria-describedby={describedBy("scanFile", { hint: true, error: scanFieldError })}
        />
      </Field>
      <Button type="submit" disabled={busy !== null}>
        {busy === "scan" ? t("form.uploadingScan") : busy === "save" ? t("form.saving") : t("form.save")}
      </Button>
    </form>
  );
}
