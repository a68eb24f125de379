// `npm run bench:import`: how long importing a 1,000-unit act takes, as text and as a Word file
// with automatic numbering, and how long matching two such versions takes. Prints figures; it is
// not a test (performance.test.ts checks the results at this size, without timing them).
import { performance } from "node:perf_hooks";
import JSZip from "jszip";
import { importDraft } from "@/lib/legal-structure/import-draft";
import { parseDraft } from "@/lib/legal-structure/parse";
import type { LegalUnit } from "@/lib/legal-structure/schema";
import { matchVersions } from "@/lib/legal-structure/versions";

const TARGET_MS = 3000;
const RUNS = Number(process.env.BENCH_RUNS ?? 10);

/** One § of the generated act: 2 ust., 3 pkt and 2 lit. — 8 units. */
type Paragraph = { number: number; chapter: string | null; items: { level: 0 | 1 | 2; text: string }[] };

function paragraphsFor(units: number): Paragraph[] {
  // 8 units per §, one chapter per 20 §, plus title, legal basis and justification.
  const count = Math.round((units - 3) / (8 + 1 / 20));
  return Array.from({ length: count }, (_, index) => {
    const p = index + 1;
    return {
      number: p,
      chapter: p % 20 === 1 ? `Rozdział ${Math.ceil(p / 20)}` : null,
      items: [
        { level: 0, text: `Ustęp pierwszy paragrafu ${p} określa zasady współpracy, w szczególności:` },
        { level: 1, text: `formy współpracy finansowej w zakresie zadania nr ${p};` },
        { level: 1, text: "formy współpracy pozafinansowej, w tym:" },
        { level: 2, text: "konsultowanie projektów aktów prawa miejscowego," },
        { level: 2, text: `udostępnianie lokali na spotkania organizacji nr ${p};` },
        { level: 1, text: "inne formy określone w programie." },
        { level: 0, text: `Ustęp drugi paragrafu ${p} stosuje się odpowiednio do grup inicjatywnych.` },
      ],
    };
  });
}

const HEAD = ["PROJEKT", "UCHWAŁA NR 1/26", "RADY MIASTA BIAŁYSTOK", "w sprawie aktu do pomiaru wydajności"];
const BASIS = "Na podstawie art. 18 ust. 2 pkt 15 ustawy o samorządzie gminnym uchwala się, co następuje:";
const JUSTIFICATION = ["UZASADNIENIE", "Projekt służy do pomiaru czasu importu dużego aktu."];

/** The act as a clerk would paste it: markers written out. */
export function generateActText(units = 1000): string {
  const lines = [...HEAD, BASIS];
  for (const p of paragraphsFor(units)) {
    if (p.chapter) lines.push(p.chapter, "Przepisy ogólne");
    let ust = 0;
    let pkt = 0;
    let lit = 0;
    const out: string[] = [];
    for (const item of p.items) {
      if (item.level === 0) {
        ust++;
        pkt = 0;
        out.push(`${ust}. ${item.text}`);
      } else if (item.level === 1) {
        pkt++;
        lit = 0;
        out.push(`${pkt}) ${item.text}`);
      } else {
        out.push(`${String.fromCharCode(97 + lit++)}) ${item.text}`);
      }
    }
    lines.push(`§ ${p.number}. ${out[0]}`, ...out.slice(1));
  }
  lines.push(...JUSTIFICATION);
  return lines.join("\n");
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const para = (text: string, numbering?: { numId: number; ilvl: number }) =>
  `<w:p><w:pPr>${
    numbering
      ? `<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${numbering.ilvl}"/><w:numId w:val="${numbering.numId}"/></w:numPr>`
      : ""
  }</w:pPr><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;

/**
 * The same act as a Word document whose ust., pkt and lit. numbers are Word's automatic numbering
 * (numbering.xml: `%1.`, `%2)`, lowerLetter `%3)`, one w:num per § restarting at 1), like
 * lib/legal-structure/fixtures/konsultacje-uchwala-autonumeracja.docx, so the numbering path runs.
 */
