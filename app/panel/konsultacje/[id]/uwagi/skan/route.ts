import { getTranslations } from "next-intl/server";
import { recordId } from "@/lib/actions/ids";
import { getCurrentUser } from "@/lib/auth/session";
import { attachmentUploadSchema } from "@/lib/drafts/schema";
import { MULTIPART_OVERHEAD, parseMultipart, readLimitedBody } from "@/lib/drafts/upload";
import { storeCommentScan } from "@/lib/responses/mutations";
import { canEnterComment } from "@/lib/responses/policy";
import { getInboxConsultation } from "@/lib/responses/queries";
import { detectScanType, MAX_SCAN_SIZE } from "@/lib/responses/scan";
import { now } from "@/lib/time/clock";

export const dynamic = "force-dynamic";

const MAX_MB = MAX_SCAN_SIZE / 1024 / 1024;

async function error(status: number, key: string) {
  const t = await getTranslations("inbox.enter.scanErrors");
  return Response.json(
    { ok: false, error: key, message: t(key as never, { max: MAX_MB } as never) },
    { status, headers: { "Cache-Control": "no-store" } },
  );
}

/** Uploads the scan of a comment received on paper or by e-mail (multipart field `file`: PDF, JPEG or PNG, up to 10 MB). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const limit = MAX_SCAN_SIZE + MULTIPART_OVERHEAD;
  const length = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(length) && length > limit) return error(413, "tooLarge");
  const actor = await getCurrentUser();
  if (!actor) return error(401, "unauthenticated");
  const id = recordId.safeParse((await params).id);
  const consultation = id.success ? await getInboxConsultation(id.data, now()) : null;
  if (!consultation || !canEnterComment(actor, consultation)) return error(403, "forbidden");
  const body = await readLimitedBody(request, limit);
  if (!body.ok) return body.reason === "too_large" ? error(413, "tooLarge") : error(400, "fileRequired");
  const form = await parseMultipart(body.bytes, request.headers.get("content-type"));
  const parsed = attachmentUploadSchema.safeParse({ file: form?.get("file") });
  if (!parsed.success) return error(400, "fileRequired");
  const { file } = parsed.data;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = detectScanType(bytes);
  if (!type.ok) {
    if (type.reason === "too_large") return error(413, "tooLarge");
    return error(422, type.reason === "unsupported" ? "unsupported" : "corrupt");
  }
  const stored = await storeCommentScan({
    consultationId: consultation.id,
    actorId: actor.id,
    fileName: file.name,
    mimeType: type.mimeType,
    bytes,
  });
  return Response.json({ ok: true, file: stored }, { status: 201, headers: { "Cache-Control": "no-store" } });
}
