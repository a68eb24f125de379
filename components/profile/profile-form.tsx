"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { CheckboxField, describedBy, Field, inputClass } from "@/components/ui/field";
import { useFieldErrors } from "@/components/ui/use-field-errors";
import { saveProfile } from "@/lib/users/actions";
import { type ProfileInput, profileSchema } from "@/lib/users/schema";

export function ProfileForm({ initial }: { initial: ProfileInput }) {
  const t = useTranslations("profile");
  const tForm = useTranslations("form");
  const router = useRouter();
  const [status, setStatus] = useState<"idle" | "saved" | "failed">("idle");
  const form = useForm<ProfileInput>({
    resolver: zodResolver(profileSchema),
    shouldFocusError: false,
    defaultValues: initial,
  });
  const { message, summary } = useFieldErrors(form.formState.errors);
  const nameError = message("name");

  async function onSubmit(values: ProfileInput) {
    setStatus("idle");
    const result = await saveProfile(values).catch(() => null);
    if (!result?.ok) {
      for (const [field, key] of Object.entries(result?.fieldErrors ?? {})) {
        form.setError(field as keyof ProfileInput, { message: key });
      }
      setStatus("failed");
      return;
    }
    setStatus("saved");
    router.refresh();
  }

  const errors =
    status === "failed" && summary.length === 0 ? [{ fieldId: "name", message: tForm("serverError") }] : summary;
  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit)} className="max-w-xl">
      <ErrorSummary title={tForm("errorSummaryTitle")} errors={errors} />
      {status === "saved" ? (
        <p role="status" className="mb-6 border-l-8 border-success bg-[#cce2d8] p-4">
          {t("saved")}
        </p>
      ) : null}
      <Field id="name" label={t("nameLabel")} error={nameError}>
        <input
          id="name"
          type="text"
          autoComplete="name"
          className={inputClass}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={describedBy("name", { error: nameError })}
          {...form.register("name")}
        />
      </Field>
      <CheckboxField
        id="showNamePublicly"
        label={t("showNameLabel")}
        hint={t("showNameHint")}
        registration={form.register("showNamePublicly")}
      />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? tForm("saving") : tForm("save")}
      </Button>
    </form>
  );
}