export async function generateActDocx(units = 1000): Promise<Uint8Array> {
  const paragraphs = paragraphsFor(units);
  const body: string[] = [...HEAD, BASIS].map((t) => para(t));
  for (const p of paragraphs) {
    if (p.chapter) body.push(para(p.chapter), para("Przepisy ogólne"));
    body.push(para(`§ ${p.number}.`));
    for (const item of p.items) body.push(para(item.text, { numId: p.number, ilvl: item.level }));
  }
  body.push(...JUSTIFICATION.map((t) => para(t)));
  const level = (ilvl: number, fmt: string, text: string) =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${360 * (ilvl + 1)}" w:hanging="360"/></w:pPr></w:lvl>`;
  const overrides = [0, 1, 2].map((i) => `<w:lvlOverride w:ilvl="${i}"><w:startOverride w:val="1"/></w:lvlOverride>`);
  const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>${level(0, "decimal", "%1.")}${level(1, "decimal", "%2)")}${level(2, "lowerLetter", "%3)")}</w:abstractNum>${paragraphs
    .map((p) => `<w:num w:numId="${p.number}"><w:abstractNumId w:val="1"/>${overrides.join("")}</w:num>`)
    .join("")}</w:numbering>`;
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel("rId1", "officeDocument", "word/document.xml")}</Relationships>`,
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel("rId1", "styles", "styles.xml")}${rel("rId2", "numbering", "numbering.xml")}</Relationships>`,
  );
  zip.file(
    "word/styles.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style></w:styles>`,
  );
  zip.file("word/numbering.xml", numbering);
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body.join("")}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export function stats(samples: readonly number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { median: at(0.5), p95: at(0.95), min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0 };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function measure(label: string, bytes: Uint8Array) {
  const times: number[] = [];
  let peakRss = 0;
  let peakHeap = 0;
  let units = 0;
  let warnings = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const result = await importDraft(bytes);
    times.push(performance.now() - start);
    const memory = process.memoryUsage();
    peakRss = Math.max(peakRss, memory.rss);
    peakHeap = Math.max(peakHeap, memory.heapUsed);
    if (!result.ok) throw new Error(`${label}: ${result.message}`);
    units = result.units.length;
    warnings = result.warnings.filter((w) => w.severity === "warning").length;
  }
  const s = stats(times);
  const verdict = s.p95 <= TARGET_MS ? "within" : "OVER";
  console.log(
    `${label.padEnd(6)} ${String(units).padStart(5)} units, ${warnings} warnings, ${(bytes.length / 1024).toFixed(0)} KiB | ` +
      `median ${ms(s.median)}, p95 ${ms(s.p95)} (min ${ms(s.min)}, max ${ms(s.max)}) — ${verdict} the ${TARGET_MS / 1000} s target | ` +
      `peak RSS ${mb(peakRss)}, peak heap ${mb(peakHeap)}`,
  );
  return units;
}

function measureMatch(label: string, previous: readonly LegalUnit[], next: readonly LegalUnit[]) {
  const times: number[] = [];
  let summary = matchVersions(previous, next).summary;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    summary = matchVersions(previous, next).summary;
    times.push(performance.now() - start);
  }
  const s = stats(times);
  console.log(
    `${label}: ${previous.length} vs ${next.length} units — median ${ms(s.median)}, p95 ${ms(s.p95)} ` +
      `(changed ${summary.changed}, moved ${summary.moved}, added ${summary.added}, removed ${summary.removed})`,
  );
}

async function main() {
  console.log(`Import of a generated act, ${RUNS} runs each (Node ${process.version}, ${process.arch})`);
  const text = generateActText(1000);
  const docx = await generateActDocx(1000);
  const textUnits = await measure("TEXT", new TextEncoder().encode(text));
  const docxUnits = await measure("DOCX", docx);
  // The DOCX carries no ust./pkt/lit. numbers as text: equal citations mean Word's numbering was rebuilt.
  const fromText = await importDraft(new TextEncoder().encode(text));
  const fromDocx = await importDraft(docx);
  const same =
    fromText.ok &&
    fromDocx.ok &&
    fromText.units.map((u) => u.citation).join("|") === fromDocx.units.map((u) => u.citation).join("|");
  console.log(
    `DOCX numbering rebuilt: ${same ? "yes — the same citations as the text" : `NO (${textUnits} / ${docxUnits} units)`}` +
      (fromDocx.ok && fromDocx.messages.length > 0
        ? `; messages: ${fromDocx.messages.map((m) => m.message).join(" ")}`
        : ""),
  );

  const before = parseDraft(text).units;
  // A second version: a § inserted near the start (every later § renumbered) and a point of every
  // 20th § reworded — the hard case for matching, as every key after the insertion shifts.
  const edited = text
    .replace(/^§ (\d+)\./gm, (m, n: string) => (Number(n) >= 3 ? `§ ${Number(n) + 1}.` : m))
    .replace(/^(§ 4\.)/m, "§ 3. Nowy paragraf dodany po konsultacjach.\n$1")
    .replace(/zadania nr (\d+);/g, (m, n: string) => (Number(n) % 20 === 0 ? `zadania publicznego nr ${n};` : m));
  const after = parseDraft(edited).units;
  measureMatch("matchVersions, identical", before, parseDraft(text).units);
  measureMatch("matchVersions, § inserted (all later § renumbered) + points reworded", before, after);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
