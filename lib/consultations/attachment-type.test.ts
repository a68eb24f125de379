import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import {
  asciiDownloadName,
  contentDisposition,
  detectAttachmentType,
  MAX_ATTACHMENT_SIZE,
  safeDownloadName,
} from "./attachment-type";

const ascii = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));
const MINIMAL_PDF = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
const OLE_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function oleFile(streamName: string): Uint8Array {
  return new Uint8Array([...OLE_HEADER, ...new Uint8Array(504), ...Buffer.from(streamName, "utf16le"), 0, 0]);
}

async function docx(contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml") {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<Types><Override PartName="/word/document.xml" ContentType="${contentType}"/></Types>`,
  );
  zip.file("word/document.xml", "<w:document/>");
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function odt(mimetype: string, manifest = "<manifest:manifest/>") {
  const zip = new JSZip();
  zip.file("mimetype", mimetype, { compression: "STORE" });
  zip.file("content.xml", "<office:document-content/>");
  zip.file("META-INF/manifest.xml", manifest);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("detectAttachmentType", () => {
  it("recognises a PDF by its header and end-of-file marker", async () => {
    expect(await detectAttachmentType(ascii(MINIMAL_PDF))).toEqual({
      ok: true,
      type: "pdf",
      mimeType: "application/pdf",
      extension: "pdf",
    });
  });

  it("reports a PDF cut short (no %%EOF in the last kilobyte) as corrupt", async () => {
    expect(await detectAttachmentType(ascii("%PDF-1.7\n"))).toEqual({ ok: false, reason: "corrupt" });
    const eofTooEarly = `${MINIMAL_PDF}${"x".repeat(2048)}`;
    expect(await detectAttachmentType(ascii(eofTooEarly))).toEqual({ ok: false, reason: "corrupt" });
  });

  it("recognises a DOCX by its content types and main document part", async () => {
    expect(await detectAttachmentType(await docx())).toMatchObject({
      ok: true,
      type: "docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      extension: "docx",
    });
  });

  it("refuses a macro-enabled Word document (.docm)", async () => {
    const docm = await docx("application/vnd.ms-word.document.macroEnabled.main+xml");
    expect(await detectAttachmentType(docm)).toEqual({ ok: false, reason: "unsupported" });
  });

  it("stops inflating a metadata part that expands beyond a megabyte and reports the file as corrupt", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", `<Types>${" ".repeat(3 * 1024 * 1024)}</Types>`);
    zip.file("word/document.xml", "<w:document/>");
    const bomb = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(await detectAttachmentType(bomb)).toEqual({ ok: false, reason: "corrupt" });
  });

  it("recognises an ODT by its leading mimetype entry", async () => {
    expect(await detectAttachmentType(await odt("application/vnd.oasis.opendocument.text"))).toEqual({
      ok: true,
      type: "odt",
      mimeType: "application/vnd.oasis.opendocument.text",
      extension: "odt",
    });
  });

  it("refuses other OpenDocument kinds, such as a spreadsheet", async () => {
    const ods = await odt("application/vnd.oasis.opendocument.spreadsheet");
    expect(await detectAttachmentType(ods)).toEqual({ ok: false, reason: "unsupported" });
  });

  it("reports a password-protected ODT as encrypted", async () => {
    const manifest = "<manifest:file-entry><manifest:encryption-data/></manifest:file-entry>";
    const encrypted = await odt("application/vnd.oasis.opendocument.text", manifest);
    expect(await detectAttachmentType(encrypted)).toEqual({ ok: false, reason: "encrypted" });
  });

  it("does not take an ODT whose mimetype is not the first entry", async () => {
    const zip = new JSZip();
    zip.file("content.xml", "<office:document-content/>");
    zip.file("mimetype", "application/vnd.oasis.opendocument.text");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    expect(await detectAttachmentType(bytes)).toEqual({ ok: false, reason: "unsupported" });
  });

  it("refuses a ZIP that is neither DOCX nor ODT", async () => {
    const zip = new JSZip();
    zip.file("zdjecie.jpg", "not really");
    expect(await detectAttachmentType(await zip.generateAsync({ type: "uint8array" }))).toEqual({
      ok: false,
      reason: "unsupported",
    });
  });

  it("reports a truncated ZIP as corrupt", async () => {
    const bytes = await docx();
    expect(await detectAttachmentType(bytes.subarray(0, 60))).toEqual({ ok: false, reason: "corrupt" });
  });

  it("refuses a text file renamed to .pdf, since only the content counts", async () => {
    const text = new TextEncoder().encode("Projekt uchwały w sprawie konsultacji\n§ 1. Tekst.");
    expect(await detectAttachmentType(text)).toEqual({ ok: false, reason: "unsupported" });
  });

  it("reports an empty file as empty", async () => {
    expect(await detectAttachmentType(new Uint8Array())).toEqual({ ok: false, reason: "empty" });
  });

  it("reports an OLE file without a WordDocument stream as encrypted", async () => {
    expect(await detectAttachmentType(oleFile("EncryptedPackage"))).toEqual({ ok: false, reason: "encrypted" });
  });

  it("reports a Word 97–2003 .doc (OLE with a WordDocument stream) as unsupported", async () => {
    expect(await detectAttachmentType(oleFile("WordDocument"))).toEqual({ ok: false, reason: "unsupported" });
  });

  it("accepts exactly 20 MB and reports one byte more as too large", async () => {
    const pdfOfSize = (size: number) => {
      const bytes = new Uint8Array(size).fill(0x20);
      bytes.set(ascii("%PDF-1.7\n"), 0);
      bytes.set(ascii("%%EOF\n"), size - 6);
      return bytes;
    };
    expect(await detectAttachmentType(pdfOfSize(MAX_ATTACHMENT_SIZE))).toMatchObject({ ok: true, type: "pdf" });
    expect(await detectAttachmentType(pdfOfSize(MAX_ATTACHMENT_SIZE + 1))).toEqual({ ok: false, reason: "too_large" });
  });

  it("takes a smaller size limit as an option", async () => {
    expect(await detectAttachmentType(ascii(MINIMAL_PDF), { maxSize: 10 })).toEqual({ ok: false, reason: "too_large" });
  });
});

