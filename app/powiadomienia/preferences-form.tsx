"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ChoiceGroup } from "@/components/panel/choice-group";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { savePreferencesAction } from "@/lib/notifications/actions";
import {
  frequencyValues,
  type PreferencesInput,
  type PreferencesTarget,
  preferencesSchema,
} from "@/lib/notifications/schema";

type Props = {
  /** Distinguishes the ids of the several forms on the page. */
  idPrefix: string;
  target: PreferencesTarget;
  units: readonly { id: string; name: string }[];
  initial: PreferencesInput;
};

/** One subscription: a checkbox per topic (owner unit) and a radio for how often. */
export function PreferencesForm({ idPrefix, target, units, initial }: Props) {
  const t = useTranslations("notifications");
  const tErrors = useTranslations("notifications.errors");
  const tForm = useTranslations("form");
  const router = useRouter();
  const [status, setStatus] = useState<"idle" | "saved">("idle");
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<PreferencesInput>({
    resolver: zodResolver(preferencesSchema),
    shouldFocusError: false,
    defaultValues: { unitIds: [...initial.unitIds], frequency: initial.frequency },
  });
  const translate = (key: unknown) =>
    typeof key === "string" && tErrors.has(key as never) ? tErrors(key as never) : tErrors("generic");
  const errors = form.formState.errors;
  const unitError = errors.unitIds ? translate(errors.unitIds.message) : undefined;
  const frequencyError = errors.frequency ? translate(errors.frequency.message) : undefined;
  const topicsId = `${idPrefix}-unitIds`;
  const frequencyId = `${idPrefix}-frequency`;

  async function onSubmit(values: PreferencesInput) {
    setStatus("idle");
    setFormError(null);
    const result = await savePreferencesAction(target, values).catch(() => null);
    if (result?.ok) {
      setStatus("saved");
      router.refresh();
      return;
    }
    const { _form, ...fields } = result?.fieldErrors ?? {};
    for (const [field, key] of Object.entries(fields)) {
      form.setError(field as keyof PreferencesInput, { message: key });
    }
    if (_form || Object.keys(fields).length === 0) setFormError(translate(_form));
  }

  const summary = [
    ...(formError ? [{ fieldId: topicsId, message: formError }] : []),
    ...(unitError ? [{ fieldId: topicsId, message: unitError }] : []),
    ...(frequencyError ? [{ fieldId: frequencyId, message: frequencyError }] : []),
  ];
  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit)} className="max-w-2xl" data-testid={`${idPrefix}-form`}>
      <ErrorSummary title={tForm("errorSummaryTitle")} errors={summary} />
      {status === "saved" ? (
        <p role="status" className="mb-6 border-l-8 border-success bg-[#cce2d8] p-4">
          {t("saved")}
        </p>
      ) : null}
      <ChoiceGroup
        id={topicsId}
        legend={t("topicsLegend")}
        hint={t("topicsHint")}
        error={unitError}
        type="checkbox"
        options={units.map((u) => ({ value: u.id, label: u.name }))}
        registration={form.register("unitIds")}
      />
      <ChoiceGroup
        id={frequencyId}
        legend={t("frequencyLegend")}
        error={frequencyError}
        type="radio"
        options={frequencyValues.map((value) => ({ value, label: t(`frequency.${value}`) }))}
        registration={form.register("frequency")}
      />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? tForm("saving") : t("save")}
      </Button>
    </form>
  );
}
