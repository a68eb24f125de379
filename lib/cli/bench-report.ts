// `npm run bench:report`: how long writing the consolidated report of a 1,000-unit act with
// 100,000 answered comments takes in each format, how big the file is and how much memory the
// writer needs. No database: the rows are generated. Each format runs in a child process of its
// own, so its peak RSS is its own. Prints figures; it is not a test.
import { fork } from "node:child_process";
import { createWriteStream, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { type ReportFormat, reportWriters } from "@/lib/reports/formats";
import type { ReportHeader, ReportRow, ReportSource } from "@/lib/reports/model";

const UNITS = Number(process.env.BENCH_UNITS ?? 1000);
const COMMENTS = Number(process.env.BENCH_COMMENTS ?? 100_000);
const TARGET_SECONDS = 60;
const TARGET_RSS_MB = 512;
const FORMATS: ReportFormat[] = ["PDF", "DOCX", "CSV", "JSON"];
/** Generates the rows without writing anything: what producing them costs inside every format's time. */
const ROWS_ONLY = "rows-only";

const WORDS = (
  "organizacje pozarządowe współpraca gmina miasto zadanie publiczne konsultacje projekt uchwały program " +
  "roczny dotacja konkurs ofert realizacja wkład własny finansowy osobowy rzeczowy sprawozdanie ewaluacja " +
  "mieszkańcy seniorzy młodzież dzieci rodziny kultura sport turystyka ochrona środowiska zdrowie pomoc " +
  "społeczna edukacja bezpieczeństwo wolontariat przeciwdziałanie wykluczeniu niepełnosprawnych integracja " +
  "proponujemy zmianę brzmienia zapisu ponieważ obecny ogranicza możliwość udziału małych stowarzyszeń " +
  "fundacji grup inicjatywnych należy doprecyzować termin złożenia oferty uzupełnienia braków formalnych " +
  "wskazać kryteria oceny punktowej komisja konkursowa powinna obejmować przedstawicieli Rady Działalności " +
  "Pożytku Publicznego źródła finansowania budżet obywatelski lokal siedziba udostępnienie nieodpłatnie " +
  "zasady rozliczania dotacji przesunięcia między pozycjami kosztorysu do wysokości procent bez zgody " +
  "wydziału zwiększenie kwoty środków przeznaczonych na zadania wieloletnie umowy partnerskie regranting " +
  "uzasadnienie wynika z doświadczeń poprzednich lat kiedy organizacje zgłaszały trudności w terminowym " +
  "rozliczeniu zadań oraz z opinii uczestników spotkania otwartego które odbyło się w siedzibie Centrum " +
  "uwaga została uwzględniona w części dotyczącej terminów natomiast zmiana kryteriów wymagałaby " +
  "zmiany ustawy dlatego nie może zostać przyjęta zapis przeredagowano zgodnie z propozycją"
).split(" ");

/** A small seeded generator (mulberry32): the same run gives the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Polish-looking prose of 200–600 characters, with a number now and then as real comments have. */
function prose(next: () => number): string {
  const length = 200 + Math.floor(next() * 400);
  let text = "";
  while (text.length < length) {
    const r = next();
    const word =
      r < 0.03
        ? `${Math.floor(next() * 90_000) + 1_000} zł`
        : r < 0.05
          ? `§ ${Math.floor(next() * 120) + 1}`
          : (WORDS[Math.floor(next() * WORDS.length)] ?? "");
    text += text === "" ? word.charAt(0).toUpperCase() + word.slice(1) : r < 0.08 ? `, ${word}` : ` ${word}`;
  }
  return `${text}.`;
}

function unitCitation(index: number): string {
  const paragraph = Math.floor(index / 8) + 1;
  const rest = index % 8;
  return rest === 0 ? `§ ${paragraph}` : `§ ${paragraph} ust. ${Math.ceil(rest / 3)} pkt ${rest}`;
}

const POSITIONS = [
  { position: "ACCEPTED", label: "uwzględniona" },
  { position: "PARTLY_ACCEPTED", label: "częściowo uwzględniona" },
  { position: "REJECTED", label: "nieuwzględniona" },
  { position: "EXPLAINED", label: "wyjaśniona" },
];

function syntheticHeader(): ReportHeader {
  const perUnit = Array.from({ length: UNITS }, (_, i) => ({
    unit: unitCitation(i),
    count: Math.floor(COMMENTS / UNITS) + (i < COMMENTS % UNITS ? 1 : 0),
  }));
  return {
    documentTitle: "Informacja o wynikach konsultacji",
    cityName: "Białystok",
    publishingBody: "Prezydent Miasta Białegostoku",
    actTitle: "Projekt uchwały w sprawie aktu do pomiaru wydajności sprawozdania",
    legalBasis: "art. 5 ust. 5 ustawy o działalności pożytku publicznego i o wolontariacie",
    startDate: "1 grudnia 2026 r.",
    endDate: "14 grudnia 2026 r.",
    addressees: "organizacje pozarządowe i podmioty, o których mowa w art. 3 ust. 3 ustawy",
    announcement: "Biuletyn Informacji Publicznej, strona internetowa Miasta, e-mail do organizacji",
    forms: "formularz na platformie, e-mail, spotkanie otwarte",
    ownerUnit: "Centrum Współpracy Organizacji Pozarządowych",
    contact: "konsultacje@bialystok.example",
    organisationsCount: 50,
    commentsCount: COMMENTS,
    council: { kind: "waived", deadline: "21 grudnia 2026 r." },
    positions: POSITIONS.map((p, i) => ({ ...p, count: Math.floor(COMMENTS / 4) + (i < COMMENTS % 4 ? 1 : 0) })),
    perUnit,
    outcome: "Uwzględniono część uwag.",
    dataAsOf: "2026-12-20T10:15:30.000Z",
  };
}

/** The report source: rows are made as they are read, like rows streamed from the database. */
export function syntheticSource(): ReportSource {
  const header = syntheticHeader();
  return {
    header,
    rows: async function* (): AsyncGenerator<ReportRow> {
      const next = random(2026);
      let lp = 0;
      for (const [unitIndex, unit] of header.perUnit.entries()) {
        for (let i = 0; i < unit.count; i++) {
          lp++;
          yield {
            lp,
            unit: unit.unit,
            currentWording: prose(next),
            proposal: prose(next),
            justification: prose(next),
            submittedBy: `Stowarzyszenie Organizacja nr ${((lp + unitIndex) % 50) + 1}`,
            position: POSITIONS[lp % 4]?.label ?? "",
            positionJustification: prose(next),
          };
        }
      }
    },
  };
}

type Result = { format: string; seconds: number; cpuSeconds: number; bytes: number; peakRssMb: number };

/** In the child: writes one format (or only reads the rows) and reports time, size and peak RSS. */
async function runChild(format: ReportFormat | typeof ROWS_ONLY): Promise<Result> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const source = syntheticSource();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let bytes = 0;
  if (format === ROWS_ONLY) {
    for await (const _row of source.rows()) bytes++;
  } else {
    const writer = reportWriters[format];
    const file = path.join(os.tmpdir(), `konsultacje-bench-report.${writer.extension}`);
    await writer.write(source, createWriteStream(file));
    bytes = statSync(file).size;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  // CPU time beside wall time: on a shared machine other processes stretch the wall clock.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  clearInterval(sampler);
  // maxRSS is in kilobytes; it also catches peaks between two samples.
  const peakRssMb = Math.max(peak, process.resourceUsage().maxRSS * 1024) / 1024 / 1024;
  return { format, seconds, cpuSeconds, bytes, peakRssMb };
}

function runInChild(format: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, [format], { stdio: "inherit" });
    let result: Result | null = null;
    child.on("message", (message: Result) => {
      result = message;
    });
    child.on("error", reject);
    child.on("exit", (code) => (result && code === 0 ? resolve(result) : reject(new Error(`${format}: exit ${code}`))));
  });
}

