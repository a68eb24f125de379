"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useOrgFieldErrors, useRefusalMessage } from "@/components/organizations/use-org-messages";
import { ChoiceGroup } from "@/components/panel/choice-group";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { CheckboxField, describedBy, Field, inputClass } from "@/components/ui/field";
import { setCouncilSeatAction } from "@/lib/units/actions";
import { appointments, type CouncilSeatInput, councilSeatSchema } from "@/lib/units/schema";

type Name = "email" | "termStart" | "termEnd";

/** Gives a person a seat on the Public Benefit Council (or changes their seat). */
export function CouncilSeatForm({ initial }: { initial: CouncilSeatInput }) {
  const t = useTranslations("adminCouncil");
  const tAppointed = useTranslations("adminCouncilAppointed");
  const tForm = useTranslations("form");
  const refusal = useRefusalMessage();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CouncilSeatInput>({
    resolver: zodResolver(councilSeatSchema),
    shouldFocusError: false,
    defaultValues: initial,
  });
  const { message, summary } = useOrgFieldErrors(form.formState.errors);

  async function onSubmit(values: CouncilSeatInput) {
    setFormError(null);
    const result = await setCouncilSeatAction(values).catch(() => null);
    if (result?.ok) {
      router.push("/admin/rada?zapisano=1");
      router.refresh();
      return;
    }
    const { _form, ...fields } = result?.fieldErrors ?? {};
    for (const [field, key] of Object.entries(fields)) form.setError(field as Name, { message: key });
    if (_form || Object.keys(fields).length === 0) setFormError(refusal(result));
  }

  const field = (name: Name, label: string, type: string, hint?: string) => {
    const error = message(name);
    return (
      <Field id={name} label={label} hint={hint} error={error}>
        <input
          id={name}
          type={type}
          className={type === "date" ? `${inputClass} max-w-60` : inputClass}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, { hint, error })}
          {...form.register(name)}
        />
      </Field>
    );
  };
  const checkbox = (name: "isCoChair" | "isSecretary", label: string, hint: string) => (
    <CheckboxField id={name} label={label} hint={hint} registration={form.register(name)} />
  );
  const errors = formError ? [{ fieldId: "email", message: formError }, ...summary] : summary;
  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit)} className="max-w-xl">
      <ErrorSummary title={tForm("errorSummaryTitle")} errors={errors} />
      {field("email", t("emailLabel"), "email", t("emailHint"))}
      <ChoiceGroup
        id="appointedBy"
        legend={t("appointedByLabel")}
        error={message("appointedBy" as Name)}
        type="radio"
        options={appointments.map((value) => ({ value, label: tAppointed(value) }))}
        registration={form.register("appointedBy")}
      />
      {checkbox("isCoChair", t("coChairLabel"), t("coChairHint"))}
      {checkbox("isSecretary", t("secretaryLabel"), t("secretaryHint"))}
      {field("termStart", t("termStartLabel"), "date")}
      {field("termEnd", t("termEndLabel"), "date")}
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? tForm("saving") : t("save")}
      </Button>
    </form>
  );
}
