"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { useFieldErrors } from "@/components/ui/use-field-errors";
import { type SignInInput, signInSchema } from "@/lib/users/schema";

type Props = { callbackUrl: string; initialProblem: string | null };

export function SignInForm({ callbackUrl, initialProblem }: Props) {
  const t = useTranslations("auth");
  const tForm = useTranslations("form");
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(initialProblem);
  const form = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    shouldFocusError: false,
    defaultValues: { email: "" },
  });
  const { message, summary } = useFieldErrors(form.formState.errors);
  const emailError = message("email");

  async function onSubmit(values: SignInInput) {
    setProblem(null);
    const result = await signIn("email", { email: values.email, callbackUrl, redirect: false }).catch(() => null);
    const target = result?.url ? new URL(result.url, window.location.origin) : null;
    if (target?.searchParams.get("blad") === "limit") {
      const minutes = Math.ceil(Number(target.searchParams.get("sekundy") ?? "60") / 60);
      setProblem(t("rateLimited", { minutes }));
      return;
    }
    if (!result || result.error) {
      setProblem(t("sendFailed"));
      return;
    }
    // The way back (e.g. to the unit being commented on) is kept for "send the link again".
    router.push(
      `/logowanie/sprawdz-poczte?adres=${encodeURIComponent(values.email)}&callbackUrl=${encodeURIComponent(callbackUrl)}`,
    );
  }

  const errors = problem ? [{ fieldId: "email", message: problem }, ...summary] : summary;
  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit)} className="max-w-xl">
      <ErrorSummary title={tForm("errorSummaryTitle")} errors={errors} />
      <Field id="email" label={t("emailLabel")} hint={t("emailHint")} error={emailError}>
        <input
          id="email"
          type="email"
          autoComplete="email"
          spellCheck={false}
          className={inputClass}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={describedBy("email", { hint: true, error: emailError })}
          {...form.register("email")}
        />
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("sending") : t("send")}
      </Button>
    </form>
  );
}
