"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ChoiceGroup } from "@/components/panel/choice-group";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { inviteMemberAction } from "@/lib/organizations/actions";
import { type InviteFormInput, inviteFormSchema, membershipRoles } from "@/lib/organizations/schema";
import { useOrgFieldErrors, useRefusalMessage } from "./use-org-messages";

/** A manager invites a person by e-mail; they receive a link to sign in and accept. */
export function InviteForm({ organizationId }: { organizationId: string }) {
  const t = useTranslations("orgInvite");
  const tForm = useTranslations("form");
  const tRole = useTranslations("orgMemberRole");
  const refusal = useRefusalMessage();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<InviteFormInput>({
    resolver: zodResolver(inviteFormSchema),
    shouldFocusError: false,
    defaultValues: { email: "", role: "MEMBER" },
  });
  const { message, summary } = useOrgFieldErrors(form.formState.errors);
  const emailError = message("email");

  async function onSubmit(values: InviteFormInput) {
    setFormError(null);
    const result = await inviteMemberAction(organizationId, values).catch(() => null);
    if (result?.ok) {
      router.push(`/organizacje/${organizationId}?zaproszono=${encodeURIComponent(values.email.trim().toLowerCase())}`);
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
      <Field id="email" label={t("emailLabel")} hint={t("emailHint")} error={emailError}>
        <input
          id="email"
          type="email"
          autoComplete="off"
          spellCheck={false}
          className={inputClass}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={describedBy("email", { hint: true, error: emailError })}
          {...form.register("email")}
        />
      </Field>
      <ChoiceGroup
        id="role"
        legend={t("roleLabel")}
        error={message("role")}
        type="radio"
        options={membershipRoles.map((value) => ({ value, label: tRole(value) }))}
        registration={form.register("role")}
      />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? tForm("saving") : t("submit")}
      </Button>
    </form>
  );
}
