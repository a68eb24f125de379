"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { decideVerificationAction } from "@/lib/organizations/actions";
import { type RejectionFormInput, rejectionFormSchema } from "@/lib/organizations/schema";
import { ActionButton } from "./action-button";
import { useOrgFieldErrors, useRefusalMessage } from "./use-org-messages";

type Props = {
  organizationId: string;
  canVerify: boolean;
  canReject: boolean;
  /** The record's updatedAt as shown (ISO): a decision on data changed since is refused. */
  basedOn: string;
};

/** CWOP's decision: verify with one button, or reject with a reason the organisation will read. */
export function VerificationForm({ organizationId, canVerify, canReject, basedOn }: Props) {
  const t = useTranslations("orgVerification");
  const tForm = useTranslations("form");
  const refusal = useRefusalMessage();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<RejectionFormInput>({
    resolver: zodResolver(rejectionFormSchema),
    shouldFocusError: false,
    defaultValues: { reason: "" },
  });
  const { message, summary } = useOrgFieldErrors(form.formState.errors);
  const reasonError = message("reason");

  async function onReject(values: RejectionFormInput) {
    setFormError(null);
    const result = await decideVerificationAction({ organizationId, decision: "REJECTED", basedOn, ...values }).catch(
      () => null,
    );
    if (result?.ok) {
      router.push("/admin/organizacje?odrzucono=1");
      router.refresh();
      return;
    }
    const { _form, ...fields } = result?.fieldErrors ?? {};
    for (const [field, key] of Object.entries(fields)) form.setError(field as "reason", { message: key });
    if (_form || Object.keys(fields).length === 0) setFormError(refusal(result));
  }

  const errors = formError ? [{ fieldId: "reason", message: formError }, ...summary] : summary;
  return (
    <>
      {canVerify ? (
        <section aria-labelledby="verify-title" className="mb-10">
          <h2 id="verify-title" className="mb-3 text-2xl">
            {t("verifyTitle")}
          </h2>
          <p className="mb-4 max-w-2xl">{t("verifyIntro")}</p>
          <ActionButton
            action={decideVerificationAction}
            payload={{ organizationId, decision: "VERIFIED", basedOn }}
            label={t("verify")}
            redirectTo="/admin/organizacje?zweryfikowano=1"
          />
        </section>
      ) : null}
      {canReject ? (
        <section aria-labelledby="reject-title">
          <h2 id="reject-title" className="mb-3 text-2xl">
            {t("rejectTitle")}
          </h2>
          <form noValidate onSubmit={form.handleSubmit(onReject)} className="max-w-2xl">
            <ErrorSummary title={tForm("errorSummaryTitle")} errors={errors} />
            <Field id="reason" label={t("reasonLabel")} hint={t("reasonHint")} error={reasonError}>
              <textarea
                id="reason"
                rows={5}
                className={inputClass}
                aria-invalid={reasonError ? true : undefined}
                aria-describedby={describedBy("reason", { hint: true, error: reasonError })}
                {...form.register("reason")}
              />
            </Field>
            <Button type="submit" variant="warning" disabled={form.formState.isSubmitting}>
              {form.formState.isSubmitting ? tForm("saving") : t("reject")}
            </Button>
          </form>
        </section>
      ) : null}
    </>
  );
}
