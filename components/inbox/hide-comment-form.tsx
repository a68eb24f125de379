"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { hideCommentAction } from "@/lib/council/actions";
import { type HideCommentFormInput, hideCommentFormSchema } from "@/lib/council/schema";

/** "Ukryj": the reason (required, shown publicly), then the comment is hidden; the inbox keeps its filters. */
export function HideCommentForm({ commentId }: { commentId: string }) {
  const t = useTranslations("commentModeration");
  const tRoot = useTranslations();
  const tForm = useTranslations("form");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<HideCommentFormInput>({
    resolver: zodResolver(hideCommentFormSchema),
    shouldFocusError: false,
    defaultValues: { reason: "" },
  });
  const id = `reason-${commentId}`;
  const key = form.formState.errors.reason?.message;
  const error = key ? (tRoot.has(key as never) ? tRoot(key as never) : t("errors.failed")) : undefined;

  async function onSubmit(values: HideCommentFormInput) {
    setFormError(null);
    const result = await hideCommentAction(commentId, values).catch(() => null);
    if (!result?.ok) {
      const { _form, reason } = result?.fieldErrors ?? {};
      if (reason) return form.setError("reason", { message: reason });
      if (_form && tRoot.has(_form as never)) return setFormError(tRoot(_form as never));
      return setFormError(t(result?.reason === "forbidden" ? "errors.forbidden" : "errors.failed"));
    }
    const params = new URLSearchParams(window.location.search);
    params.set("ukryto", "1");
    router.push(`${window.location.pathname}?${params.toString()}`);
    router.refresh();
  }

  const summary = [
    ...(formError ? [{ fieldId: id, message: formError }] : []),
    ...(error ? [{ fieldId: id, message: error }] : []),
  ];
  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit)} className="mt-3">
      <ErrorSummary title={tForm("errorSummaryTitle")} errors={summary} />
      <Field id={id} label={t("reasonLabel")} hint={t("reasonHint")} error={error}>
        <textarea
          id={id}
          rows={3}
          className={inputClass}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { hint: true, error })}
          {...form.register("reason")}
        />
      </Field>
      <Button type="submit" variant="warning" disabled={form.formState.isSubmitting}>
        {t("confirm")}
      </Button>
    </form>
  );
}
