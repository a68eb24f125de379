import clsx from "clsx";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

type Props = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
  className?: string;
};

/** Label, hint and error message tied to one input by ids (aria-describedby is set by the caller). */
export function Field({ id, label, hint, error, children, className }: Props) {
  const t = useTranslations("form");
  return (
    <div className={clsx("mb-6", error && "border-l-4 border-danger pl-3", className)}>
      <label htmlFor={id} className="mb-1 block font-bold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mb-2 text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mb-2 font-bold text-danger">
          <span className="sr-only">{t("errorPrefix")} </span>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

export function describedBy(id: string, { hint, error }: { hint?: unknown; error?: unknown }): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export const inputClass =
  "block w-full max-w-xl border-2 border-ink px-2 py-1.5 text-lg aria-[invalid=true]:border-danger";

/** One checkbox with its label and hint beside it (the hint is its description). */
export function CheckboxField({
  id,
  label,
  hint,
  registration,
}: {
  id: string;
  label: ReactNode;
  hint: ReactNode;
  registration: UseFormRegisterReturn;
}) {
  return (
    <div className="mb-6 flex gap-3">
      <input
        id={id}
        type="checkbox"
        className="mt-1 size-6 shrink-0"
        aria-describedby={`${id}-hint`}
        {...registration}
      />
      <div>
        <label htmlFor={id}>{label}</label>
        <p id={`${id}-hint`} className="text-base text-muted">
          {hint}
        </p>
      </div>
    </div>
  );
}
