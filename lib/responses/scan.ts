// The scan of a comment that arrived on paper or by e-mail: a PDF, JPEG or PNG recognised by its
// content (the name and the browser's MIME type prove nothing), up to 10 MB.

export const MAX_SCAN_SIZE = 10 * 1024 * 1024;

export type ScanType =
  | { ok: true; mimeType: "application/pdf" | "image/jpeg" | "image/png"; extension: "pdf" | "jpg" | "png" }
  | { ok: false; reason: "empty" | "too_large" | "unsupported" | "corrupt" };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

function endsWithin(bytes: Uint8Array, text: string, window: number): boolean {
  const marker = [...text].map((ch) => ch.charCodeAt(0));
  for (let start = bytes.length - marker.length; start >= Math.max(0, bytes.length - window); start--) {
    if (marker.every((b, i) => bytes[start + i] === b)) return true;
  }
  return false;
}

export function detectScanType(bytes: Uint8Array, maxSize = MAX_SCAN_SIZE): ScanType {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (bytes.length > maxSize) return { ok: false, reason: "too_large" };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
    // "%PDF-" … "%%EOF": without the end marker the upload was cut short.
    return endsWithin(bytes, "%%EOF", 1024)
      ? { ok: true, mimeType: "application/pdf", extension: "pdf" }
      : { ok: false, reason: "corrupt" };
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, mimeType: "image/jpeg", extension: "jpg" };
  if (startsWith(bytes, PNG_SIGNATURE)) {
    // The IHDR chunk follows the signature; a PNG without it is not an image.
    return bytes.length > 16 && String.fromCharCode(...bytes.subarray(12, 16)) === "IHDR"
      ? { ok: true, mimeType: "image/png", extension: "png" }
      : { ok: false, reason: "corrupt" };
  }
  return { ok: false, reason: "unsupported" };
}
