import clsx from "clsx";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

type Props = {
  /** The first input gets this id, so that the error summary's link lands on the group. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  type: "radio" | "checkbox";
  options: readonly { value: string; label: ReactNode; conditional?: ReactNode }[];
  registration: UseFormRegisterReturn;
};

/** A GOV.UK-style group of radios or checkboxes in a fieldset, with hint and error tied to the legend. */
export function ChoiceGroup({ id, legend, hint, error, type, options, registration }: Props) {
  const t = useTranslations("form");
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className={clsx("mb-6", error && "border-l-4 border-danger pl-3")} aria-describedby={describedBy}>
      <legend className="mb-1 font-bold">{legend}</legend>
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
      <div className="space-y-2">
        {options.map((option, index) => {
          const inputId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div key={option.value}>
              <div className="flex items-start gap-3">
                <input
                  id={inputId}
                  type={type}
                  value={option.value}
                  className="mt-1 size-6 shrink-0"
                  aria-invalid={error ? true : undefined}
                  {...registration}
                />
                <label htmlFor={inputId}>{option.label}</label>
              </div>
              {option.conditional ? (
                <div className="mt-3 ml-3 border-l-4 border-line pl-6">{option.conditional}</div>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
