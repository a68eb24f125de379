import type { ReportHeader } from "@/lib/reports/model";
import { documentTitle, LABELS } from "./labels";

/*
 * WordprocessingML written by hand (see docx.ts for why): the fixed parts of the package and the
 * small builders the body is made of. Every piece of user text goes through `escapeXml`, so
 * nothing a commenter wrote can become markup.
 */

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// Characters XML 1.0 forbids (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF): text
// pasted from other programs carries them (Word's vertical tab for a manual line break), and a
// single one would make Word refuse the whole file.
const INVALID_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding these characters is the point (they are removed).
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const XML_SPECIAL = /[&<>"]/g;
const XML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Text as XML character data (also safe inside attribute values). */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, "").replace(XML_SPECIAL, (c) => XML_ENTITIES[c] ?? c);
}

/** Runs for one line of text: tabs become Word tabs. */
function runsOf(line: string, bold: boolean): string {
  const rPr = bold ? "<w:rPr><w:b/></w:rPr>" : "";
  const text = escapeXml(line).replace(/\t/g, '</w:t><w:tab/><w:t xml:space="preserve">');
  return `<w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r>`;
}

export type ParagraphOptions = { style?: string; bold?: boolean; center?: boolean; keepNext?: boolean };

function paragraphProperties(options: ParagraphOptions): string {
  const inner =
    (options.style ? `<w:pStyle w:val="${options.style}"/>` : "") +
    (options.keepNext ? "<w:keepNext/>" : "") +
    (options.center ? '<w:jc w:val="center"/>' : "");
  return inner ? `<w:pPr>${inner}</w:pPr>` : "";
}

/** Lines of user text, whatever line breaks it came with. */
export function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** One paragraph; line breaks inside `text` become Word line breaks. */
export function paragraph(text: string, options: ParagraphOptions = {}): string {
  const runs = linesOf(text)
    .map((line) => (line ? runsOf(line, options.bold ?? false) : ""))
    .join("<w:r><w:br/></w:r>");
  return `<w:p>${paragraphProperties(options)}${runs}</w:p>`;
}

/** A paragraph "Label: value" with the label in bold. */
export function labelledParagraph(label: string, value: string): string {
  const runs = linesOf(value)
    .map((line) => runsOf(line, false))
    .join("<w:r><w:br/></w:r>");
  return `<w:p>${runsOf(`${label}: `, true)}${runs}</w:p>`;
}

/** Table cell paragraphs: one Word paragraph per line of the text. */
export function cellParagraphs(text: string, bold = false): string {
  const pPr = '<w:pPr><w:pStyle w:val="TableText"/></w:pPr>';
  return linesOf(text)
    .map((line) => `<w:p>${pPr}${line ? runsOf(line, bold) : ""}</w:p>`)
    .join("");
}

type Page = { width: number; height: number; landscape: boolean; margin: number };
/** A4 in twentieths of a point; the comments table gets a landscape section. */
export const PORTRAIT: Page = { width: 11906, height: 16838, landscape: false, margin: 1134 };
export const LANDSCAPE: Page = { width: 16838, height: 11906, landscape: true, margin: 850 };

export function sectionProperties(page: Page): string {
  const orient = page.landscape ? ' w:orient="landscape"' : "";
  const m = page.margin;
  return (
    `<w:sectPr><w:footerReference w:type="default" r:id="rId3"/>` +
    `<w:pgSz w:w="${page.width}" w:h="${page.height}"${orient}/>` +
    `<w:pgMar w:top="${m}" w:right="${m}" w:bottom="${m}" w:left="${m}" w:header="567" w:footer="567" w:gutter="0"/>` +
    "</w:sectPr>"
  );
}

export const DOCUMENT_START = `${XML_DECL}<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>`;
export const DOCUMENT_END = "</w:body></w:document>";

const CONTENT_TYPES = `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
</Types>`;

const PACKAGE_RELS = `${XML_DECL}<Relationships xmlns="${PKG_REL}">\
<Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="word/document.xml"/>\
<Relationship Id="rId2" Type="${PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/>\
<Relationship Id="rId3" Type="${DOC_REL}/extended-properties" Target="docProps/app.xml"/>\
</Relationships>`;

const DOCUMENT_RELS = `${XML_DECL}<Relationships xmlns="${PKG_REL}">\
<Relationship Id="rId1" Type="${DOC_REL}/styles" Target="styles.xml"/>\
<Relationship Id="rId2" Type="${DOC_REL}/settings" Target="settings.xml"/>\
<Relationship Id="rId3" Type="${DOC_REL}/footer" Target="footer1.xml"/>\
</Relationships>`;

const LANG = '<w:lang w:val="pl-PL" w:eastAsia="pl-PL" w:bidi="ar-SA"/>';
const size = (halfPoints: number) => `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`;

// Element order inside w:pPr, w:rPr, w:tcPr and w:tblPr follows the schema: Word rejects a file
// whose children are out of order even when each one is valid.
const STYLES = `${XML_DECL}<w:styles xmlns:w="${W_NS}">\
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>${size(22)}${LANG}</w:rPr></w:rPrDefault>\
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
<w:pPr><w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/>${size(32)}</w:rPr></w:style>\
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/>${size(26)}</w:rPr></w:style>\
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/>${size(22)}</w:rPr></w:style>\
<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/>\
<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr>${size(18)}</w:rPr></w:style>\
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr><w:rPr>${size(18)}</w:rPr></w:style>\
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>\
<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>\
${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</w:tblBorders></w:tblPr></w:style>\
</w:styles>`;

const SETTINGS = `${XML_DECL}<w:settings xmlns:w="${W_NS}"><w:defaultTabStop w:val="708"/>\
<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" \
w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="pl-PL"/></w:settings>`;

// The page number is a PAGE field, so Word numbers the pages however the text flows.
const FOOTER = `${XML_DECL}<w:ftr xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>\
<w:r><w:t xml:space="preserve">${escapeXml(LABELS.pagePrefix)}</w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>`;

/** ISO instant without milliseconds, as W3CDTF wants it. */
function w3cdtf(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19)}Z`;
}

function coreProperties(header: ReportHeader): string {
  const when = w3cdtf(header.dataAsOf);
  return `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
<dc:title>${escapeXml(documentTitle(header))}</dc:title><dc:subject>${escapeXml(header.actTitle)}</dc:subject>\
<dc:creator>${escapeXml(header.publishingBody)}</dc:creator><dc:language>pl-PL</dc:language>\
<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>\
<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;
}

const APP_PROPERTIES = `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
<Application>Konsultacje</Application></Properties>`;

/** The package's fixed parts, in the order they are zipped (document.xml follows, streamed). */
export function fixedParts(header: ReportHeader): [name: string, xml: string][] {
  return [
    ["[Content_Types].xml", CONTENT_TYPES],
    ["_rels/.rels", PACKAGE_RELS],
    ["docProps/core.xml", coreProperties(header)],
    ["docProps/app.xml", APP_PROPERTIES],
    ["word/_rels/document.xml.rels", DOCUMENT_RELS],
    ["word/styles.xml", STYLES],
    ["word/settings.xml", SETTINGS],
    ["word/footer1.xml", FOOTER],
  ];
}
