import JSZip from "jszip";
import { isLegacyWordDocument, sniffFormat } from "@/lib/legal-structure/file-signature";

export type AttachmentType = "pdf" | "docx" | "odt";

export type AttachmentFailureReason = "empty" | "too_large" | "unsupported" | "encrypted" | "corrupt";

export type AttachmentTypeResult =
  | { ok: true; type: AttachmentType; mimeType: string; extension: string }
  | { ok: false; reason: AttachmentFailureReason };

export interface DetectAttachmentOptions {
  /** Bytes; default 20 MB. */
  maxSize?: number;
}

export const MAX_ATTACHMENT_SIZE = 20 * 1024 * 1024;

const TYPES: Record<AttachmentType, { mimeType: string; extension: string }> = {
  pdf: { mimeType: "application/pdf", extension: "pdf" },
  docx: { mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  odt: { mimeType: "application/vnd.oasis.opendocument.text", extension: "odt" },
};

const ODT_MIME = "application/vnd.oasis.opendocument.text";
/** Larger metadata parts than this are not a real document but a ZIP bomb; stop inflating. */
const MAX_METADATA_BYTES = 1024 * 1024;

/**
 * Recognises an uploaded attachment by its content; the name and the browser's MIME type are
 * whatever the uploader's computer says and prove nothing. `extension` has no leading dot.
 */
export async function detectAttachmentType(
  bytes: Uint8Array,
  options: DetectAttachmentOptions = {},
): Promise<AttachmentTypeResult> {
  if (bytes.length === 0) return fail("empty");
  if (bytes.length > (options.maxSize ?? MAX_ATTACHMENT_SIZE)) return fail("too_large");
  if (startsWithAscii(bytes, "%PDF-")) {
    // A PDF is read from its end (trailer, cross-reference table): without `%%EOF` near the end
    // the upload was cut short.
    return containsAscii(bytes.subarray(Math.max(0, bytes.length - 1024)), "%%EOF") ? ok("pdf") : fail("corrupt");
  }
  const format = sniffFormat(bytes);
  // Password-protected DOCX/ODT-from-Word files are OLE containers; so is the Word 97–2003 .doc.
  if (format === "ole") return fail(isLegacyWordDocument(bytes) ? "unsupported" : "encrypted");
  if (format !== "zip") return fail("unsupported");
  // General-purpose flag bit 0: a password-protected ZIP entry, which JSZip refuses to open.
  if (((bytes[6] ?? 0) & 1) === 1) return fail("encrypted");
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return fail("corrupt");
  }
  try {
    if (firstEntryName(bytes) === "mimetype") return await detectOpenDocument(zip);
    if (zip.file("[Content_Types].xml") && zip.file("word/document.xml")) {
      const contentTypes = await readCapped(zip, "[Content_Types].xml");
      if (contentTypes === null) return fail("corrupt");
      // .docm has the same layout as .docx but carries macros; it is not an accepted format.
      return /macroEnabled/i.test(contentTypes) ? fail("unsupported") : ok("docx");
    }
    return fail("unsupported");
  } catch {
    return fail("corrupt");
  }
}

/** ODF requires `mimetype` as the first, uncompressed entry; its text names the document kind. */
async function detectOpenDocument(zip: JSZip): Promise<AttachmentTypeResult> {
  const mimetype = await readCapped(zip, "mimetype");
  if (mimetype === null) return fail("corrupt");
  if (mimetype.trim() !== ODT_MIME) return fail("unsupported");
  // An encrypted ODT keeps `mimetype` readable and lists the encryption in the manifest.
  const manifest = await readCapped(zip, "META-INF/manifest.xml");
  return manifest?.includes("encryption-data") ? fail("encrypted") : ok("odt");
}

/** The name in the ZIP's first local file header (offset 26: name length, 30: the name). */
function firstEntryName(bytes: Uint8Array): string | null {
  if (bytes.length < 30) return null;
  const length = (bytes[26] ?? 0) | ((bytes[27] ?? 0) << 8);
  if (bytes.length < 30 + length) return null;
  return new TextDecoder().decode(bytes.subarray(30, 30 + length));
}

/** The entry as text, or null when it is missing or inflates beyond MAX_METADATA_BYTES. */
function readCapped(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  if (!file) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = file.nodeStream("nodebuffer");
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      chunks.push(chunk);
      if (size > MAX_METADATA_BYTES) {
        stream.pause();
        stream.removeAllListeners();
        resolve(null);
      }
    });
    stream.on("error", reject);
    stream.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
}

function startsWithAscii(bytes: Uint8Array, text: string): boolean {
  return bytes.length >= text.length && [...text].every((c, i) => bytes[i] === c.charCodeAt(0));
}

function containsAscii(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, "latin1");
}

function ok(type: AttachmentType): AttachmentTypeResult {
  return { ok: true, type, ...TYPES[type] };
}

function fail(reason: AttachmentFailureReason): AttachmentTypeResult {
  return { ok: false, reason };
}

const POLISH_ASCII: Record<string, string> = {
  ą: "a",
  ć: "c",
  ę: "e",
  ł: "l",
  ń: "n",
  ó: "o",
  ś: "s",
  ź: "z",
  ż: "z",
  Ą: "A",
  Ć: "C",
  Ę: "E",
  Ł: "L",
  Ń: "N",
  Ó: "O",
  Ś: "S",
  Ź: "Z",
  Ż: "Z",
};

const MAX_NAME_LENGTH = 200;

/**
 * A file name safe to send back: no directories (a browser's `C:\fakepath\…` included), no
 * control or invisible formatting characters, no double quotes of any kind (they would end the
 * header's quoted string), no characters Windows refuses; whitespace collapsed; at most 200
 * characters, extension kept. Never empty.
 */
export function safeDownloadName(original: string, fallback = "plik"): string {
  const base = original.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const name = base
    // Cf too: a right-to-left override can make "umowa\u202Efdp.exe" display as "umowaexe.pdf".
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    .replace(/["„”“«»<>:|?*]/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  if (name === "") return fallback;
  if (name.length <= MAX_NAME_LENGTH) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : "";
  return name.slice(0, MAX_NAME_LENGTH - extension.length).trimEnd() + extension;
}

/** The name in plain ASCII for old clients: Polish letters without diacritics, dashes as "-". */
export function asciiDownloadName(name: string): string {
  return name
    .replace(/[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/g, (c) => POLISH_ASCII[c] ?? c)
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "");
}

/**
 * `Content-Disposition` with both forms of the name (RFC 6266): `filename` in ASCII for old
 * clients and `filename*` (RFC 5987) with the exact UTF-8 name, which browsers prefer.
 */
export function contentDisposition(original: string, disposition: "attachment" | "inline" = "attachment"): string {
  const name = safeDownloadName(original);
  // encodeURIComponent leaves ' ( ) * unescaped, but RFC 5987's attr-char does not allow them.
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${asciiDownloadName(name)}"; filename*=UTF-8''${encoded}`;
}
