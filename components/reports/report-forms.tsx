"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { type FieldErrors, type FieldValues, useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type SummaryError } from "@/components/ui/error-summary";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import { publishReportAction, requestReportAction } from "@/lib/reports/actions";
import {
  type ReportPublishInput,
  type ReportRequestInput,
  reportPublishSchema,
  reportRequestSchema,
} from "@/lib/reports/schema";

/** Messages are keys of the "reports" catalogue ("errors.…"), from the schema or the server. */
function useReportErrors<T extends FieldValues>(errors: FieldErrors<T>, serverFailed: boolean) {
  const t = useTranslations("reports");
  const message = (name: string): string | undefined => {
    const key = (errors as Record<string, { message?: unknown } | undefined>)[name]?.message;
    if (typeof key !== "string") return undefined;
    return t.has(key as never) ? t(key as never) : t("errors.server");
  };
  const summary: SummaryError[] = Object.keys(errors).flatMap((name) => {
    const text = message(name);
    return text ? [{ fieldId: name === "_form" ? "report-form" : name, message: text }] : [];
  });
  if (serverFailed && summary.length === 0) summary.push({ fieldId: "report-form", message: t("errors.server") });
  return { message, summary };
}

function applyFailure(
  result: ActionResult<unknown> | null,
  setError: (field: never, error: { message: string }) => void,
): boolean {
  if (result?.ok) return false;
  for (const [field, key] of Object.entries(result?.fieldErrors ?? {})) setError(field as never, { message: key });
  return !result?.fieldErrors;
}

/** `defaultOutcome`: the clerk's text of the latest report, so that generating again keeps it. */
export function GenerateReportForm({
  consultationId,
  defaultOutcome,
}: {
  consultationId: string;
  defaultOutcome: string;
}) {
  const t = useTranslations("reports");
  const tForm = useTranslations("form");
  const router = useRouter();
  const [serverFailed, setServerFailed] = useState(false);
  const form = useForm<ReportRequestInput>({
    resolver: zodResolver(reportRequestSchema),
    shouldFocusError: false,
    defaultValues: { consultationId, outcome: defaultOutcome },
  });
  const { message, summary } = useReportErrors(form.formState.errors, serverFailed);
  const outcomeError = message("outcome");

  async function onSubmit(values: ReportRequestInput) {
    setServerFailed(false);
    const result = await requestReportAction(values).catch(() => null);
    if (!result?.ok) {
      setServerFailed(applyFailure(result, form.setError as never));
      return;
    }
    router.refresh();
  }

  return (
    <form id="report-form" noValidate onSubmit={form.handleSubmit(onSubmit)} className="mb-10 max-w-3xl">
      <ErrorSummary title={tForm("errorSummaryTitle")} errors={summary} />
      <Field id="outcome" label={t("outcomeLabel")} hint={t("outcomeHint")} error={outcomeError}>
        <textarea
          id="outcome"
          rows={5}
          className={inputClass}
          aria-invalid={outcomeError ? true : undefined}
          aria-describedby={describedBy("outcome", { hint: true, error: outcomeError })}
          {...form.register("outcome")}
        />
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("generating") : t("generate")}
      </Button>
    </form>
  );
}

export function PublishReportForm({ reportId, defaultAuthor }: { reportId: string; defaultAuthor: string }) {
  const t = useTranslations("reports");
  const tForm = useTranslations("form");
  const router = useRouter();
  const [serverFailed, setServerFailed] = useState(false);
  const form = useForm<ReportPublishInput>({
    resolver: zodResolver(reportPublishSchema),
    shouldFocusError: false,
    defaultValues: { reportId, authorName: defaultAuthor },
  });
  const { message, summary } = useReportErrors(form.formState.errors, serverFailed);
  const authorError = message("authorName");

  async function onSubmit(values: ReportPublishInput) {
    setServerFailed(false);
    const result = await publishReportAction(values).catch(() => null);
    if (!result?.ok) {
      setServerFailed(applyFailure(result, form.setError as never));
      return;
    }
    router.refresh();
  }

  return (
    <form id="report-form" noValidate onSubmit={form.handleSubmit(onSubmit)} className="mb-10 max-w-3xl">
      <ErrorSummary title={tForm("errorSummaryTitle")} errors={summary} />
      <p className="mb-4">{t("publishNote")}</p>
      <Field id="authorName" label={t("authorLabel")} hint={t("authorHint")} error={authorError}>
        <input
          id="authorName"
          className={inputClass}
          autoComplete="name"
          aria-invalid={authorError ? true : undefined}
          aria-describedby={describedBy("authorName", { hint: true, error: authorError })}
          {...form.register("authorName")}
        />
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("publishing") : t("publish")}
      </Button>
    </form>
  );
}

/** While a report is being generated, the page refreshes itself to show the progress. */
export function RefreshWhileGenerating({ active }: { active: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), 1500);
    return () => clearInterval(timer);
  }, [active, router]);
  return null;
}
