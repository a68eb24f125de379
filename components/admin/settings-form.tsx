"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type SummaryError } from "@/components/ui/error-summary";
import { CheckboxField, describedBy, Field, inputClass } from "@/components/ui/field";
import { saveSettingsAction } from "@/lib/settings/actions";
import { type SettingsInput, type SettingsValues, settingsSchema } from "@/lib/settings/schema";

type TextKey = Exclude<keyof SettingsInput, "justificationRequiredByDefault">;

const GROUPS: { legend: string; fields: { key: TextKey; type: "text" | "number"; step?: string }[] }[] = [
  {
    legend: "city",
    fields: [
      { key: "cityName", type: "text" },
      { key: "cityCode", type: "text" },
      { key: "publishingBody", type: "text" },
      { key: "consultationLegalBasis", type: "text" },
    ],
  },
  {
    legend: "periods",
    fields: [
      { key: "minConsultationDays", type: "number" },
      { key: "recommendedConsultationDays", type: "number" },
      { key: "councilOpinionDays", type: "number" },
      { key: "reportDueDays", type: "number" },
    ],
  },
  {
    legend: "council",
    fields: [
      { key: "councilName", type: "text" },
      { key: "councilSize", type: "number" },
      { key: "councilTermYears", type: "number" },
    ],
  },
  { legend: "comments", fields: [{ key: "similarityThreshold", type: "number", step: "0.05" }] },
];

/** The city's settings, each with its bounds; what was typed stays when the server refuses it. */
export function SettingsForm({ initial }: { initial: SettingsValues }) {
  const t = useTranslations("adminSettings");
  const tForm = useTranslations("form");
  const router = useRouter();
  const [status, setStatus] = useState<{ kind: "saved"; changed: number } | { kind: "failed" } | null>(null);
  const form = useForm<SettingsInput, unknown, SettingsValues>({
    resolver: zodResolver(settingsSchema),
    shouldFocusError: false,
    defaultValues: initial,
  });
  const errors = form.formState.errors;
  const message = (key: keyof SettingsInput) => {
    const code = errors[key]?.message;
    return typeof code === "string" ? t(`errors.${code}` as never) : undefined;
  };

  async function onSubmit(values: SettingsValues) {
    setStatus(null);
    const result = await saveSettingsAction(values).catch(() => null);
    if (result?.ok) {
      setStatus({ kind: "saved", changed: result.data.changed.length });
      router.refresh();
      return;
    }
    for (const [field, code] of Object.entries(result?.fieldErrors ?? {})) {
      if (field !== "_form") form.setError(field as keyof SettingsInput, { message: code });
    }
    setStatus({ kind: "failed" });
  }

  const summary: SummaryError[] = [
    ...(Object.keys(errors) as (keyof SettingsInput)[]).flatMap((key) => {
      const text = message(key);
      return text ? [{ fieldId: key, message: `${t(`fields.${key}.label` as never)}: ${text}` }] : [];
    }),
    ...(status?.kind === "failed" && Object.keys(errors).length === 0
      ? [{ fieldId: "cityName", message: tForm("serverError") }]
      : []),
  ];

  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit)} className="max-w-3xl" data-testid="settings-form">
      <ErrorSummary title={tForm("errorSummaryTitle")} errors={summary} />
      {status?.kind === "saved" ? (
        <p role="status" className="mb-6 border-l-8 border-success bg-[#cce2d8] p-4" data-testid="settings-saved">
          {t("saved", { count: status.changed })}
        </p>
      ) : null}
      {GROUPS.map((group) => (
        <fieldset key={group.legend} className="mb-8">
          <legend className="mb-4 text-2xl font-bold">{t(`groups.${group.legend}` as never)}</legend>
          {group.fields.map(({ key, type, step }) => {
            const error = message(key);
            return (
              <Field
                key={key}
                id={key}
                label={t(`fields.${key}.label` as never)}
                hint={t(`fields.${key}.hint` as never)}
                error={error}
              >
                <input
                  id={key}
                  type={type}
                  inputMode={type === "number" ? "decimal" : undefined}
                  step={step}
                  className={type === "number" ? `${inputClass} max-w-40` : inputClass}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={describedBy(key, { hint: true, error })}
                  {...form.register(key)}
                />
              </Field>
            );
          })}
          {group.legend === "comments" ? (
            <CheckboxField
              id="justificationRequiredByDefault"
              label={t("fields.justificationRequiredByDefault.label")}
              hint={t("fields.justificationRequiredByDefault.hint")}
              registration={form.register("justificationRequiredByDefault")}
            />
          ) : null}
        </fieldset>
      ))}
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? tForm("saving") : t("save")}
      </Button>
    </form>
  );
}
