// Word automatic numbering is not text: mammoth turns it into <ol>/<li> without the
// numbers. To rebuild "1.", "1)", "a)", "–" as the author saw them we read the list
// definitions (numbering.xml) and each paragraph's list reference (document.xml)
// ourselves and replay Word's counters. The XML is machine-written and regular, so a
// few anchored regular expressions are enough; no XML parser dependency is needed.

import { indexToLetter, numberToRoman } from "./patterns";

interface LevelDef {
  numFmt: string;
  lvlText: string;
  start: number;
  pStyle: string | null;
}

interface NumDef {
  abstractNumId: string;
  startOverrides: Map<number, number>;
}

export interface NumberingDefinitions {
  abstracts: Map<string, Map<number, LevelDef>>;
  nums: Map<string, NumDef>;
  /** Paragraph styles tied to a list level (`<w:pStyle>` inside `<w:lvl>`), as mammoth reads them. */
  levelByStyle: Map<string, { abstractNumId: string; ilvl: number }>;
}

/** A paragraph that Word numbers automatically, in document order. */
export interface NumberedParagraph {
  numId: string | null;
  abstractNumId: string;
  ilvl: number;
}

function attr(xml: string, tag: string): string | null {
  const m = new RegExp(`<w:${tag}\\b[^>]*?\\bw:val="([^"]*)"`).exec(xml);
  return m ? decodeXmlEntities(m[1] ?? "") : null;
}

export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    const code = e.startsWith("#x") ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

function* elements(xml: string, tag: string): Generator<{ attrs: string; body: string }> {
  const re = new RegExp(`<w:${tag}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</w:${tag}>)`, "g");
  for (let m = re.exec(xml); m; m = re.exec(xml)) yield { attrs: m[1] ?? "", body: m[2] ?? "" };
}

function attrValue(attrs: string, name: string): string | null {
  const m = new RegExp(`\\bw:${name}="([^"]*)"`).exec(attrs);
  return m ? (m[1] ?? null) : null;
}

export function readNumberingDefinitions(numberingXml: string, stylesXml: string): NumberingDefinitions {
  const abstracts = new Map<string, Map<number, LevelDef>>();
  const levelByStyle = new Map<string, { abstractNumId: string; ilvl: number }>();
  const styleLinks = new Map<string, string>();
  for (const abs of elements(numberingXml, "abstractNum")) {
    const id = attrValue(abs.attrs, "abstractNumId");
    if (id === null) continue;
    const levels = new Map<number, LevelDef>();
    for (const lvl of elements(abs.body, "lvl")) {
      const ilvl = Number(attrValue(lvl.attrs, "ilvl") ?? "0");
      const pStyle = attr(lvl.body, "pStyle");
      levels.set(ilvl, {
        numFmt: attr(lvl.body, "numFmt") ?? "decimal",
        lvlText: attr(lvl.body, "lvlText") ?? "",
        start: Number(attr(lvl.body, "start") ?? "1"),
        pStyle,
      });
      if (pStyle) levelByStyle.set(pStyle, { abstractNumId: id, ilvl });
    }
    abstracts.set(id, levels);
    const link = attr(abs.body, "numStyleLink");
    if (link) styleLinks.set(id, link);
  }
  const nums = new Map<string, NumDef>();
  for (const num of elements(numberingXml, "num")) {
    const numId = attrValue(num.attrs, "numId");
    const abstractNumId = attr(num.body, "abstractNumId");
    if (numId === null || abstractNumId === null) continue;
    const startOverrides = new Map<number, number>();
    for (const o of elements(num.body, "lvlOverride")) {
      const value = attr(o.body, "startOverride");
      if (value !== null) startOverrides.set(Number(attrValue(o.attrs, "ilvl") ?? "0"), Number(value));
    }
    nums.set(numId, { abstractNumId, startOverrides });
  }
  // A list defined through a numbering style points at the style, which points at another num.
  for (const [absId, styleId] of styleLinks) {
    const styleNumId = numIdOfStyle(stylesXml, styleId);
    const target = styleNumId ? nums.get(styleNumId) : undefined;
    const targetLevels = target ? abstracts.get(target.abstractNumId) : undefined;
    if (targetLevels) abstracts.set(absId, targetLevels);
  }
  return { abstracts, nums, levelByStyle };
}

