import "server-only";
import { getTranslations } from "next-intl/server";

/** A JSON error for the upload routes: a stable `error` key and its message in the visitor's language. */
export async function jsonError(status: number, key: string, values: Record<string, number | string> = {}) {
  const t = await getTranslations("drafts");
  return Response.json(
    { ok: false, error: key, message: t(key as never, values as never) },
    { status, headers: { "Cache-Control": "no-store" } },
  );
}
