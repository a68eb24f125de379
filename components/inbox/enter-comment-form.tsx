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
import { enterCommentAction } from "@/lib/responses/actions";
import { MAX_SCAN_SIZE } from "@/lib/responses/scan";
import { type EnteredCommentInput, enteredChannels, enteredCommentSchema } from "@/lib/responses/schema";

type Props = {
  consultationId: string;
  /** The consultation's last day and today (Warsaw dates): the date received may be neither later. */
  endDate: string;
  /** The last day as people read it ("10 grudnia 2026"). */
  endDateLabel: string;
  today: string;
  units: readonly { id: string; citation: string; depth: number }[];
  organizations: readonly { id: string; name: string }[];
  /** Where the entered comment is shown ("{id}" is replaced by its id). */
  savedHrefTemplate: string;
};

type Name = keyof EnteredCommentInput & string;

const MAX_MB = MAX_SCAN_SIZE / 1024 / 1024;
const FIELD_ORDER: Name[] = [
  "submitterKind",
  "organizationId",
  "submitterName",
  "jointWith",
  "provisionId",
  "body",
  "proposedWording",
  "justification",
  "receivedOn",
  "channel",
  "scanFileId",
];
const selectClass = "block w-full max-w-xl border-2 border-ink bg-white px-2 py-1.5 text-lg";

