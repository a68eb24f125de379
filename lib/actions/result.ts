import type { z } from "zod";

/** What a server action returns to a form: success, or field errors (catalogue keys) and a reason. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | {
      ok: false;
      reason: "invalid" | "forbidden" | "unauthenticated" | "conflict" | "failed";
      fieldErrors?: Record<string, string>;
      /** When it is worth sending again (an overloaded server says so instead of being asked at once). */
      retryAfterSeconds?: number;
    };

export function invalid(error: z.ZodError): ActionResult<never> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    fieldErrors[field] ??= issue.message;
  }
  return { ok: false, reason: "invalid", fieldErrors };
}
