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
import { saveSitePageAction } from "@/lib/site/actions";
import { type SitePageInput, sitePageSchema } from "@/lib/site/schema";

export function SitePageForm({ initial }: { initial: SitePageInput }) {
  const t = useTranslations("about");
  const tForm = useTranslations("form");
  const router = useRouter();
  const [failed, setFailed] = useState(false);
  const form = useForm<SitePageInput>({
    resolver: zodResolver(sitePageSchema),
    shouldFocusError: false,
    defaultValues: initial,
  });
  const { message, summary } = useFieldErrors(form.formState.errors);
  const titleError = message("title");
  const bodyError = message("body");

  async function onSubmit(values: SitePageInput) {
    setFailed(false);
    const result = await saveSitePageAction(values).catch(() => null);
    if (!result?.ok) {
      for (const [field, key] of Object.entries(result?.fieldErrors ?? {})) {
        form.setError(field as keyof SitePageInput, { message: key });
      }
      setFailed(true);
      return;
    }
    router.push(`/${values.slug}`);
    router.refresh();
  }

  const errors = failed && summary.length === 0 ? [{ fieldId: "title", message: tForm("serverError") }] : summary;
  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit)}>
      <ErrorSummary title={tForm("errorSummaryTitle")} errors={errors} />
      <Field id="title" label={t("titleLabel")} error={titleError}>
        <input
          id="title"
          className={inputClass}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={describedBy("title", { error: titleError })}
          {...form.register("title")}
        />
      </Field>
      <Field id="body" label={t("bodyLabel")} hint={t("bodyHint")} error={bodyError}>
        <textarea
          id="body"
          rows={24}
          className={`${inputClass} max-w-3xl font-mono text-base`}
          aria-invalid={bodyError ? true : undefined}
          aria-describedby={describedBy("body", { hint: true, error: bodyError })}
          {...form.register("body")}
        />
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? tForm("saving") : tForm("save")}
      </Button>
    </form>
  );
}
