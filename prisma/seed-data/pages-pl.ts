// Demo content of the editable pages, in Polish. Written from shared/docs/cwop.md;
// an administrator edits it at /strony/<slug>/edytuj.
export const aboutPl = {
  title: "Centrum Współpracy Organizacji Pozarządowych",
  body: `Centrum Współpracy Organizacji Pozarządowych (CWOP) to jednostka Urzędu Miejskiego w Białymstoku, która rozwija współpracę Miasta z organizacjami pozarządowymi. Dzięki tej współpracy zadania publiczne odpowiadające na potrzeby mieszkańców są wykonywane lepiej.

## Po co jest Centrum

Centrum rozwija dialog społeczny i partnerstwo, wspiera działalność organizacji i wolontariat, wzmacnia świadomość obywatelską mieszkańców i pomaga im w realizacji własnych inicjatyw.

## Czym się zajmuje

- merytorycznie wspiera organizacje działające na rzecz mieszkańców Białegostoku: w zarządzaniu, we współpracy z samorządem, w wolontariacie, w realizacji zadań publicznych i w pozyskiwaniu źródeł finansowania;
- prowadzi procedury zlecania zadań publicznych, zwłaszcza z zakresu budowania wspólnoty, promocji wolontariatu, praw człowieka i swobód obywatelskich oraz wspierania demokracji, a także tzw. wkładów własnych i regrantingu;
- tworzy platformę współpracy jednostek samorządu z organizacjami pozarządowymi;
- działa jako lokalne centrum aktywności i inkubator inicjatyw obywatelskich;
- gromadzi i udostępnia publikacje o trzecim sektorze;
- **koordynuje konsultacje aktów prawa miejscowego z organizacjami pozarządowymi** — po to powstała ta platforma;
- koordynuje przygotowanie i realizację rocznego Programu współpracy Miasta Białystok z organizacjami pozarządowymi;
- promuje postawy prospołeczne, np. w konkursach „Miejsce Przyjazne Seniorom” i „Ośmiu Wspaniałych”;
- organizacyjnie współpracuje z ciałami doradczymi: Białostocką Radą Działalności Pożytku Publicznego i Miejską Radą Seniorów w Białymstoku.

## Dla kogo

Dla stowarzyszeń, stowarzyszeń zwykłych, fundacji, grup inicjatywnych, które przygotowują się do założenia organizacji, oraz dla mieszkańców Białegostoku.

## Kontakt

Pełnomocnik Prezydenta Miasta ds. współpracy z organizacjami pozarządowymi: **Anna Pawłowska**
e-mail: [anna.pawlowska@um.bialystok.pl](mailto:anna.pawlowska@um.bialystok.pl), tel. 510 095 630

Centrum prowadzi też profil w serwisie Facebook, do którego odsyła strona Miasta.`,
};