const line = (r: Result) =>
  `${r.seconds.toFixed(1).padStart(5)} s (CPU ${r.cpuSeconds.toFixed(1).padStart(5)} s)  peak RSS ${r.peakRssMb.toFixed(0).padStart(4)} MB`;
const size = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main() {
  console.log(
    `Report of ${UNITS} units and ${COMMENTS.toLocaleString("en")} answered comments (200–600 characters per text), ` +
      `one child process per format (Node ${process.version}, ${os.cpus().length} cores)`,
  );
  const baseline = await runInChild(ROWS_ONLY);
  console.log(`rows only  ${line(baseline)}  (generating the rows, included in every format's time)`);
  const results: Result[] = [];
  for (const format of FORMATS) {
    const result = await runInChild(format);
    results.push(result);
    console.log(`${format.padEnd(10)} ${line(result)}  ${size(result.bytes).padStart(9)}`);
  }
  const seconds = results.reduce((sum, r) => sum + r.seconds, 0);
  const cpuSeconds = results.reduce((sum, r) => sum + r.cpuSeconds, 0);
  const peak = Math.max(...results.map((r) => r.peakRssMb));
  const verdict = seconds <= TARGET_SECONDS && peak <= TARGET_RSS_MB ? "within" : "OVER";
  console.log(
    `total      ${seconds.toFixed(1).padStart(5)} s (CPU ${cpuSeconds.toFixed(1)} s), highest peak RSS ${peak.toFixed(0)} MB — ${verdict} the target ` +
      `(all formats ≤ ${TARGET_SECONDS} s, each ≤ ${TARGET_RSS_MB} MB peak RSS). Files in ${os.tmpdir()}.`,
  );
}

if (require.main === module) {
  const format = process.argv[2];
  const known = (value: string): value is ReportFormat | typeof ROWS_ONLY =>
    value === ROWS_ONLY || (FORMATS as string[]).includes(value);
  const run =
    format === undefined
      ? main()
      : known(format)
        ? runChild(format).then((result) => {
            // Run by hand (`tsx lib/cli/bench-report.ts PDF`) there is no parent to tell.
            if (process.send) process.send(result);
            else console.log(result);
          })
        : Promise.reject(new Error(`Unknown format ${format}; expected one of ${FORMATS.join(", ")}`));
  run.catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
