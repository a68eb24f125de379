// Reading an upload's body with a hard cap, so that a 50 MB request is refused after at most
// `limit` bytes (or at once, when it announces its length) instead of being buffered whole.

export type LimitedBody = { ok: true; bytes: Uint8Array } | { ok: false; reason: "too_large" | "no_body" };

/** Room for the multipart boundaries and headers around one file. */
export const MULTIPART_OVERHEAD = 64 * 1024;

export function declaredTooLarge(headers: Headers, limit: number): boolean {
  const length = Number(headers.get("content-length") ?? "");
  return Number.isFinite(length) && length > limit;
}

export async function readLimitedBody(request: Request, limit: number): Promise<LimitedBody> {
  if (declaredTooLarge(request.headers, limit)) return { ok: false, reason: "too_large" };
  if (!request.body) return { ok: false, reason: "no_body" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: "too_large" };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/** Parses a multipart body already read into memory; null when it is not valid multipart. */
export async function parseMultipart(bytes: Uint8Array, contentType: string | null): Promise<FormData | null> {
  if (!contentType?.toLowerCase().startsWith("multipart/form-data")) return null;
  try {
    return await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), {
      headers: { "content-type": contentType },
    }).formData();
  } catch {
    return null;
  }
}
