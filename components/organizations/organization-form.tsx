"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { type UseFormReturn, useForm } from "react-hook-form";
import { ChoiceGroup } from "@/components/panel/choice-group";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { registerOrganizationAction, requestToJoinAction, updateOrganizationAction } from "@/lib/organizations/actions";
import type { ExistingOrganization } from "@/lib/organizations/mutations";
import { legalForms, type OrganizationInput, organizationSchema, registerKinds } from "@/lib/organizations/schema";
import { ActionButton } from "./action-button";
import { useOrgFieldErrors, useRefusalMessage } from "./use-org-messages";

type Name = keyof OrganizationInput & string;

const empty: OrganizationInput = {
  name: "",
  legalForm: "STOWARZYSZENIE",
  registerKind: "KRS",
  registerName: "",
  registerNumber: "",
  seatAddress: "",
  contactPerson: "",
  email: "",
  phone: "",
};

type Props = {
  initial: Partial<OrganizationInput>;
  /**
   * Correcting an existing organisation (its id and verification state); without it the form
   * registers a new one, whose founder becomes its first manager.
   */
  editing?: {
    id: string;
    verification: ExistingOrganization["verification"];
    /** The verified name, legal form and register are shown, not edited (CWOP changes them). */
    identityLocked: boolean;
  };
};

