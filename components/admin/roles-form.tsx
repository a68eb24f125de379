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
import { setUserRolesAction } from "@/lib/users/actions";
import { type RoleValue, roleValues, type UserRolesInput, userRolesSchema } from "@/lib/users/schema";

/** An administrator's checkbox group of one person's roles. */
export function RolesForm({ userId, roles }: { userId: string; roles: readonly RoleValue[] }) {
  const t = useTranslations("adminUsers");
  const tRoles = useTranslations("roles");
  const tForm = useTranslations("form");
  const refusal = useRefusalMessage();
  const router = useRouter();
  const [status, setStatus] = useState<"idle" | "saved">("idle");
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<UserRolesInput>({
    resolver: zodResolver(userRolesSchema),
    shouldFocusError: false,
    defaultValues: { roles: [...roles] },
  });
  const { message, summary } = useOrgFieldErrors(form.formState.errors);

  async function onSubmit(values: UserRolesInput) {
    setStatus("idle");
    setFormError(null);
    const result = await setUserRolesAction(userId, values).catch(() => null);
    if (result?.ok) {
      setStatus("saved");
      router.refresh();
      return;
    }
    const { _form, ...fields } = result?.fieldErrors ?? {};
    for (const [field, key] of Object.entries(fields)) form.setError(field as "roles", { message: key });
    if (_form || Object.keys(fields).length === 0) setFormError(refusal(result));
  }

  const errors = formError ? [{ fieldId: "roles", message: formError }, ...summary] : summary;
  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit)} className="max-w-xl">
      <ErrorSummary title={tForm("errorSummaryTitle")} errors={errors} />
      {status === "saved" ? (
        <p role="status" className="mb-6 border-l-8 border-success bg-[#cce2d8] p-4">
          {t("saved")}
        </p>
      ) : null}
      <ChoiceGroup
        id="roles"
        legend={t("rolesLabel")}
        hint={t("rolesHint")}
        error={message("roles")}
        type="checkbox"
        options={roleValues.map((value) => ({ value, label: tRoles(value) }))}
        registration={form.register("roles")}
      />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? tForm("saving") : tForm("save")}
      </Button>
    </form>
  );
}
