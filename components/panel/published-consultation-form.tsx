"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { useFieldErrors } from "@/components/ui/use-field-errors";
import { savePublishedConsultationAction } from "@/lib/consultations/actions";
import { type PublishedConsultationInput, publishedConsultationSchema } from "@/lib/consultations/schema";

type Props = {
  consultationId: string;
  initial: PublishedConsultationInput;
  /** The end date may move later only while the consultation is open. */
  mayExtend: boolean;
  endDateHint: string;
};

type Name = keyof PublishedConsultationInput & string;

/** What may still change after publication: the title, the contact and, while open, a later end date. */
export function PublishedConsultationForm({ consultationId, initial, mayExtend, endDateHint }: Props) {
  const t = useTranslations("consultationForm");
  const tForm = useTranslations("form");
  const tValidation = useTranslations("validation");
  const tAdmin = useTranslations("consultationAdmin");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(
    () => publishedConsultationSchema({ endDate: initial.endDate, mayExtend }),
    [initial.endDate, mayExtend],
  );
  const form = useForm<PublishedConsultationInput>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: initial,
  });
  const { message, summary } = useFieldErrors(form.formState.errors);

  async function onSubmit(values: PublishedConsultationInput) {
    setFormError(null);
    const result = await savePublishedConsultationAction(consultationId, values).catch(() => null);
    if (!result?.ok) {
      const { _form, ...fields } = result?.fieldErrors ?? {};
      for (const [field, key] of Object.entries(fields)) form.setError(field as Name, { message: key });
      if (_form || Object.keys(fields).length === 0) {
        setFormError(
          _form && tValidation.has(_form as never)
            ? tValidation(_form as never)
            : result?.reason === "forbidden"
              ? tAdmin("forbidden")
              : tForm("serverError"),
        );
      }
      return;
    }
    router.push(`/panel/konsultacje/${consultationId}?zapisano=1`);
    router.refresh();
  }

  const errors = formError ? [{ fieldId: "title", message: formError }, ...summary] : summary;
  const field = (name: Name, label: string, type = "text", hint?: string, readOnly = false) => {
    const error = message(name);
    return (
      <Field id={name} label={label} hint={hint} error={error}>
        <input
          id={name}
          type={type}
          readOnly={readOnly}
          className={readOnly ? `${inputClass} bg-surface` : inputClass}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, { hint, error })}
          {...form.register(name)}
        />
      </Field>
    );
  };

  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit)} className="max-w-3xl">
      <ErrorSummary title={tForm("errorSummaryTitle")} errors={errors} />
      {field("title", t("titleLabel"))}
      {field("legalBasis", t("legalBasisLabel"), "text", t("legalBasisHint"))}
      {field("contactName", t("contactNameLabel"))}
      {field("contactEmail", t("contactEmailLabel"), "email")}
      {field("contactPhone", t("contactPhoneLabel"), "tel")}
      {field("endDate", t("endDateLabel"), "date", endDateHint, !mayExtend)}
      {mayExtend ? (
        <Field
          id="extensionNote"
          label={t("extensionNoteLabel")}
          hint={t("extensionNoteHint")}
          error={message("extensionNote")}
        >
          <textarea
            id="extensionNote"
            rows={3}
            className={inputClass}
            aria-invalid={message("extensionNote") ? true : undefined}
            aria-describedby={describedBy("extensionNote", { hint: true, error: message("extensionNote") })}
            {...form.register("extensionNote")}
          />
        </Field>
      ) : null}
      <div className="mt-8 flex flex-wrap items-center gap-6">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? tForm("saving") : t("saveChanges")}
        </Button>
        <Link href={`/panel/konsultacje/${consultationId}`}>{t("cancel")}</Link>
      </div>
    </form>
  );
}