/** Registering an organisation, or its managers correcting its record. */
export function OrganizationForm({ initial, editing }: Props) {
  const t = useTranslations("orgForm");
  const tForm = useTranslations("form");
  const tLegal = useTranslations("orgLegalForm");
  const tRegister = useTranslations("orgRegisterKind");
  const refusal = useRefusalMessage();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState<ExistingOrganization | null>(null);
  const form = useForm<OrganizationInput>({
    resolver: zodResolver(organizationSchema),
    shouldFocusError: false,
    defaultValues: { ...empty, ...initial },
  });
  const { message, summary } = useOrgFieldErrors(form.formState.errors);
  const registerKind = form.watch("registerKind");

  async function onSubmit(values: OrganizationInput) {
    setFormError(null);
    setDuplicate(null);
    if (editing) {
      const result = await updateOrganizationAction(editing.id, values).catch(() => null);
      if (result?.ok) {
        const { changed, resubmitted } = result.data;
        const saved = resubmitted ? "weryfikacja" : changed.length > 0 ? "1" : "bez-zmian";
        router.push(`/organizacje/${editing.id}?zapisano=${saved}`);
        return;
      }
      refuse(result);
      return;
    }
    const result = await registerOrganizationAction(values).catch(() => null);
    if (result?.ok) {
      router.push(`/organizacje/${result.data.id}?zarejestrowano=1`);
      return;
    }
    refuse(result);
  }

  function refuse(result: Exclude<Awaited<ReturnType<typeof updateOrganizationAction>>, { ok: true }> | null) {
    if (result?.reason === "duplicate") {
      setDuplicate(result.existing);
      form.setError("registerNumber", { message: "org.krs.duplicate" });
      return;
    }
    const { _form, ...fields } = (result && "fieldErrors" in result ? result.fieldErrors : undefined) ?? {};
    for (const [field, key] of Object.entries(fields)) form.setError(field as Name, { message: key });
    if (_form || Object.keys(fields).length === 0) setFormError(refusal(result));
  }

  const errors = formError ? [{ fieldId: "name", message: formError }, ...summary] : summary;
  const registerNumberLabel = registerKind === "KRS" ? t("krsLabel") : t("registerNumberLabel");

  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit)} className="max-w-3xl" data-testid="organization-form">
      <ErrorSummary title={tForm("errorSummaryTitle")} errors={errors} />
      {duplicate ? (
        <div className="mb-8 border-l-8 border-link bg-surface p-4" data-testid="duplicate-organization">
          {duplicate.verification === "VERIFIED" ? (
            <>
              <p className="mb-3">{t("duplicateBody", { name: duplicate.name })}</p>
              <p className="mb-3">
                <Link href={`/organizacje/${duplicate.id}`}>{t("duplicateOpen", { name: duplicate.name })}</Link>
              </p>
              <ActionButton
                action={requestToJoinAction}
                payload={{ organizationId: duplicate.id }}
                label={t("duplicateJoin")}
                variant="secondary"
                redirectTo={`/organizacje/${duplicate.id}`}
              />
            </>
          ) : (
            // A pending or rejected organisation is not shown to outsiders nor joined: say who can act.
            <p>
              {t(duplicate.verification === "PENDING" ? "duplicatePending" : "duplicateRejected", {
                name: duplicate.name,
              })}
            </p>
          )}
        </div>
      ) : null}

      {editing?.identityLocked ? (
        // What CWOP verified stays as it is (the form sends it unchanged); CWOP changes it.
        <section
          aria-labelledby="identity-title"
          className="mb-8 border-l-8 border-line bg-surface p-4"
          data-testid="identity-locked"
        >
          <h2 id="identity-title" className="mb-3 text-xl">
            {t("identityTitle")}
          </h2>
          <dl className="mb-3 grid gap-x-6 gap-y-1 sm:grid-cols-[14rem_1fr]">
            <dt className="font-bold">{t("nameLabel")}</dt>
            <dd>{initial.name}</dd>
            <dt className="font-bold">{t("legalFormLabel")}</dt>
            <dd>{initial.legalForm ? tLegal(initial.legalForm) : "—"}</dd>
            <dt className="font-bold">{t("registerKindLabel")}</dt>
            <dd>
              {initial.registerKind ? tRegister(initial.registerKind) : "—"}
              {initial.registerName ? `: ${initial.registerName}` : ""}
              {initial.registerNumber ? `, ${initial.registerNumber}` : ""}
            </dd>
          </dl>
        </section>
      ) : (
        <>
          <TextField form={form} name="name" label={t("nameLabel")} hint={t("nameHint")} error={message("name")} />
          <ChoiceGroup
            id="legalForm"
            legend={t("legalFormLabel")}
            error={message("legalForm")}
            type="radio"
            options={legalForms.map((value) => ({ value, label: tLegal(value) }))}
            registration={form.register("legalForm")}
          />
          <ChoiceGroup
            id="registerKind"
            legend={t("registerKindLabel")}
            hint={t("registerKindHint")}
            error={message("registerKind")}
            type="radio"
            options={registerKinds.map((value) => ({ value, label: tRegister(value) }))}
            registration={form.register("registerKind")}
          />
          {registerKind === "OTHER_REGISTER" || registerKind === "EWIDENCJA" ? (
            <TextField
              form={form}
              name="registerName"
              label={t("registerNameLabel")}
              hint={t("registerNameHint")}
              error={message("registerName")}
            />
          ) : null}
          {registerKind !== "NONE" ? (
            <TextField
              form={form}
              name="registerNumber"
              label={registerNumberLabel}
              hint={registerKind === "KRS" ? t("krsHint") : undefined}
              error={message("registerNumber")}
              inputMode={registerKind === "KRS" ? "numeric" : undefined}
              width="max-w-60"
            />
          ) : null}
        </>
      )}
      <TextField
        form={form}
        name="seatAddress"
        label={t("seatAddressLabel")}
        hint={t("seatAddressHint")}
        error={message("seatAddress")}
        autoComplete="street-address"
      />
      <h2 className="mt-10 mb-4 text-2xl">{t("sectionContact")}</h2>
      <TextField
        form={form}
        name="contactPerson"
        label={t("contactPersonLabel")}
        error={message("contactPerson")}
        autoComplete="name"
      />
      <TextField
        form={form}
        name="email"
        label={t("emailLabel")}
        hint={t("emailHint")}
        error={message("email")}
        type="email"
        autoComplete="email"
      />
      <TextField
        form={form}
        name="phone"
        label={t("phoneLabel")}
        error={message("phone")}
        type="tel"
        autoComplete="tel"
        width="max-w-80"
      />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting
          ? tForm("saving")
          : !editing
            ? t("submit")
            : editing.verification === "REJECTED"
              ? t("resubmit")
              : t("save")}
      </Button>
    </form>
  );
}

type TextFieldProps = {
  form: UseFormReturn<OrganizationInput>;
  name: Name;
  label: string;
  hint?: string;
  error?: string;
  type?: string;
  autoComplete?: string;
  inputMode?: "numeric";
  width?: string;
};

function TextField({ form, name, label, hint, error, type = "text", autoComplete, inputMode, width }: TextFieldProps) {
  return (
    <Field id={name} label={label} hint={hint} error={error}>
      <input
        id={name}
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        spellCheck={false}
        className={width ? `${inputClass} ${width}` : inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, { hint, error })}
        {...form.register(name)}
      />
    </Field>
  );
}
