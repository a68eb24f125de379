"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { assignCommentAction } from "@/lib/responses/actions";

type Props = {
  consultationId: string;
  commentId: string;
  currentAssigneeId: string | null;
  clerks: readonly { id: string; name: string | null; email: string }[];
  savedHref: string;
};

/** Assigns the comment to a clerk of the owner unit (checked again on the server), or to nobody. */
export function AssignForm({ consultationId, commentId, currentAssigneeId, clerks, savedHref }: Props) {
  const t = useTranslations("inbox.assign");
  const tRoot = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<{ assigneeId: string }>({ defaultValues: { assigneeId: currentAssigneeId ?? "" } });

  async function onSubmit({ assigneeId }: { assigneeId: string }) {
    setError(null);
    const result = await assignCommentAction(consultationId, { commentId, assigneeId: assigneeId || null }).catch(
      () => null,
    );
    if (!result?.ok) {
      const key = result?.fieldErrors?.assigneeId ?? result?.fieldErrors?._form ?? "inbox.errors.failed";
      setError(tRoot.has(key as never) ? tRoot(key as never) : tRoot("inbox.errors.failed"));
      return;
    }
    router.push(savedHref);
    router.refresh();
  }

  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit)} data-testid="assign-form">
      <Field id="assigneeId" label={t("label")} error={error ?? undefined}>
        <select
          id="assigneeId"
          className="block w-full max-w-md border-2 border-ink bg-white px-2 py-1.5 text-lg"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy("assigneeId", { error })}
          {...form.register("assigneeId")}
        >
          <option value="">{t("nobody")}</option>
          {clerks.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name ?? c.email}
            </option>
          ))}
        </select>
      </Field>
      {/* The error is announced where it appears; the field keeps its value. */}
      <p className="sr-only" aria-live="polite">
        {error ?? ""}
      </p>
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {t("save")}
      </Button>
    </form>
  );
}
