import { createHash } from "node:crypto";
import { Writable } from "node:stream";
import type { ReportHeader, ReportRow, ReportSource } from "@/lib/reports/model";

/*
 * A small report for the writers' tests: every Polish letter, cells a spreadsheet would read as
 * formulas, markup characters, text long enough to run over several pages, and an unanswered
 * comment.
 */

export const DIACRITICS = "ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ";

/** A ReportSource over arrays; `rows()` may be called once per format, as the writers do. */
export function reportSource(header: ReportHeader, rows: readonly ReportRow[]): ReportSource {
  return {
    header,
    rows: async function* () {
      yield* rows;
    },
  };
}

export function fixtureHeader(overrides: Partial<ReportHeader> = {}): ReportHeader {
  return {
    documentTitle: "Informacja o wynikach konsultacji",
    cityName: "Białystok",
    publishingBody: "Prezydent Miasta Białegostoku",
    actTitle:
      "Projekt uchwały w sprawie Programu współpracy Miasta Białystok z organizacjami pozarządowymi na 2027 rok",
    legalBasis: "art. 5 ust. 5 ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie",
    startDate: "1 grudnia 2026 r.",
    endDate: "14 grudnia 2026 r.",
    addressees: "organizacje pozarządowe i podmioty, o których mowa w art. 3 ust. 3 ustawy",
    announcement: "Biuletyn Informacji Publicznej, strona internetowa Miasta, e-mail do organizacji z bazy CWOP",
    forms: "formularz na platformie, e-mail, spotkanie otwarte 5 grudnia 2026 r.",
    ownerUnit: "Centrum Współpracy Organizacji Pozarządowych",
    contact: "Zażółć Gęślą-Jaźń, tel. 85 000 00 00, konsultacje@bialystok.example",
    organisationsCount: 3,
    commentsCount: 5,
    council: {
      kind: "opinion",
      label: "pozytywna z uwagami",
      resolutionNumber: "12/2026",
      adoptedOn: "10 grudnia 2026 r.",
      votes: "9 za, 1 przeciw, 0 wstrzymujących się",
      text: "Rada popiera projekt i prosi o uwzględnienie uwag dotyczących małych stowarzyszeń.",
    },
    positions: [
      { position: "ACCEPTED", label: "uwzględniona", count: 2 },
      { position: "PARTLY_ACCEPTED", label: "częściowo uwzględniona", count: 1 },
      { position: "REJECTED", label: "nieuwzględniona", count: 1 },
      { position: "EXPLAINED", label: "wyjaśniona", count: 0 },
    ],
    perUnit: [
      { unit: "§ 3 ust. 2 pkt 1 lit. a", count: 2 },
      { unit: "§ 5", count: 1 },
      { unit: "projekt jako całość", count: 2 },
    ],
    outcome: "Uwzględniono część uwag; projekt skierowano pod obrady Rady Miasta w brzmieniu zmienionym.",
    dataAsOf: "2026-12-20T10:15:30.000Z",
    ...overrides,
  };
}

/** Distinct numbered sentences, so a test can tell every part of a long text apart. */
export function longText(sentences: number, label: string): string {
  return Array.from(
    { length: sentences },
    (_, i) =>
      `${label} zdanie ${i + 1}: organizacje pożytku publicznego współdziałają z gminą przy źródłach finansowania.`,
  ).join(" ");
}

export function fixtureRows(): ReportRow[] {
  return [
    {
      lp: 1,
      unit: "§ 3 ust. 2 pkt 1 lit. a",
      currentWording: "dotacje przyznaje się w drodze otwartego konkursu ofert;",
      proposal: `Proponujemy brzmienie: „dotacje przyznaje się także z pominięciem konkursu” — ${DIACRITICS}.`,
      justification:
        "Małe organizacje (np. Stowarzyszenie Łączy Nas Źródło) nie mają zasobów, by startować w konkursach.",
      submittedBy: "Stowarzyszenie Zielone Podlasie",
      position: "uwzględniona",
      positionJustification: "",
    },
    {
      lp: 2,
      unit: '=HYPERLINK("http://zly.example","kliknij")',
      currentWording: "+48 123 456 789",
      proposal: "-5 punktów za brak sprawozdania",
      justification: "@SUM(A1:A9)",
      submittedBy: "\tFundacja Tabulator",
      position: "nieuwzględniona",
      positionJustification:
        '\'Cytat zaczynający się apostrofem, <w:t>znaczniki</w:t> & "cudzysłowy", przecinki, średniki;',
    },
    {
      lp: 3,
      unit: "projekt jako całość",
      currentWording: longText(40, "Obecne"),
      proposal: longText(220, "Propozycja"),
      justification: `Wiele akapitów.\nDrugi akapit z adresem https://bip.bialystok.example/${"bardzo-dlugi-adres-".repeat(8)}koniec\n\nCzwarty po pustej linii.`,
      submittedBy: "Fundacja Aktywni Seniorzy, Mieszkaniec/Mieszkanka (e-mail)",
      position: "częściowo uwzględniona",
      positionJustification: longText(30, "Stanowisko"),
    },
    {
      lp: 4,
      unit: "§ 5",
      currentWording: "Program realizuje się w latach 2027–2028.",
      proposal: "Wydłużyć okres realizacji programu do trzech lat.",
      justification: "Stabilność finansowania dla organizacji.",
      submittedBy: "Mieszkaniec/Mieszkanka",
      position: "",
      positionJustification: "",
    },
    {
      lp: 5,
      unit: "projekt jako całość",
      currentWording: "",
      proposal: "Dodać słowniczek pojęć.",
      justification: "Czytelność.",
      submittedBy: "Stowarzyszenie Zielone Podlasie",
      position: "uwzględniona",
      positionJustification: "Słowniczek dodano w § 1.",
    },
  ];
}

export function fixtureSource(): ReportSource {
  return reportSource(fixtureHeader(), fixtureRows());
}

/** A consultation nobody commented on. */
export function emptySource(): ReportSource {
  return reportSource(
    fixtureHeader({ organisationsCount: 0, commentsCount: 0, council: { kind: "none" }, positions: [], perUnit: [] }),
    [],
  );
}

type Write = (source: ReportSource, out: NodeJS.WritableStream) => Promise<void>;

/** Runs a writer into memory and returns the bytes it wrote. */
export async function writeToBuffer(write: Write, source: ReportSource): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await write(source, out);
  return Buffer.concat(chunks);
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
