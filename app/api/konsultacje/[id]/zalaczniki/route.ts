import { recordId } from "@/lib/actions/ids";
import { getCurrentUser } from "@/lib/auth/session";
import { detectAttachmentType, MAX_ATTACHMENT_SIZE } from "@/lib/consultations/attachment-type";
import { jsonError } from "@/lib/drafts/http";
import { storeAttachment } from "@/lib/drafts/mutations";
import { canUploadAttachment } from "@/lib/drafts/policy";
import { getConsultationRef } from "@/lib/drafts/queries";
import { attachmentUploadSchema } from "@/lib/drafts/schema";
import { MULTIPART_OVERHEAD, parseMultipart, readLimitedBody } from "@/lib/drafts/upload";

export const dynamic = "force-dynamic";

const MAX_MB = MAX_ATTACHMENT_SIZE / 1024 / 1024;
const tooLarge = () => jsonError(413, "attachments.errors.too_large", { max: MAX_MB });

/** Uploads one attachment (multipart field `file`): PDF, DOCX or ODT recognised by content, up to 20 MB. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const limit = MAX_ATTACHMENT_SIZE + MULTIPART_OVERHEAD;
  const length = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(length) && length > limit) return tooLarge();
  const actor = await getCurrentUser();
  if (!actor) return jsonError(401, "attachments.errors.unauthenticated");
  const id = recordId.safeParse((await params).id);
  const consultation = id.success ? await getConsultationRef(id.data) : null;
  if (!consultation) return jsonError(404, "attachments.errors.notFound");
  if (!canUploadAttachment(actor, consultation)) return jsonError(403, "attachments.errors.forbidden");

  const body = await readLimitedBody(request, limit);
  if (!body.ok) return body.reason === "too_large" ? tooLarge() : jsonError(400, "attachments.errors.fileRequired");
  const form = await parseMultipart(body.bytes, request.headers.get("content-type"));
  const parsed = attachmentUploadSchema.safeParse({ file: form?.get("file") });
  if (!parsed.success) return jsonError(400, "attachments.errors.fileRequired");
  const { file } = parsed.data;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = await detectAttachmentType(bytes);
  if (!type.ok) {
    return type.reason === "too_large" ? tooLarge() : jsonError(422, `attachments.errors.${type.reason}`);
  }
  const stored = await storeAttachment({
    consultationId: consultation.id,
    actorId: actor.id,
    fileName: file.name,
    type: type.type,
    mimeType: type.mimeType,
    bytes,
  });
  return Response.json({ ok: true, file: stored }, { status: 201, headers: { "Cache-Control": "no-store" } });
}
