import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDraftFile } from "./import-file";
import { parseDraftSource } from "./parse-source";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(__dirname, "../legal-structure/fixtures", name)));

describe("readDraftFile", () => {
  it("reads a Word draft with automatic numbering into text the parser splits down to letters", async () => {
    const result = await readDraftFile(fixture("konsultacje-uchwala-autonumeracja.docx"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { units } = parseDraftSource(result.text, "DOCX");
    expect(units.map((u) => u.citation)).toContain("§ 3 ust. 2 pkt 5 lit. b");
  });

  it("refuses by content: empty, text named .docx, a broken ZIP, a password-protected (OLE) file, a 50 MB file", async () => {
    expect(await readDraftFile(new Uint8Array())).toEqual({ ok: false, error: "empty" });
    expect(await readDraftFile(new TextEncoder().encode("§ 1. To nie jest DOCX."))).toEqual({
      ok: false,
      error: "not_docx",
    });
    const zipHead = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await readDraftFile(zipHead)).toEqual({ ok: false, error: "corrupt" });
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(new Uint8Array(Buffer.from("EncryptedPackage", "utf16le")), 512);
    expect(await readDraftFile(ole)).toEqual({ ok: false, error: "encrypted" });
    expect(await readDraftFile(new Uint8Array(50 * 1024 * 1024))).toEqual({ ok: false, error: "too_large" });
  });
});
