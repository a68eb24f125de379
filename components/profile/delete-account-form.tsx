"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { useFieldErrors } from "@/components/ui/use-field-errors";
import { deleteOwnAccountAction } from "@/lib/users/actions";
import { type DeleteAccountInput, deleteAccountSchema } from "@/lib/users/schema";

/** Deleting one's own account, confirmed by typing one's e-mail address; refusals say why. */
export function DeleteAccountForm() {
  const t = useTranslations("profile");
  const tForm = useTranslations("form");
  const tValidation = useTranslations("validation");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<DeleteAccountInput>({
    resolver: zodResolver(deleteAccountSchema),
    shouldFocusError: false,
    defaultValues: { confirmation: "" },
  });
  const { message, summary } = useFieldErrors(form.formState.errors, "delete-");
  const error = message("confirmation");

  async function onSubmit(values: DeleteAccountInput) {
    setFormError(null);
    const result = await deleteOwnAccountAction(values).catch(() => null);
    if (result?.ok) {
      router.push("/profil/usunieto");
      return;
    }
    const { _form, ...fields } = (result && "fieldErrors" in result ? result.fieldErrors : undefined) ?? {};
    for (const [field, key] of Object.entries(fields)) form.setError(field as "confirmation", { message: key });
    if (_form) setFormError(tValidation.has(_form as never) ? tValidation(_form as never) : tForm("serverError"));
    else if (Object.keys(fields).length === 0) setFormError(tForm("serverError"));
  }

  const errors = formError ? [{ fieldId: "delete-confirmation", message: formError }, ...summary] : summary;
  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit)} className="max-w-xl" data-testid="delete-account-form">
      <ErrorSummary title={tForm("errorSummaryTitle")} errors={errors} />
      <Field id="delete-confirmation" label={t("deleteConfirmLabel")} error={error}>
        <input
          id="delete-confirmation"
          type="email"
          autoComplete="off"
          spellCheck={false}
          className={inputClass}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy("delete-confirmation", { error })}
          {...form.register("confirmation")}
        />
      </Field>
      <Button type="submit" variant="warning" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("deleting") : t("deleteButton")}
      </Button>
    </form>
  );
}