describe("download names", () => {
  it("builds a Content-Disposition with an ASCII fallback and the exact UTF-8 name", () => {
    expect(contentDisposition("Projekt uchwały – wersja 2.pdf")).toBe(
      "attachment; filename=\"Projekt uchwaly - wersja 2.pdf\"; filename*=UTF-8''Projekt%20uchwa%C5%82y%20%E2%80%93%20wersja%202.pdf",
    );
  });

  it("transliterates every Polish letter, upper and lower case, in the fallback", () => {
    expect(asciiDownloadName("Zażółć gęślą jaźń – ŻÓŁW ĄĘĆŃŚŹ.odt")).toBe("Zazolc gesla jazn - ZOLW AECNSZ.odt");
  });

  it("strips directories, including a browser's fake path and a Windows path", () => {
    expect(safeDownloadName("C:\\fakepath\\Opinia Rady.pdf")).toBe("Opinia Rady.pdf");
    expect(safeDownloadName("../../etc/passwd")).toBe("passwd");
  });

  it("strips control characters, invisible direction overrides and quotes", () => {
    expect(safeDownloadName('Uwagi\r\nX-Header: 1 "Rady".pdf')).toBe("UwagiX-Header 1 Rady.pdf");
    expect(safeDownloadName("umowa\u202Efdp.exe")).toBe("umowafdp.exe");
    expect(safeDownloadName("„Program współpracy”.docx")).toBe("Program współpracy.docx");
  });

  it("never returns an empty name or a hidden file name", () => {
    expect(safeDownloadName("")).toBe("plik");
    expect(safeDownloadName("///")).toBe("plik");
    expect(safeDownloadName(" .. ")).toBe("plik");
    expect(safeDownloadName(".htaccess")).toBe("htaccess");
  });

  it("shortens a very long name but keeps its extension", () => {
    const name = safeDownloadName(`${"Sprawozdanie ".repeat(40)}.pdf`);
    expect(name).toHaveLength(200);
    expect(name).toMatch(/^Sprawozdanie Sprawozdanie .*\S\.pdf$/);
  });

  it("percent-encodes characters RFC 5987 does not allow unencoded, such as apostrophes and brackets", () => {
    expect(contentDisposition("Uwagi (NGO's).pdf", "inline")).toBe(
      "inline; filename=\"Uwagi (NGO's).pdf\"; filename*=UTF-8''Uwagi%20%28NGO%27s%29.pdf",
    );
  });

  it("replaces characters outside ASCII that have no plain form with an underscore in the fallback", () => {
    expect(asciiDownloadName("Opinia € 2027 ✓.pdf")).toBe("Opinia _ 2027 _.pdf");
    expect(asciiDownloadName("Café.pdf")).toBe("Cafe.pdf");
  });
});
