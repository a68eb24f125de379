import JSZip from "jszip";
import mammoth from "mammoth";
import {
  buildMarkers,
  type NumberedParagraph,
  readNumberedParagraphs,
  readNumberingDefinitions,
} from "./docx-numbering";
import { isLegacyWordDocument, sniffFormat } from "./file-signature";
import { indexToLetter } from "./patterns";

export { type FileFormat, sniffFormat } from "./file-signature";

export type DocxFailureReason = "corrupt" | "encrypted" | "empty" | "not_docx";

export interface DocxMessage {
  type: "info" | "warning" | "error";
  message: string;
}

export type DocxTextResult =
  | { ok: true; text: string; messages: DocxMessage[] }
  | { ok: false; reason: DocxFailureReason; message: string };

const FAILURE_MESSAGES: Record<DocxFailureReason, string> = {
  corrupt:
    "Plik DOCX jest uszkodzony i nie da się go odczytać. Zapisz go ponownie w programie Word i spróbuj jeszcze raz.",
  encrypted:
    "Plik jest zabezpieczony hasłem. Usuń hasło w programie Word (Plik → Informacje → Chroń dokument) i wgraj go ponownie.",
  empty: "Plik nie zawiera tekstu.",
  not_docx: "To nie jest dokument Word w formacie DOCX.",
};

function fail(reason: DocxFailureReason, message = FAILURE_MESSAGES[reason]): DocxTextResult {
  return { ok: false, reason, message };
}

interface MammothElement {
  type: string;
  value?: string;
  children?: MammothElement[];
  numbering?: { level: string; isOrdered: boolean } | null;
}

export interface CollectedParagraph {
  text: string;
  level: number | null;
  isOrdered: boolean;
}

function collectParagraphs(element: MammothElement, out: CollectedParagraph[]): void {
  if (element.type === "paragraph") {
    const parts: string[] = [];
    const nested: MammothElement[] = [];
    const walk = (e: MammothElement) => {
      if (e.type === "text") parts.push(e.value ?? "");
      else if (e.type === "tab") parts.push("\t");
      else if (e.type === "break") parts.push("\n");
      else if (e.type === "paragraph") nested.push(e);
      else if (e.type !== "noteReference" && e.type !== "commentReference") e.children?.forEach(walk);
    };
    element.children?.forEach(walk);
    const level = element.numbering ? Number(element.numbering.level) : null;
    out.push({ text: parts.join(""), level, isOrdered: element.numbering?.isOrdered ?? false });
    for (const n of nested) collectParagraphs(n, out);
    return;
  }
  for (const child of element.children ?? []) collectParagraphs(child, out);
}

/**
 * Converts a DOCX to plain text with one line per paragraph, writing Word's automatic
 * list numbers in front of the paragraphs as a drafter would type them.
 */
export async function docxToText(buffer: Uint8Array): Promise<DocxTextResult> {
  const format = sniffFormat(buffer);
  if (format === "empty") return fail("empty", "Plik jest pusty (0 bajtów).");
  if (format === "ole") {
    if (isLegacyWordDocument(buffer)) {
      return fail(
        "not_docx",
        "To dokument w starym formacie Word 97–2003 (.doc). Zapisz go jako .docx i wgraj ponownie.",
      );
    }
    return fail("encrypted");
  }
  if (format !== "zip") return fail("not_docx");

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    return fail("corrupt");
  }
  const documentXml = await readZipText(zip, "word/document.xml");
  if (documentXml === null) return fail("not_docx", "Archiwum nie zawiera dokumentu Word (brak word/document.xml).");

  const paragraphs: CollectedParagraph[] = [];
  const messages: DocxMessage[] = [];
  try {
    const nodeBuffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    const result = await mammoth.convertToHtml(
      { buffer: nodeBuffer },
      {
        transformDocument: (doc: MammothElement) => {
          collectParagraphs(doc, paragraphs);
          return doc;
        },
      },
    );
    for (const m of result.messages) {
      // Style names do not matter for the text; everything else is worth showing.
      if (!/unrecognised (paragraph|run|table) style/i.test(m.message))
        messages.push({ type: m.type, message: m.message });
    }
  } catch {
    return fail("corrupt");
  }

  const markers = await resolveMarkers(zip, documentXml, paragraphs, messages);
  const lines: string[] = [];
  let numberedIndex = 0;
  for (const p of paragraphs) {
    const marker = p.level === null ? null : (markers[numberedIndex++] ?? null);
    const text = p.text.trim();
    lines.push(marker === null ? text : text === "" ? marker : `${marker} ${text}`);
  }
  const text = lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (text === "") return fail("empty", "Dokument nie zawiera tekstu.");
  return { ok: true, text, messages };
}

async function readZipText(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async("string") : null;
}

async function resolveMarkers(
  zip: JSZip,
  documentXml: string,
  paragraphs: CollectedParagraph[],
  messages: DocxMessage[],
): Promise<(string | null)[]> {
  const numbered = paragraphs.filter((p) => p.level !== null);
  if (numbered.length === 0) return [];
  const numberingXml = await readZipText(zip, "word/numbering.xml");
  if (numberingXml !== null) {
    const defs = readNumberingDefinitions(numberingXml, (await readZipText(zip, "word/styles.xml")) ?? "");
    const fromXml: NumberedParagraph[] = readNumberedParagraphs(documentXml, defs);
    const aligned = fromXml.length === numbered.length && fromXml.every((p, i) => p.ilvl === numbered[i]?.level);
    if (aligned) return buildMarkers(fromXml, defs);
  }
  messages.push({
    type: "warning",
    message:
      "Nie udało się odczytać formatu numeracji automatycznej – numery ustępów, punktów i liter odtworzono z poziomów list. Sprawdź je.",
  });
  return markersFromContext(paragraphs);
}

const CONTEXT_LEVELS = ["section", "point", "letter", "tiret"] as const;

/**
 * Fallback without list definitions: inside a § the outermost list is ust. ("1."), unless the
 * § text ends with ":" (then its items are points), and each deeper level goes one step down.
 */
export function markersFromContext(paragraphs: CollectedParagraph[]): (string | null)[] {
  const markers: (string | null)[] = [];
  let base = 0;
  let minLevel = Number.POSITIVE_INFINITY;
  let counters: number[] = [];
  for (const p of paragraphs) {
    if (p.level === null) {
      if (/^§/.test(p.text.trim())) {
        base = /:\s*$/.test(p.text) ? 1 : 0;
        minLevel = Number.POSITIVE_INFINITY;
        counters = [];
      }
      continue;
    }
    minLevel = Math.min(minLevel, p.level);
    const depth = p.level - minLevel;
    counters[depth] = (counters[depth] ?? 0) + 1;
    counters.length = depth + 1;
    const n = counters[depth] ?? 1;
    const kind = p.isOrdered ? (CONTEXT_LEVELS[Math.min(base + depth, 3)] ?? "tiret") : "tiret";
    markers.push(
      kind === "section" ? `${n}.` : kind === "point" ? `${n})` : kind === "letter" ? `${indexToLetter(n)})` : "–",
    );
  }
  return markers;
}
