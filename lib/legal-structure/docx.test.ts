import { readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { docxToText, markersFromContext, sniffFormat } from "./docx";
import { importDraft } from "./import-draft";
import { parseDraft } from "./parse";

const fixturePath = (name: string) => path.join(__dirname, "fixtures", name);
const textAndCitations = (text: string, docx: boolean) =>
  parseDraft(text, docx ? { joinWrappedLines: false } : {}).units.map((u) => ({
    citation: u.citation,
    kind: u.kind,
    text: u.text,
  }));

async function docxText(name: string): Promise<string> {
  const result = await docxToText(readFileSync(fixturePath(name)));
  if (!result.ok) throw new Error(result.message);
  return result.text;
}

describe("docxToText on the samples", () => {
  it("gives program-wspolpracy-2027.docx (numbers typed) the same citations and texts as its .txt twin", async () => {
    const fromDocx = textAndCitations(await docxText("program-wspolpracy-2027.docx"), true);
    expect(fromDocx).toEqual(textAndCitations(readFileSync(fixturePath("program-wspolpracy-2027.txt"), "utf8"), false));
    expect(fromDocx).toHaveLength(88);
  });

  it("rebuilds Word automatic numbering so the auto-numbered docx matches konsultacje-uchwala.txt", async () => {
    const text = await docxText("konsultacje-uchwala-autonumeracja.docx");
    // ust. come from "%1.", points from "%2)", letters from lowerLetter "%3)"; § 5 starts at level 2.
    expect(text).toContain("§ 2.\n1. Konsultacje przeprowadza się w formie:\n1) pisemnego zgłaszania");
    expect(text).toContain("5) sposób zgłaszania uwag, w tym:\na) adres platformy konsultacyjnej,\nb) wzór");
    expect(text).toContain("wskazując:\n1) treść uwagi;");
    const fromDocx = textAndCitations(text, true);
    expect(fromDocx).toEqual(textAndCitations(readFileSync(fixturePath("konsultacje-uchwala.txt"), "utf8"), false));
    expect(fromDocx.find((u) => u.citation === "§ 3 ust. 2 pkt 5 lit. b")?.text).toBe(
      "wzór formularza konsultacyjnego,",
    );
  });

  it("parses the auto-numbered docx without warnings through importDraft", async () => {
    const result = await importDraft(readFileSync(fixturePath("konsultacje-uchwala-autonumeracja.docx")));
    expect(result.ok && result.source).toBe("docx");
    expect(result.ok && result.warnings).toEqual([]);
  });
});

const NUMBERING = `<?xml version="1.0" encoding="UTF-8"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#8211;"/></w:lvl>
<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#8211;"/></w:lvl>
</w:abstractNum>
<w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>`;

function paragraph(text: string, list?: { numId: number; ilvl: number }): string {
  const pPr = list
    ? `<w:pPr><w:numPr><w:ilvl w:val="${list.ilvl}"/><w:numId w:val="${list.numId}"/></w:numPr></w:pPr>`
    : "";
  return `<w:p>${pPr}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

async function buildDocx(body: string, numbering: string | null): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  if (numbering) zip.file("word/numbering.xml", numbering);
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("docxToText on generated documents", () => {
  const body = [
    paragraph("§ 1. Ilekroć w uchwale jest mowa o:"),
    paragraph("zadaniach – należy przez to rozumieć:", { numId: 7, ilvl: 0 }),
    paragraph("zadania pomocy społecznej, obejmujące:", { numId: 7, ilvl: 1 }),
    paragraph("pomoc rodzinom,", { numId: 7, ilvl: 2 }),
    paragraph("pomoc osobom starszym, w tym:", { numId: 7, ilvl: 2 }),
    paragraph("opiekę domową,", { numId: 7, ilvl: 3 }),
    paragraph("zadania kultury;", { numId: 7, ilvl: 1 }),
    paragraph("programie – należy przez to rozumieć program.", { numId: 7, ilvl: 0 }),
  ].join("");

  it("turns lowerLetter and bullet levels into letters, tirets and double tirets", async () => {
    const result = await docxToText(await buildDocx(body, NUMBERING));
    expect(result.ok && result.text.split("\n")).toEqual([
      "§ 1. Ilekroć w uchwale jest mowa o:",
      "1) zadaniach – należy przez to rozumieć:",
      "a) zadania pomocy społecznej, obejmujące:",
      "– pomoc rodzinom,",
      "– pomoc osobom starszym, w tym:",
      "– – opiekę domową,",
      "b) zadania kultury;",
      "2) programie – należy przez to rozumieć program.",
    ]);
  });

  it("writes no numbers when the docx has no numbering definitions, as Word itself shows none", async () => {
    const result = await docxToText(await buildDocx(body, null));
    expect(result.ok && result.text.split("\n")[1]).toBe("zadaniach – należy przez to rozumieć:");
  });
});

describe("markersFromContext (fallback when list definitions and paragraphs cannot be matched)", () => {
  it("numbers a list after a § ending with ':' as points, then letters and tirets by level", () => {
    const markers = markersFromContext([
      { text: "§ 1. Ilekroć w uchwale jest mowa o:", level: null, isOrdered: false },
      { text: "zadaniach:", level: 1, isOrdered: true },
      { text: "zadania pomocy,", level: 2, isOrdered: true },
      { text: "pomoc rodzinom,", level: 3, isOrdered: false },
      { text: "programie.", level: 1, isOrdered: true },
    ]);
    expect(markers).toEqual(["1)", "a)", "–", "2)"]);
  });

  it("numbers the outermost list of a § without a lead-in as ust., restarting in each §", () => {
    const markers = markersFromContext([
      { text: "§ 1.", level: null, isOrdered: false },
      { text: "Pierwszy ustęp:", level: 0, isOrdered: true },
      { text: "punkt;", level: 1, isOrdered: true },
      { text: "Drugi ustęp.", level: 0, isOrdered: true },
      { text: "§ 2.", level: null, isOrdered: false },
      { text: "Pierwszy ustęp.", level: 0, isOrdered: true },
    ]);
    expect(markers).toEqual(["1.", "1)", "2.", "1."]);
  });
});

describe("docxToText on files that are not readable drafts", () => {
  it("recognises formats by content, not by name", () => {
    expect(sniffFormat(new Uint8Array())).toBe("empty");
    expect(sniffFormat(Buffer.from("PK\u0003\u0004rest", "latin1"))).toBe("zip");
    expect(sniffFormat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe("ole");
    expect(sniffFormat(Buffer.from("§ 1. Tekst"))).toBe("other");
  });

  it("returns 'empty' for an empty buffer", async () => {
    expect(await docxToText(new Uint8Array())).toMatchObject({ ok: false, reason: "empty" });
  });

  it("returns 'not_docx' for a text file", async () => {
    const result = await docxToText(readFileSync(fixturePath("konsultacje-uchwala.txt")));
    expect(result).toMatchObject({ ok: false, reason: "not_docx" });
    expect(!result.ok && result.message).toMatch(/DOCX/);
  });

  it("returns 'encrypted' for an OLE compound file such as a password-protected docx", async () => {
    const fake = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(fake);
    Buffer.from("EncryptedPackage", "utf16le").copy(fake, 512);
    const result = await docxToText(fake);
    expect(result).toMatchObject({ ok: false, reason: "encrypted" });
    expect(!result.ok && result.message).toContain("hasłem");
    expect(await docxToText(fake.subarray(0, 8))).toMatchObject({ ok: false, reason: "encrypted" });
  });

  it("tells an old binary .doc apart from an encrypted file", async () => {
    const doc = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(doc);
    Buffer.from("WordDocument", "utf16le").copy(doc, 512);
    const result = await docxToText(doc);
    expect(result).toMatchObject({ ok: false, reason: "not_docx" });
    expect(!result.ok && result.message).toContain(".doc");
  });

  it("returns 'corrupt' for a truncated docx", async () => {
    const whole = readFileSync(fixturePath("program-wspolpracy-2027.docx"));
    expect(await docxToText(whole.subarray(0, 2000))).toMatchObject({ ok: false, reason: "corrupt" });
  });

  it("returns 'not_docx' for a zip without a Word document", async () => {
    const zip = new JSZip();
    zip.file("hello.txt", "hello");
    expect(await docxToText(await zip.generateAsync({ type: "nodebuffer" }))).toMatchObject({
      ok: false,
      reason: "not_docx",
    });
  });

  it("returns 'empty' for a docx with no text", async () => {
    expect(await docxToText(await buildDocx(paragraph(""), null))).toMatchObject({ ok: false, reason: "empty" });
  });
});

describe("importDraft", () => {
  it("parses a text file as text", async () => {
    const result = await importDraft(readFileSync(fixturePath("konsultacje-uchwala.txt")));
    expect(result.ok && result.source).toBe("text");
    expect(result.ok && result.units).toHaveLength(43);
  });

  it("decodes a Windows-1250 text file", async () => {
    // "§ 1. Uchwała" in Windows-1250: § = 0xA7, ł = 0xB3.
    const bytes = Buffer.from([0xa7, 0x20, 0x31, 0x2e, 0x20, 0x55, 0x63, 0x68, 0x77, 0x61, 0xb3, 0x61, 0x2e]);
    const result = await importDraft(bytes);
    expect(result.ok && result.units[0]).toMatchObject({ citation: "§ 1", text: "Uchwała." });
  });

  it("rejects binary data that is neither docx nor text", async () => {
    expect(await importDraft(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]))).toMatchObject({
      ok: false,
      reason: "unsupported_format",
    });
  });
});
