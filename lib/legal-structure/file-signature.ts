/**
 * Recognises a file by its first bytes, not by its name: shared by the draft import (DOCX or
 * text) and the consultation attachments (PDF, DOCX, ODT).
 */
export type FileFormat = "empty" | "zip" | "ole" | "other";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function startsWithBytes(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** DOCX and ODT are ZIPs; old .doc and password-protected Office files are OLE compound files. */
export function sniffFormat(bytes: Uint8Array): FileFormat {
  if (bytes.length === 0) return "empty";
  if (startsWithBytes(bytes, ZIP_MAGIC)) return "zip";
  if (startsWithBytes(bytes, OLE_MAGIC)) return "ole";
  return "other";
}

function containsUtf16(bytes: Uint8Array, word: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(word, "utf16le"));
}

/**
 * An OLE file is either a Word 97–2003 document (it has a `WordDocument` stream) or an encrypted
 * OOXML document (Office wraps it in an `EncryptedPackage` stream). Stream names are UTF-16LE.
 */
export function isLegacyWordDocument(bytes: Uint8Array): boolean {
  return containsUtf16(bytes, "WordDocument") && !containsUtf16(bytes, "EncryptedPackage");
}
