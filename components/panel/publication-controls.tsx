"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { ActionResult } from "@/lib/actions/result";
import { publishConsultationAction, unpublishConsultationAction } from "@/lib/consultations/actions";

type Props = { consultationId: string; action: "publish" | "unpublish" };

/** The publish (or withdraw) button; a refusal is shown in an error summary above it. */
export function PublicationControls({ consultationId, action }: Props) {
  const t = useTranslations("consultationAdmin");
  const tValidation = useTranslations("validation");
  const tForm = useTranslations("form");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function run() {
    setError(null);
    startTransition(async () => {
      const result: ActionResult<unknown> | null = await (action === "publish"
        ? publishConsultationAction(consultationId)
        : unpublishConsultationAction(consultationId)
      ).catch(() => null);
      if (result?.ok) {
        router.push(`/panel/konsultacje/${consultationId}?${action === "publish" ? "opublikowano" : "wycofano"}=1`);
        router.refresh();
        return;
      }
      const key = Object.values(result?.fieldErrors ?? {})[0];
      if (key && tValidation.has(key as never)) setError(tValidation(key as never));
      else if (result?.reason === "forbidden") setError(t("forbidden"));
      else setError(tForm("serverError"));
    });
  }

  return (
    <div>
      <ErrorSummary title={t("refused")} errors={error ? [{ fieldId: `${action}-button`, message: error }] : []} />
      <Button
        id={`${action}-button`}
        variant={action === "publish" ? "primary" : "warning"}
        disabled={pending}
        onClick={run}
      >
        {pending
          ? t(action === "publish" ? "publishing" : "unpublishing")
          : t(action === "publish" ? "publish" : "unpublish")}
      </Button>
    </div>
  );
}
