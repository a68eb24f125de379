"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors, FieldValues } from "react-hook-form";
import type { SummaryError } from "./error-summary";

/**
 * Turns react-hook-form errors (whose messages are catalogue keys from the zod
 * schemas) into translated messages per field and a list for the error summary.
 */
export function useFieldErrors<T extends FieldValues>(errors: FieldErrors<T>, idPrefix = "") {
  const t = useTranslations("validation");
  const message = (name: keyof T & string): string | undefined => {
    const key = errors[name]?.message;
    if (typeof key !== "string") return undefined;
    return t.has(key as never) ? t(key as never) : t("generic");
  };
  const summary: SummaryError[] = Object.keys(errors).flatMap((name) => {
    const text = message(name as keyof T & string);
    return text ? [{ fieldId: `${idPrefix}${name}`, message: text }] : [];
  });
  return { message, summary };
}
