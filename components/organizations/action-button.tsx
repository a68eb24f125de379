"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { useRefusalMessage } from "./use-org-messages";

type Props<P> = {
  action: (payload: P) => Promise<ActionResult<unknown>>;
  payload: P;
  label: string;
  /** Read by screen readers instead of the short visible label, e.g. "Przyjmij: Jan Nowak". */
  accessibleLabel?: string;
  variant?: "primary" | "secondary" | "warning";
  /** Where to go after success; without it the page is refreshed. */
  redirectTo?: string;
  testId?: string;
};

/** One button that runs one server action (accept, decline, leave, …) and shows why it was refused. */
export function ActionButton<P>({ action, payload, label, accessibleLabel, variant, redirectTo, testId }: Props<P>) {
  const router = useRouter();
  const refusal = useRefusalMessage();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-block">
      <Button
        variant={variant}
        disabled={pending}
        aria-label={accessibleLabel}
        data-testid={testId}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await action(payload).catch(() => null);
            if (!result?.ok) {
              setError(refusal(result));
              return;
            }
            if (redirectTo) router.push(redirectTo);
            router.refresh();
          })
        }
      >
        {label}
      </Button>
      {error ? (
        <span role="alert" className="mt-2 block font-bold text-danger">
          {error}
        </span>
      ) : null}
    </span>
  );
}