function numIdOfStyle(stylesXml: string, styleId: string): string | null {
  for (const style of elements(stylesXml, "style")) {
    if (attrValue(style.attrs, "styleId") === styleId) return attr(style.body, "numId");
  }
  return null;
}

/** Lists numbered paragraphs of document.xml in order (including table cells). */
export function readNumberedParagraphs(documentXml: string, defs: NumberingDefinitions): NumberedParagraph[] {
  const out: NumberedParagraph[] = [];
  const starts = /<w:p[\s>/]/g;
  const positions: number[] = [];
  for (let m = starts.exec(documentXml); m; m = starts.exec(documentXml)) positions.push(m.index);
  positions.forEach((start, i) => {
    const end = positions[i + 1] ?? documentXml.length;
    const chunk = documentXml.slice(start, end);
    const pPr = /<w:pPr\b[^>]*>([\s\S]*?)<\/w:pPr>/.exec(chunk)?.[1] ?? "";
    // Tracked changes keep the old list settings in pPrChange; they are not shown.
    const current = pPr.replace(/<w:pPrChange\b[\s\S]*?<\/w:pPrChange>/g, "");
    const numPr = /<w:numPr\b[^>]*>([\s\S]*?)<\/w:numPr>/.exec(current)?.[1];
    if (numPr !== undefined) {
      const numId = attr(numPr, "numId");
      const num = numId ? defs.nums.get(numId) : undefined;
      if (numId === "0" || !num) return;
      out.push({ numId, abstractNumId: num.abstractNumId, ilvl: Number(attr(numPr, "ilvl") ?? "0") });
      return;
    }
    const style = attr(current, "pStyle");
    const byStyle = style ? defs.levelByStyle.get(style) : undefined;
    if (byStyle) out.push({ numId: null, ...byStyle });
  });
  return out;
}

function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case "lowerLetter":
      return indexToLetter(n);
    case "upperLetter":
      return indexToLetter(n).toUpperCase();
    case "lowerRoman":
      return numberToRoman(n).toLowerCase();
    case "upperRoman":
      return numberToRoman(n);
    case "decimalZero":
      return String(n).padStart(2, "0");
    default:
      return String(n);
  }
}

/**
 * Replays Word's list counters and returns the visible marker of each numbered paragraph
 * ("1.", "2)", "a)", "–", "– –"), or null where Word shows nothing.
 */
export function buildMarkers(paragraphs: NumberedParagraph[], defs: NumberingDefinitions): (string | null)[] {
  const counters = new Map<string, number[]>();
  return paragraphs.map((p) => {
    const levels = defs.abstracts.get(p.abstractNumId);
    const num = p.numId ? defs.nums.get(p.numId) : undefined;
    // Lists that restart with startOverride count on their own; others share the abstract list.
    const counterId = num && num.startOverrides.size > 0 ? `num:${p.numId}` : `abs:${p.abstractNumId}`;
    const values = counters.get(counterId) ?? [];
    counters.set(counterId, values);
    const startOf = (ilvl: number) => num?.startOverrides.get(ilvl) ?? levels?.get(ilvl)?.start ?? 1;
    values[p.ilvl] = values[p.ilvl] === undefined ? startOf(p.ilvl) : (values[p.ilvl] ?? 0) + 1;
    values.length = p.ilvl + 1;
    const def = levels?.get(p.ilvl);
    if (!def || def.numFmt === "none") return null;
    if (def.numFmt === "bullet") {
      return levels?.get(p.ilvl - 1)?.numFmt === "bullet" ? "– –" : "–";
    }
    const marker = def.lvlText.replace(/%([1-9])/g, (_m, d: string) => {
      const ilvl = Number(d) - 1;
      const value = values[ilvl] ?? startOf(ilvl);
      return formatNumber(value, levels?.get(ilvl)?.numFmt ?? "decimal");
    });
    return marker.trim() === "" ? null : marker.trim();
  });
}
