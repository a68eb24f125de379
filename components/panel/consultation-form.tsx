"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type ReactNode, useMemo, useRef, useState } from "react";
import { type UseFormReturn, useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { CheckboxField, describedBy, Field, inputClass } from "@/components/ui/field";
import { useFieldErrors } from "@/components/ui/use-field-errors";
import { defaultReceiptCode } from "@/lib/comments/receipt-code";
import { createConsultationAction, saveDraftConsultationAction } from "@/lib/consultations/actions";
import {
  actTypes,
  type ConsultationFormInput,
  commenterScopes,
  consultationFormSchema,
  consultationForms,
  daysInclusive,
} from "@/lib/consultations/schema";
import { isValidIsoDate } from "@/lib/time/warsaw";
import { ChoiceGroup } from "./choice-group";

type Rules = { minDays: number; recommendedDays: number; councilDays: number; councilDefaultToday: string };

type Props = {
  consultationId?: string;
  initial: ConsultationFormInput;
  units: readonly { id: string; name: string }[];
  rules: Rules;
};

type Name = keyof ConsultationFormInput & string;

/** Creating a consultation, or changing every detail of one that is still a draft. */
export function ConsultationForm({ consultationId, initial, units, rules }: Props) {
  const t = useTranslations("consultationForm");
  const tForm = useTranslations("form");
  const tValidation = useTranslations("validation");
  const tAdmin = useTranslations("consultationAdmin");
  const tAct = useTranslations("actType");
  const tKinds = useTranslations("form_kinds");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const receiptEdited = useRef(consultationId !== undefined);
  const schema = useMemo(() => consultationFormSchema(rules.minDays), [rules.minDays]);
  const form = useForm<ConsultationFormInput>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: initial,
  });
  const { message, summary } = useFieldErrors(form.formState.errors);
  const [forms, startDate, endDate] = form.watch(["forms", "startDate", "endDate"]);
  const meeting = Array.isArray(forms) && forms.includes("MEETING");
  const days =
    isValidIsoDate(startDate) && isValidIsoDate(endDate) && endDate >= startDate
      ? daysInclusive(startDate, endDate)
      : null;

  async function onSubmit(values: ConsultationFormInput) {
    setFormError(null);
    const result = await (consultationId
      ? saveDraftConsultationAction(consultationId, values)
      : createConsultationAction(values)
    ).catch(() => null);
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
    router.push(`/panel/konsultacje/${result.data.id}?${consultationId ? "zapisano" : "utworzono"}=1`);
    router.refresh();
  }

  const errors = formError ? [{ fieldId: "title", message: formError }, ...summary] : summary;
  const text = (
    name: Name,
    label: string,
    options: { hint?: ReactNode; type?: string; autoComplete?: string } = {},
  ) => <TextField form={form} name={name} label={label} error={message(name)} {...options} />;
  const titleField = form.register("title", {
    onChange: (event: { target: { value: string } }) => {
      if (!receiptEdited.current) form.setValue("receiptCode", defaultReceiptCode(event.target.value));
    },
  });
  const titleError = message("title");

  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit)} className="max-w-3xl">
      <ErrorSummary title={tForm("errorSummaryTitle")} errors={errors} />

      <h2 className="mb-4 text-2xl">{t("sectionAct")}</h2>
      <Field id="title" label={t("titleLabel")} hint={t("titleHint")} error={titleError}>
        <textarea
          id="title"
          rows={2}
          className={inputClass}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={describedBy("title", { hint: true, error: titleError })}
          {...titleField}
        />
      </Field>
      <ChoiceGroup
        id="actType"
        legend={t("actTypeLabel")}
        error={message("actType")}
        type="radio"
        options={actTypes.map((value) => ({ value, label: tAct(value) }))}
        registration={form.register("actType")}
      />
      {text("subject", t("subjectLabel"), { type: "textarea" })}
      {text("purpose", t("purposeLabel"), { type: "textarea" })}
      {text("legalBasis", t("legalBasisLabel"), { type: "textarea", hint: t("legalBasisHint") })}

      <h2 className="mt-10 mb-4 text-2xl">{t("sectionContact")}</h2>
      <Field id="ownerUnitId" label={t("ownerUnitLabel")} hint={t("ownerUnitHint")} error={message("ownerUnitId")}>
        <select
          id="ownerUnitId"
          className={inputClass}
          aria-invalid={message("ownerUnitId") ? true : undefined}
          aria-describedby={describedBy("ownerUnitId", { hint: true, error: message("ownerUnitId") })}
          {...form.register("ownerUnitId")}
        >
          {units.length > 1 ? <option value="">{t("ownerUnitChoose")}</option> : null}
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </select>
      </Field>
      {text("contactName", t("contactNameLabel"), { autoComplete: "name" })}
      {text("contactEmail", t("contactEmailLabel"), { type: "email", autoComplete: "email" })}
      {text("contactPhone", t("contactPhoneLabel"), { type: "tel", autoComplete: "tel" })}

      <h2 className="mt-10 mb-4 text-2xl">{t("sectionHow")}</h2>
      <ChoiceGroup
        id="forms"
        legend={t("formsLabel")}
        hint={t("formsHint")}
        error={message("forms")}
        type="checkbox"
        options={consultationForms.map((value) => ({
          value,
          label: tKinds(value),
          conditional:
            value === "MEETING" && meeting ? (
              <>
                {text("meetingAt", t("meetingAtLabel"), { type: "datetime-local" })}
                {text("meetingPlace", t("meetingPlaceLabel"), { hint: t("meetingPlaceHint") })}
              </>
            ) : undefined,
        }))}
        registration={form.register("forms")}
      />
      <ChoiceGroup
        id="whoMayComment"
        legend={t("whoLabel")}
        error={message("whoMayComment")}
        type="radio"
        options={commenterScopes.map((value) => ({ value, label: t(`who${value}`) }))}
        registration={form.register("whoMayComment")}
      />
      <CheckboxField
        id="justificationRequired"
        label={t("justificationLabel")}
        hint={t("justificationHint")}
        registration={form.register("justificationRequired")}
      />

      <h2 className="mt-10 mb-4 text-2xl">{t("sectionDates")}</h2>
      {text("startDate", t("startDateLabel"), { type: "date", hint: t("startDateHint") })}
      {text("endDate", t("endDateLabel"), { type: "date", hint: t("endDateHint", { minDays: rules.minDays }) })}
      <div aria-live="polite">
        {days !== null && days >= rules.minDays && days < rules.recommendedDays ? (
          <p className="mb-6 flex max-w-xl items-start gap-3 font-bold" data-testid="short-warning">
            <span
              aria-hidden="true"
              className="flex size-8 shrink-0 items-center justify-center rounded-full bg-ink text-white"
            >
              !
            </span>
            <span>
              <span className="sr-only">{t("warningLabel")}: </span>
              {t("shortWarning", { days, recommendedDays: rules.recommendedDays })}
            </span>
          </p>
        ) : null}
      </div>
      {text("councilOpinionDeadline", t("councilDeadlineLabel"), {
        type: "date",
        hint: t("councilDeadlineHint", { days: rules.councilDays, date: rules.councilDefaultToday }),
      })}
      <TextField
        form={form}
        name="receiptCode"
        label={t("receiptCodeLabel")}
        hint={t("receiptCodeHint")}
        error={message("receiptCode")}
        className="max-w-40 uppercase"
        onEdit={() => {
          receiptEdited.current = true;
        }}
      />

      <div className="mt-8 flex flex-wrap items-center gap-6">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? tForm("saving") : consultationId ? t("saveChanges") : t("create")}
        </Button>
        <Link href={consultationId ? `/panel/konsultacje/${consultationId}` : "/panel"}>{t("cancel")}</Link>
      </div>
    </form>
  );
}

type TextFieldProps = {
  form: UseFormReturn<ConsultationFormInput>;
  name: Name;
  label: string;
  hint?: ReactNode;
  error?: string;
  type?: string;
  autoComplete?: string;
  className?: string;
  onEdit?: () => void;
};

function TextField({ form, name, label, hint, error, type = "text", autoComplete, className, onEdit }: TextFieldProps) {
  const props = {
    id: name,
    className: className ? `${inputClass} ${className}` : inputClass,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(name, { hint, error }),
    autoComplete,
    ...form.register(name, onEdit ? { onChange: onEdit } : undefined),
  };
  return (
    <Field id={name} label={label} hint={hint} error={error}>
      {type === "textarea" ? <textarea rows={4} {...props} /> : <input type={type} {...props} />}
    </Field>
  );
}
