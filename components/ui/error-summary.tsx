"use client";

import { useEffect, useRef } from "react";

export type SummaryError = { fieldId: string; message: string };

type Props = { title: string; errors: readonly SummaryError[] };

/**
 * The error summary at the top of a form: focused when it appears so screen readers
 * announce it, with links that move to each field. Forms pass `shouldFocusError: false`
 * to react-hook-form so that it does not move the focus to a field instead.
 */
export function ErrorSummary({ title, errors }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((e) => `${e.fieldId}:${e.message}`).join("|");
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-8 border-4 border-danger p-4 focus-visible:bg-white"
      data-testid="error-summary"
    >
      <h2 id="error-summary-title" className="mb-3 text-2xl font-bold">
        {title}
      </h2>
      <ul className="list-none space-y-1">
        {errors.map((error) => (
          <li key={`${error.fieldId}-${error.message}`}>
            <a href={`#${error.fieldId}`} className="font-bold text-danger">
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
