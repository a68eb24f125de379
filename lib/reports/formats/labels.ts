import type { CouncilOpinionSummary, ReportHeader, ReportRow } from "@/lib/reports/model";

/**
 * The fixed Polish wording of the report documents. The report is an official document and is
 * always in Polish (see model.ts), so these strings live beside the writers rather than in the
 * interface catalogues; PDF and DOCX share them so both say exactly the same.
 */
const PAGE_PREFIX = "Strona ";

export const LABELS = {
  summary: "Podsumowanie",
  positions: "Stanowiska wobec zgłoszonych uwag",
  perUnit: "Liczba uwag do poszczególnych jednostek redakcyjnych projektu",
  count: "Liczba",
  outcome: "Wynik konsultacji",
  commentsTable: "Zestawienie zgłoszonych uwag wraz ze stanowiskiem",
  unanswered: "brak stanowiska",
  /** Marks the rest of a row continued from the previous page, beside its number. */
  continued: "(cd.)",
  pagePrefix: PAGE_PREFIX,
  page: (n: number) => `${PAGE_PREFIX}${n}`,
} as const;

export type HeaderField = { label: string; value: string };

/** The header of the report in the order of the domain guide (§7), as label–value pairs. */
export function headerFields(header: ReportHeader): HeaderField[] {
  return [
    { label: "Podstawa prawna", value: header.legalBasis },
    { label: "Projekt aktu", value: header.actTitle },
    { label: "Termin konsultacji", value: `od ${header.startDate} do ${header.endDate}` },
    { label: "Adresaci konsultacji", value: header.addressees },
    { label: "Sposób ogłoszenia konsultacji i przekazania projektu", value: header.announcement },
    { label: "Formy konsultacji", value: header.forms },
    { label: "Komórka odpowiedzialna za konsultacje", value: header.ownerUnit },
    { label: "Kontakt", value: header.contact },
    {
      label: "Liczba organizacji, które wzięły udział w konsultacjach",
      value: String(header.organisationsCount),
    },
    { label: "Liczba zgłoszonych uwag", value: String(header.commentsCount) },
  ];
}

export const COUNCIL_LABEL = "Opinia Rady Działalności Pożytku Publicznego";

/** The Council's opinion as paragraphs: the opinion itself, its waiver, or that there is none. */
export function councilParagraphs(council: CouncilOpinionSummary): string[] {
  if (council.kind === "none") return ["Brak opinii Rady."];
  if (council.kind === "waived") {
    // Art. 5 ust. 5 of the public benefit act: no opinion by the deadline means the Council waived it.
    return [
      `Rada nie wyraziła opinii w wyznaczonym terminie (do ${council.deadline}), co oznacza rezygnację z prawa do jej wyrażenia.`,
    ];
  }
  const details = [
    council.resolutionNumber ? `uchwała nr ${council.resolutionNumber}` : null,
    council.adoptedOn ? `z dnia ${council.adoptedOn}` : null,
    council.votes ? `wynik głosowania: ${council.votes}` : null,
  ].filter((part): part is string => part !== null);
  const first = `Opinia ${council.label}${details.length > 0 ? ` (${details.join(", ")})` : ""}.`;
  return council.text ? [first, council.text] : [first];
}

/** A row's cells in the order of TABLE_COLUMNS, as shown in the documents (PDF, DOCX). */
export function displayCells(row: ReportRow): string[] {
  return [
    String(row.lp),
    row.unit,
    row.currentWording,
    row.proposal,
    row.justification,
    row.submittedBy,
    row.position || LABELS.unanswered,
    row.positionJustification,
  ];
}

/** The title shown in viewers and stored as document metadata. */
export function documentTitle(header: ReportHeader): string {
  return `${header.documentTitle}: ${header.actTitle}`;
}
