"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useOrgFieldErrors, useRefusalMessage } from "@/components/organizations/use-org-messages";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { addUnitClerkAction } from "@/lib/units/actions";
import { type ClerkEmailInput, clerkEmailSchema } from "@/lib/units/schema";

/** Adds a clerk to a unit by e-mail (the account is created when the person has none). */
export function ClerkForm({ unitId }: { unitId: string }) {
  const t = useTranslations("adminUnits");
  const tForm = useTranslations("form");
  const refusal = useRefusalMessage();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ClerkEmailInput>({
    resolver: zodResolver(clerkEmailSchema),
    shouldFocusError: false,
    defaultValues: { email: "" },
  });
  const { message, summary } = useOrgFieldErrors(form.formState.errors);
  const error = message("email");

  async function onSubmit(values: ClerkEmailInput) {
    setFormError(null);
    const result = await addUnitClerkAction(unitId, values).catch(() => null);
    if (result?.ok) {
      form.reset({ email: "" });
      router.refresh();
      return;
    }
    const { _form, ...fields } = result?.fieldErrors ?? {};
    for (const [field, key] of Object.entries(fields)) form.setError(field as "email", { message: key });
    if (_form || Object.keys(fields).length === 0) setFormError(refusal(result));
  }

  const errors = formError ? [{ fieldId: "email", message: formError }, ...summary] : summary;
  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit)} className="max-w-xl">
      <ErrorSummary title={tForm("errorSummaryTitle")} errors={errors} />
      <Field id="email" label={t("clerkEmailLabel")} hint={t("clerkEmailHint")} error={error}>
        <input
          id="email"
          type="email"
          spellCheck={false}
          className={inputClass}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy("email", { hint: true, error })}
          {...form.register("email")}
        />
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? tForm("saving") : t("addClerk")}
      </Button>
    </form>
  );
}