export const accessibilityPl = {
  title: "Deklaracja dostępności",
  body: `Urząd Miejski w Białymstoku zobowiązuje się zapewnić dostępność tej platformy zgodnie z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych. Deklaracja dotyczy platformy „Konsultacje”, na której Miasto konsultuje projekty aktów prawa miejscowego z organizacjami pozarządowymi.

## Stan dostępności cyfrowej

Platforma jest projektowana tak, aby spełniała wymagania standardu WCAG 2.1 na poziomie AA (norma EN 301 549). Każda strona ma odnośnik „Przejdź do treści”, nagłówki i punkty orientacyjne, widoczny fokus, etykiety pól formularzy i podsumowanie błędów na początku formularza. Wszystkie funkcje działają z klawiatury.

Treść projektów aktów jest pokazana jako tekst podzielony na jednostki redakcyjne (paragrafy, ustępy, punkty, litery), a nie jako skan. Załączone skany dokumentów podpisanych przez Prezydenta mogą nie być dostępne — ich treść jest zawsze opublikowana także jako tekst na stronie konsultacji.

### Co sprawdzamy automatycznie przy każdej zmianie platformy

- Każdą stronę, po polsku i po angielsku, bez logowania i po zalogowaniu w każdej roli (organizacja, Rada, urzędnik, administrator), sprawdza narzędzie axe-core pod kątem wymagań WCAG 2.1 A i AA; wynik musi być bez błędów. Sprawdzamy też formularze z komunikatami o błędach i otwarty edytor uwag.
- Osobny test przechodzi samą klawiaturą całą drogę: logowanie, znalezienie jednostki projektu, wpisanie uwagi i jej złożenie.
- Sprawdzamy link „Przejdź do treści”, punkty orientacyjne, widoczny fokus oraz to, że błędy formularza są ogłaszane czytnikom ekranu.

### Znane ograniczenia

- Sprawozdanie z konsultacji w formacie PDF nie ma struktury znaczników (tagged PDF). Ta sama treść jest dostępna jako strona internetowa sprawozdania oraz jako edytowalny plik DOCX.
- Wykresy w sprawozdaniu i w statystykach mają tekstowy odpowiednik (lista liczb dla czytników ekranu).

## Przygotowanie deklaracji

Deklarację sporządzono 28 listopada 2026 r. na podstawie samooceny i wyników automatycznego zestawu testów opisanego wyżej. Administrator platformy aktualizuje ją co najmniej raz w roku, do 31 marca, na podstawie wyników automatycznych testów dostępności i przeglądu ręcznego.

## Informacje zwrotne i dane kontaktowe

W sprawie dostępności platformy można kontaktować się z Centrum Współpracy Organizacji Pozarządowych Urzędu Miejskiego w Białymstoku. Tą samą drogą można zgłosić problem z dostępnością i poprosić o informacje niedostępne na platformie albo o ich przekazanie w innej formie (alternatywny sposób dostępu).

## Procedura wnioskowo-skargowa

Każdy ma prawo wystąpić z żądaniem zapewnienia dostępności cyfrowej strony internetowej lub jej elementu. W żądaniu należy podać dane kontaktowe, wskazać stronę lub element, o który chodzi, i sposób kontaktu. Podmiot publiczny zapewnia dostępność niezwłocznie, nie później niż w ciągu 7 dni od dnia wystąpienia z żądaniem; jeżeli nie jest to możliwe, powiadamia o tym i o terminie, który nie może być dłuższy niż 2 miesiące. Jeżeli zapewnienie dostępności nie jest możliwe, podmiot publiczny może zaproponować alternatywny sposób dostępu.

Po wyczerpaniu tej procedury można złożyć skargę, a także wniosek do Rzecznika Praw Obywatelskich.`,
};

/**
 * The information of art. 13 RODO for the platform. A city puts in its own data protection officer's
 * address and the retention its records schedule sets (the administrator edits the page).
 */
export const privacyPl = {
  title: "Ochrona danych osobowych",
  body: `## Administrator danych

Administratorem danych osobowych przetwarzanych na platformie „Konsultacje” jest Prezydent Miasta Białegostoku, Urząd Miejski w Białymstoku. Z inspektorem ochrony danych można się skontaktować pod adresem podanym w Biuletynie Informacji Publicznej Urzędu.

## Cel i podstawa przetwarzania

Dane przetwarzamy, aby przeprowadzać konsultacje projektów aktów prawa miejscowego z organizacjami pozarządowymi i podmiotami wymienionymi w art. 3 ust. 3 ustawy o działalności pożytku publicznego i o wolontariacie (art. 5 ust. 5 tej ustawy), w tym przyjmować uwagi, wydawać potwierdzenia, odpowiadać na uwagi i publikować sprawozdanie z konsultacji — jako zadanie realizowane w interesie publicznym (art. 6 ust. 1 lit. e RODO). Imię i nazwisko przy uwadze pokazujemy publicznie tylko za Twoją zgodą (art. 6 ust. 1 lit. a RODO), którą możesz w każdej chwili wycofać w profilu.

## Jakie dane

Adres e-mail (do logowania i powiadomień), imię i nazwisko (jeśli je podasz), przynależność do organizacji, treść uwag z ich wersjami i potwierdzeniami oraz zapis zdarzeń w dzienniku (kto i kiedy zgłosił, zmienił lub wycofał uwagę).

## Odbiorcy

Uwagi organizacji publikujemy pod nazwą organizacji; uwagi osób prywatnych — jako „Mieszkaniec/Mieszkanka”, chyba że zgodzisz się na podanie imienia i nazwiska. Sprawozdanie z konsultacji jest publikowane na platformie i w Biuletynie Informacji Publicznej. Wiadomości e-mail wysyła w imieniu Urzędu dostawca poczty.

## Jak długo

Dane konta przechowujemy do jego usunięcia. Dokumentację konsultacji (uwagi, odpowiedzi, sprawozdanie) — przez okres wynikający z przepisów o archiwizacji dokumentów urzędu.

## Twoje prawa

Masz prawo dostępu do swoich danych i ich przeniesienia (w profilu: „Pobierz moje dane”), ich sprostowania (w profilu), usunięcia (w profilu: „Usuń konto” — złożone uwagi zostają w dokumentacji konsultacji bez Twojego imienia i nazwiska), ograniczenia przetwarzania i sprzeciwu, a także prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.`,
};
