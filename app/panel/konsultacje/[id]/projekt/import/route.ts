import { recordId } from "@/lib/actions/ids";
import { getCurrentUser } from "@/lib/auth/session";
import { jsonError } from "@/lib/drafts/http";
import { readDraftFile } from "@/lib/drafts/import-file";
import { canEditDraft } from "@/lib/drafts/policy";
import { getConsultationRef } from "@/lib/drafts/queries";
import { attachmentUploadSchema, MAX_DRAFT_FILE_SIZE } from "@/lib/drafts/schema";
import { MULTIPART_OVERHEAD, parseMultipart, readLimitedBody } from "@/lib/drafts/upload";

export const dynamic = "force-dynamic";

const MAX_MB = MAX_DRAFT_FILE_SIZE / 1024 / 1024;

/**
 * Reads an uploaded DOCX draft (multipart field `file`) into text; nothing is stored until the
 * clerk saves. A route handler, not a server action: a Word file may exceed the actions' 1 MB limit.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const limit = MAX_DRAFT_FILE_SIZE + MULTIPART_OVERHEAD;
  const length = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(length) && length > limit) return jsonError(413, "importErrors.too_large", { max: MAX_MB });
  const actor = await getCurrentUser();
  if (!actor) return jsonError(401, "attachments.errors.unauthenticated");
  const id = recordId.safeParse((await params).id);
  const consultation = id.success ? await getConsultationRef(id.data) : null;
  if (!consultation || !canEditDraft(actor, consultation)) return jsonError(403, "validation.forbidden");

  const body = await readLimitedBody(request, limit);
  if (!body.ok) {
    return body.reason === "too_large"
      ? jsonError(413, "importErrors.too_large", { max: MAX_MB })
      : jsonError(400, "validation.fileRequired");
  }
  const form = await parseMultipart(body.bytes, request.headers.get("content-type"));
  const parsed = attachmentUploadSchema.safeParse({ file: form?.get("file") });
  if (!parsed.success) return jsonError(400, "validation.fileRequired");
  const result = await readDraftFile(new Uint8Array(await parsed.data.file.arrayBuffer()));
  if (!result.ok) return jsonError(422, `importErrors.${result.error}`, { max: MAX_MB });
  return Response.json(
    { ok: true, text: result.text, fileName: parsed.data.file.name, docxWarning: result.docxWarning },
    { headers: { "Cache-Control": "no-store" } },
  );
}
