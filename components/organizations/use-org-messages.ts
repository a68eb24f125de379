"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors, FieldValues } from "react-hook-form";
import type { SummaryError } from "@/components/ui/error-summary";
import { ORG_MESSAGE_NAMESPACES as NAMESPACES } from "./message-namespaces";

/**
 * Translates a message key from our schemas and server refusals: the shared `validation`
 * catalogue first, then the organisations' own (`orgValidation`, `orgErrors`).
 */
export function useOrgMessage() {
  const t = useTranslations();
  return (key: string | undefined, fallback = "validation.generic"): string => {
    for (const namespace of NAMESPACES) {
      const full = `${namespace}.${key}`;
      if (key && t.has(full as never)) return t(full as never);
    }
    return t(fallback as never);
  };
}

/** useFieldErrors for forms whose keys may live in the organisations' catalogue. */
export function useOrgFieldErrors<T extends FieldValues>(errors: FieldErrors<T>, idPrefix = "") {
  const translate = useOrgMessage();
  const message = (name: keyof T & string): string | undefined => {
    const key = errors[name]?.message;
    return typeof key === "string" ? translate(key) : undefined;
  };
  const summary: SummaryError[] = Object.keys(errors).flatMap((name) => {
    const text = message(name as keyof T & string);
    return text ? [{ fieldId: `${idPrefix}${name}`, message: text }] : [];
  });
  return { message, summary };
}

/** The message for a refused action without field errors: its conflict code, or why it was refused. */
export function useRefusalMessage() {
  const translate = useOrgMessage();
  return (result: { reason: string; fieldErrors?: Record<string, string> } | null): string => {
    const code = result?.fieldErrors?._form;
    if (code) return translate(code, "form.serverError");
    if (result?.reason === "forbidden") return translate("forbidden", "form.serverError");
    if (result?.reason === "unauthenticated") return translate("unauthenticated", "form.serverError");
    return translate(undefined, "form.serverError");
  };
}