/** A comment received by e-mail, post, in person or at a meeting, typed in by a clerk (with an optional scan). */
export function EnterCommentForm({
  consultationId,
  endDate,
  endDateLabel,
  today,
  units,
  organizations,
  savedHrefTemplate,
}: Props) {
  const t = useTranslations("inbox.enter");
  const tChannel = useTranslations("inbox.channel");
  const tRoot = useTranslations();
  const tForm = useTranslations("form");
  const router = useRouter();
  const schema = useMemo(() => enteredCommentSchema({ endDate, today }), [endDate, today]);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm<EnteredCommentInput>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: {
      submitterKind: "organization",
      organizationId: "",
      submitterName: "",
      jointWith: "",
      provisionId: "",
      body: "",
      proposedWording: "",
      justification: "",
      receivedOn: today <= endDate ? today : endDate,
      channel: undefined,
      scanFileId: "",
      idempotencyKey,
    },
  });
  const scanInput = useRef<HTMLInputElement>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [scanError, setScanError] = useState<string | null>(null);
  const [busy, setBusy] = useState<"scan" | "save" | null>(null);
  const errors = form.formState.errors;
  const translate = (key: unknown): string | undefined => {
    if (typeof key !== "string") return undefined;
    return tRoot.has(key as never)
      ? tRoot(key as never, { date: endDateLabel } as never)
      : tRoot("inbox.errors.failed");
  };
  const message = (name: Name) => translate(errors[name]?.message);
  const submitterKind = form.watch("submitterKind");

  async function uploadScan(file: File): Promise<string | null> {
    if (file.size > MAX_SCAN_SIZE) {
      setScanError(t("scanErrors.tooLarge", { max: MAX_MB }));
      return null;
    }
    setBusy("scan");
    try {
      const body = new FormData();
      body.append("file", file);
      const response = await fetch(`/panel/konsultacje/${consultationId}/uwagi/skan`, { method: "POST", body });
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

  async function onSubmit(values: EnteredCommentInput) {
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
    const result = await enterCommentAction(consultationId, { ...values, scanFileId }).catch(() => null);
    setBusy(null);
    if (!result?.ok) {
      const { _form, scanFile, ...fields } = result?.fieldErrors ?? {};
      for (const [field, key] of Object.entries(fields)) form.setError(field as Name, { message: key });
      if (scanFile) setScanError(translate(scanFile) ?? null);
      if (_form || (!scanFile && Object.keys(fields).length === 0)) {
        setFormError(
          translate(_form ?? (result?.reason === "forbidden" ? "inbox.errors.forbidden" : "inbox.errors.failed")) ??
            null,
        );
      }
      return;
    }
    router.push(savedHrefTemplate.replace("{id}", result.data.commentId));
    router.refresh();
  }

  const fieldId = (name: Name) =>
    name === "scanFileId" ? "scanFile" : name === "submitterKind" ? "submitterKind" : name;
  const summary = [
    ...(formError ? [{ fieldId: "submitterKind", message: formError }] : []),
    ...FIELD_ORDER.flatMap((name) => {
      const text = message(name);
      return text ? [{ fieldId: fieldId(name), message: text }] : [];
    }),
    ...(scanError ? [{ fieldId: "scanFile", message: scanError }] : []),
  ];
  const textarea = (name: Name, label: string, hint?: string, rows = 4) => {
    const error = message(name);
    return (
      <Field id={name} label={label} hint={hint} error={error}>
        <textarea
          id={name}
          rows={rows}
          className={inputClass}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, { hint, error })}
          {...form.register(name)}
        />
      </Field>
    );
  };
  const organizationError = message("organizationId");
  const submitterNameError = message("submitterName");
  const provisionError = message("provisionId");
  const receivedError = message("receivedOn");
  const scanFieldError = scanError ?? message("scanFileId");

  // The sender's name: an organisation's (another organisation) or a person's (only with consent).
  const submitterNameField = (label: string, hint: string) => (
    <Field id="submitterName" label={label} hint={hint} error={submitterNameError}>
      <input
        id="submitterName"
        type="text"
        autoComplete="off"
        className={inputClass}
        aria-invalid={submitterNameError ? true : undefined}
        aria-describedby={describedBy("submitterName", { hint: true, error: submitterNameError })}
        {...form.register("submitterName")}
      />
    </Field>
  );

  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit)} className="max-w-3xl" data-testid="enter-comment-form">
      <ErrorSummary title={tForm("errorSummaryTitle")} errors={summary} />
      <ChoiceGroup
        id="submitterKind"
        legend={t("submitterLegend")}
        error={message("submitterKind")}
        type="radio"
        options={[
          {
            value: "organization",
            label: t("submitterOrganization"),
            conditional:
              submitterKind === "organization" ? (
                <Field id="organizationId" label={t("organizationLabel")} error={organizationError}>
                  <select
                    id="organizationId"
                    className={selectClass}
                    aria-invalid={organizationError ? true : undefined}
                    aria-describedby={describedBy("organizationId", { error: organizationError })}
                    {...form.register("organizationId")}
                  >
                    <option value="">{t("organizationChoose")}</option>
                    {organizations.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.name}
                      </option>
                    ))}
                  </select>
                </Field>
              ) : null,
          },
          {
            value: "other",
            label: t("submitterOther"),
            conditional:
              submitterKind === "other" ? submitterNameField(t("submitterNameLabel"), t("submitterNameHint")) : null,
          },
          {
            value: "person",
            label: t("submitterPerson"),
            conditional:
              submitterKind === "person" ? submitterNameField(t("personNameLabel"), t("personNameHint")) : null,
          },
        ]}
        registration={form.register("submitterKind")}
      />
      {textarea("jointWith", t("jointWithLabel"), t("jointWithHint"), 3)}
      <Field id="provisionId" label={t("unitLabel")} error={provisionError}>
        <select
          id="provisionId"
          className={selectClass}
          aria-invalid={provisionError ? true : undefined}
          aria-describedby={describedBy("provisionId", { error: provisionError })}
          {...form.register("provisionId")}
        >
          <option value="">{t("wholeDraft")}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {`${"\u00a0\u00a0".repeat(Math.min(u.depth, 6))}${u.citation}`}
            </option>
          ))}
        </select>
      </Field>
      {textarea("body", t("bodyLabel"), t("bodyHint"), 8)}
      {textarea("proposedWording", t("proposedWordingLabel"))}
      {textarea("justification", t("justificationLabel"))}
      <Field
        id="receivedOn"
        label={t("receivedOnLabel")}
        hint={t("receivedOnHint", { date: endDateLabel })}
        error={receivedError}
      >
        <input
          id="receivedOn"
          type="date"
          max={today <= endDate ? today : endDate}
          className={`${inputClass} max-w-[12rem]`}
          aria-invalid={receivedError ? true : undefined}
          aria-describedby={describedBy("receivedOn", { hint: true, error: receivedError })}
          {...form.register("receivedOn")}
        />
      </Field>
      <ChoiceGroup
        id="channel"
        legend={t("channelLegend")}
        error={message("channel")}
        type="radio"
        options={enteredChannels.map((value) => ({ value, label: tChannel(value) }))}
        registration={form.register("channel")}
      />
      <Field id="scanFile" label={t("scanLabel")} hint={t("scanHint", { max: MAX_MB })} error={scanFieldError}>
        <input
          ref={scanInput}
          id="scanFile"
          type="file"
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          className="block text-base"
          aria-invalid={scanFieldError ? true : undefined}
          aria-describedby={describedBy("scanFile", { hint: true, error: scanFieldError })}
        />
      </Field>
      <Button type="submit" disabled={busy !== null}>
        {busy === "scan" ? t("uploading") : busy === "save" ? t("saving") : t("submit")}
      </Button>
    </form>
  );
}
