import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { contentDisposition } from "@/lib/consultations/attachment-type";
import { canDownloadFile } from "@/lib/drafts/policy";
import { getStoredFile } from "@/lib/drafts/queries";
import { resolveLocale } from "@/lib/i18n/request";
import { translatorFor } from "@/lib/i18n/translator";

export const dynamic = "force-dynamic";

/** Downloads a stored file under its original name; never rendered by the browser as a page. */
const paramsSchema = z.object({ id: z.string().min(1).max(64) });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const parsed = paramsSchema.safeParse(await params);
  const [file, actor] = parsed.success
    ? await Promise.all([getStoredFile(parsed.data.id), getCurrentUser()])
    : [null, null];
  // Not found and not allowed look the same, so file ids of unpublished drafts reveal nothing.
  if (!file || !canDownloadFile(actor, file)) {
    const t = translatorFor(await resolveLocale(), "errors");
    return new Response(t("fileNotFound"), {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" },
    });
  }
  return new Response(new Uint8Array(file.content), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.size),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": file.consultation?.status === "DRAFT" ? "private, no-store" : "private, max-age=0",
    },
  });
}
