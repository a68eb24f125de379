"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useOrgFieldErrors, useRefusalMessage } from "@/components/organizations/use-org-messages";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { CheckboxField, describedBy, Field, inputClass } from "@/components/ui/field";
import { createUnitAction, updateUnitAction } from "@/lib/units/actions";
import { type UnitInput, unitSchema } from "@/lib/units/schema";

type Name = "name" | "shortName" | "email";

/** A new owner unit (department), or (`editing`) a correction of one; CWOP is the coordinating one. */
export function UnitForm({ editing }: { editing?: { id: string; initial: UnitInput } }) {
  const t = useTranslations("adminUnits");
  const tForm = useTranslations("form");
  const refusal = useRefusalMessage();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<UnitInput>({
    resolver: zodResolver(unitSchema),
    shouldFocusError: false,
    defaultValues: editing?.initial ?? { name: "", shortName: "", email: "", isCoordinator: false },
  });
  const { message, summary } = useOrgFieldErrors(form.formState.errors);

  async function onSubmit(values: UnitInput) {
    setFormError(null);
    setSaved(false);
    if (editing) {
      const result = await updateUnitAction(editing.id, values).catch(() => null);
      if (result?.ok) {
        setSaved(true);
        router.refresh();
        return;
      }
      refuse(result);
      return;
    }
    const result = await createUnitAction(values).catch(() => null);
    if (result?.ok) {
      router.push(`/admin/komorki/${result.data.id}`);
      return;
    }
    refuse(result);
  }

  function refuse(result: Awaited<ReturnType<typeof updateUnitAction>> | null) {
    if (result?.ok) return;
    const { _form, ...fields } = result?.fieldErrors ?? {};
    for (const [field, key] of Object.entries(fields)) form.setError(field as Name, { message: key });
    if (_form || Object.keys(fields).length === 0) setFormError(refusal(result));
  }

  const field = (name: Name, label: string, type = "text") => {
    const error = message(name);
    return (
      <Field id={name} label={label} error={error}>
        <input
          id={name}
          type={type}
          className={inputClass}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, { error })}
          {...form.register(name)}
        />
      </Field>
    );
  };
  const errors = formError ? [{ fieldId: "name", message: formError }, ...summary] : summary;
  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit)} className="max-w-xl">
      <ErrorSummary title={tForm("errorSummaryTitle")} errors={errors} />
      {saved ? (
        <p role="status" className="mb-6 border-l-8 border-success bg-[#cce2d8] p-4" data-testid="unit-saved">
          {t("saved")}
        </p>
      ) : null}
      {field("name", t("nameLabel"))}
      {field("shortName", t("shortNameLabel"))}
      {field("email", t("emailLabel"), "email")}
      <CheckboxField
        id="isCoordinator"
        label={t("coordinatorLabel")}
        hint={t("coordinatorHint")}
        registration={form.register("isCoordinator")}
      />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? tForm("saving") : editing ? t("save") : t("create")}
      </Button>
    </form>
  );
}
