import { getTranslations } from "next-intl/server";
import { recordId } from "@/lib/actions/ids";
import { getCurrentUser } from "@/lib/auth/session";
import { detectAttachmentType, MAX_ATTACHMENT_SIZE } from "@/lib/consultations/attachment-type";
import { effectiveStatus } from "@/lib/consultations/status";
import { storeCouncilScan } from "@/lib/council/mutations";
import { canEditCouncilOpinion } from "@/lib/council/policy";
import { getConsultationTiming } from "@/lib/council/queries";
import { attachmentUploadSchema } from "@/lib/drafts/schema";
import { MULTIPART_OVERHEAD, parseMultipart, readLimitedBody } from "@/lib/drafts/upload";
import { now } from "@/lib/time/clock";

export const dynamic = "force-dynamic";

const MAX_MB = MAX_ATTACHMENT_SIZE / 1024 / 1024;

async function error(status: number, key: string) {
  const t = await getTranslations("councilOpinion.scanErrors");
  return Response.json(
    { ok: false, error: key, message: t(key as never, { max: MAX_MB } as never) },
    { status, headers: { "Cache-Control": "no-store" } },
  );
}

/** Uploads the scan of the Council's resolution (multipart field `file`, a PDF of up to 20 MB). */
export async function POST(request: Request, { params }: { params: Promise<{ consultationId: string }> }) {
  const limit = MAX_ATTACHMENT_SIZE + MULTIPART_OVERHEAD;
  const length = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(length) && length > limit) return error(413, "tooLarge");
  const actor = await getCurrentUser();
  if (!actor) return error(401, "unauthenticated");
  const id = recordId.safeParse((await params).consultationId);
  const consultation = id.success ? await getConsultationTiming(id.data) : null;
  if (!consultation || !canEditCouncilOpinion(actor, { status: effectiveStatus(consultation, now()) })) {
    return error(403, "forbidden");
  }
  const body = await readLimitedBody(request, limit);
  if (!body.ok) return body.reason === "too_large" ? error(413, "tooLarge") : error(400, "fileRequired");
  const form = await parseMultipart(body.bytes, request.headers.get("content-type"));
  const parsed = attachmentUploadSchema.safeParse({ file: form?.get("file") });
  if (!parsed.success) return error(400, "fileRequired");
  const { file } = parsed.data;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = await detectAttachmentType(bytes);
  if (!type.ok) {
    if (type.reason === "too_large") return error(413, "tooLarge");
    return error(422, type.reason === "corrupt" || type.reason === "empty" ? "corrupt" : "notPdf");
  }
  if (type.type !== "pdf") return error(422, "notPdf");
  const stored = await storeCouncilScan({
    consultationId: consultation.id,
    actorId: actor.id,
    fileName: file.name,
    bytes,
  });
  return Response.json({ ok: true, file: stored }, { status: 201, headers: { "Cache-Control": "no-store" } });
}
