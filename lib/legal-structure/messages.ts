// Warning texts shown to clerks. Kept together so the wording stays consistent.

function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const messages = {
  sectionOutsideParagraph: (marker: string) =>
    `Ustęp „${marker}” występuje poza paragrafem (§) – ustępy dzielą tylko paragrafy.`,
  pointOutsideParagraph: (marker: string) => `Punkt „${marker}” występuje poza paragrafem (§).`,
  letterWithoutPoint: (marker: string) =>
    `Litera „${marker}” nie należy do żadnego punktu – litery dzielą tylko punkty. Sprawdź, czy nie brakuje oznaczenia punktu.`,
  tiretWithoutParent: () =>
    "Tiret nie ma jednostki, do której mogłoby należeć (brak paragrafu, ustępu, punktu lub litery przed nim).",
  doubleTiretWithoutTiret: () => "Podwójne tiret nie następuje po zwykłym tiret – nie ma do czego go przypisać.",
  chapterWithoutTitle: (label: string) => `${capitalise(label)} nie ma tytułu w następnym wierszu.`,
  unrecognisedLineAsText: (text: string) =>
    `Nie rozpoznano wiersza jako jednostki redakcyjnej: „${excerpt(text)}”. Zapisano go jako osobny tekst; sprawdź, czy nie brakuje oznaczenia (np. „§ 1.”, „1.”, „1)”).`,
  unrecognisedLineAppended: (text: string, citation: string) =>
    `Nie rozpoznano wiersza jako jednostki redakcyjnej: „${excerpt(text)}”. Tekst dołączono do ${citation}; sprawdź, czy nie brakuje oznaczenia (np. kropki lub nawiasu po numerze).`,
  emptyDocument: () => "Nie znaleziono tekstu projektu – plik jest pusty albo nie zawiera tekstu.",
};
