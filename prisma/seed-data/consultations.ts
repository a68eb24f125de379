// The two demo consultations: the 2027 cooperation programme (open, closing in 10 days)
// and the resolution on the consultation procedure (closed, with comments and answers).
import type { CommentChannel, Position } from "@/lib/generated/prisma/enums";

export type DemoComment = {
  id: string;
  citation: string | null;
  authorId: string;
  organizationId: string | null;
  asCouncil?: boolean;
  channel?: CommentChannel;
  body: string;
  proposedWording: string | null;
  justification: string;
  daysAfterStart: number;
  answer?: { position: Position; justification: string | null; authorId: string };
};

export const openConsultation = {
  id: "cons-program-2027",
  slug: "program-wspolpracy-2027",
  receiptCode: "PW",
  sample: "program-wspolpracy-2027.txt",
  title: "Program współpracy Miasta Białystok z organizacjami pozarządowymi na rok 2027",
  subject:
    "Projekt uchwały Rady Miasta Białystok w sprawie przyjęcia Programu współpracy Miasta Białystok z organizacjami pozarządowymi oraz podmiotami, o których mowa w art. 3 ust. 3 ustawy o działalności pożytku publicznego i o wolontariacie, na rok 2027.",
  purpose:
    "Poznanie opinii organizacji pozarządowych i Rady Działalności Pożytku Publicznego o projekcie programu współpracy na rok 2027.",
  actType: "PROGRAM_WSPOLPRACY",
  ownerUnitId: "unit-cwop",
  contactName: "Katarzyna Wiśniewska",
  contactEmail: "urzednik.cwop@bialystok.example",
  contactPhone: "85 869 60 00",
  startOffsetDays: -4,
  endOffsetDays: 10,
  forms: ["ONLINE", "WRITTEN", "MEETING"],
  meetingOffsetDays: 5,
  meetingPlace: "Centrum Współpracy Organizacji Pozarządowych, sala konferencyjna",
  whoMayComment: "ORGANIZATIONS",
  legalBasis:
    "art. 5 ust. 5 ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie oraz uchwała Rady Miasta Białystok w sprawie szczegółowego sposobu konsultowania projektów aktów prawa miejscowego",
  comments: [
    {
      id: "comment-open-1",
      citation: "§ 2 ust. 2 pkt 4 lit. b załącznika nr 1",
      authorId: "user-ngo-zielone",
      organizationId: "org-zielone-podlasie",
      body: "Proponujemy rozszerzyć ten cel o współpracę z uczelniami i biznesem.",
      proposedWording: "w zakresie współpracy z samorządem, uczelniami i przedsiębiorcami,",
      justification: "Organizacje coraz częściej realizują projekty w partnerstwie z uczelniami i firmami.",
      daysAfterStart: 1,
    },
    {
      id: "comment-open-2",
      citation: "§ 7 załącznika nr 1",
      authorId: "user-ngo-seniorzy",
      organizationId: "org-seniorzy",
      body: "Kwota przeznaczona na realizację Programu powinna uwzględniać inflację.",
      proposedWording:
        "Na realizację Programu planuje się przeznaczyć kwotę nie mniejszą niż 32 000 000 zł, z zastrzeżeniem, że ostateczną wysokość środków określi uchwała budżetowa Miasta na rok 2027.",
      justification: "Wzrost kosztów realizacji zadań publicznych w 2026 r. wyniósł ok. 6%.",
      daysAfterStart: 2,
    },
  ] satisfies DemoComment[],
} as const;

export const closedConsultation = {
  id: "cons-sposob-konsultowania",
  slug: "sposob-konsultowania-aktow-prawa-miejscowego",
  receiptCode: "SK",
  sample: "konsultacje-uchwala.txt",
  title: "Szczegółowy sposób konsultowania projektów aktów prawa miejscowego",
  subject:
    "Projekt uchwały Rady Miasta Białystok w sprawie określenia szczegółowego sposobu konsultowania z Białostocką Radą Działalności Pożytku Publicznego lub organizacjami pozarządowymi projektów aktów prawa miejscowego.",
  purpose:
    "Zebranie uwag organizacji pozarządowych i Rady do nowych zasad konsultowania projektów aktów prawa miejscowego.",
  actType: "UCHWALA",
  ownerUnitId: "unit-spoleczne",
  contactName: "Tomasz Zieliński",
  contactEmail: "urzednik.dss@bialystok.example",
  contactPhone: null,
  startOffsetDays: -45,
  endOffsetDays: -31,
  forms: ["ONLINE", "WRITTEN"],
  meetingOffsetDays: null,
  meetingPlace: null,
  whoMayComment: "ORGANIZATIONS_AND_RESIDENTS",
  legalBasis: "art. 5 ust. 5 ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie",
  comments: [
    {
      id: "comment-closed-1",
      citation: "§ 4 ust. 1",
      authorId: "user-ngo-zielone",
      organizationId: "org-zielone-podlasie",
      body: "Termin 7 dni jest zbyt krótki dla organizacji, które działają społecznie.",
      proposedWording:
        "Termin zgłaszania uwag nie może być krótszy niż 14 dni od dnia zamieszczenia informacji o konsultacjach.",
      justification:
        "Zarządy organizacji spotykają się zwykle raz na dwa tygodnie; 7 dni nie pozwala przyjąć wspólnego stanowiska.",
      daysAfterStart: 2,
      answer: {
        position: "PARTLY_ACCEPTED",
        justification:
          "Wydłużono termin do 10 dni; termin 14 dni utrudniłby konsultowanie pilnych zmian wynikających z przepisów.",
        authorId: "user-clerk-dss",
      },
    },
    {
      id: "comment-closed-2",
      citation: "§ 3 ust. 2 pkt 5 lit. b",
      authorId: "user-ngo-seniorzy",
      organizationId: "org-seniorzy",
      body: "Formularz powinien być dostępny także w wersji papierowej w Centrum.",
      proposedWording: "wzór formularza konsultacyjnego, dostępny również w wersji papierowej w siedzibie Centrum,",
      justification: "Część seniorów nie korzysta z internetu.",
      daysAfterStart: 3,
      answer: { position: "ACCEPTED", justification: null, authorId: "user-clerk-dss" },
    },
    {
      id: "comment-closed-3",
      citation: "§ 4 ust. 2",
      authorId: "user-ngo-zielone-2",
      organizationId: "org-zielone-podlasie",
      body: "Skrócenie terminu do 3 dni powinno być wyjątkiem opisanym w uzasadnieniu konsultacji.",
      proposedWording:
        "W uzasadnionych przypadkach, w szczególności gdy projekt aktu dotyczy zmiany aktu w zakresie wynikającym ze zmiany przepisów powszechnie obowiązujących, termin, o którym mowa w ust. 1, może zostać skrócony do 3 dni; przyczynę skrócenia podaje się w informacji o konsultacjach.",
      justification: "Jawność powodów skrócenia terminu.",
      daysAfterStart: 4,
      answer: { position: "ACCEPTED", justification: null, authorId: "user-clerk-dss" },
    },
    {
      id: "comment-closed-4",
      citation: "§ 6 ust. 2",
      authorId: "user-council-secretary",
      organizationId: null,
      asCouncil: true,
      body: "Sprawozdanie powinno być publikowane szybciej niż w 30 dni.",
      proposedWording:
        "Sprawozdanie, o którym mowa w ust. 1, zamieszcza się w miejscach, o których mowa w § 3 ust. 1, w terminie 21 dni od dnia zakończenia konsultacji.",
      justification: "Organizacje powinny znać wyniki przed sesją Rady Miasta.",
      daysAfterStart: 5,
      answer: {
        position: "REJECTED",
        justification:
          "Termin 30 dni wynika z obciążenia komórek przy dużej liczbie uwag; sprawozdania są zwykle publikowane wcześniej.",
        authorId: "user-clerk-dss",
      },
    },
    {
      id: "comment-closed-5",
      citation: "§ 2 ust. 1 pkt 3",
      authorId: "user-ngo-seniorzy",
      organizationId: "org-seniorzy",
      channel: "POST",
      body: "Spotkanie konsultacyjne powinno być transmitowane w internecie.",
      proposedWording: "otwartego spotkania konsultacyjnego, transmitowanego w internecie.",
      justification: "Udział osób z niepełnosprawnościami i opiekunów.",
      daysAfterStart: 6,
      answer: {
        position: "EXPLAINED",
        justification:
          "Sposób organizacji spotkania określa zarządzenie Prezydenta; uwaga zostanie przekazana do jego projektu.",
        authorId: "user-clerk-dss",
      },
    },
    {
      id: "comment-closed-6",
      citation: null,
      authorId: "user-resident",
      organizationId: null,
      body: "Projekt jest czytelny, ale brakuje w nim informacji o sposobie ogłaszania wyników.",
      proposedWording: null,
      justification: "Mieszkańcy powinni wiedzieć, gdzie szukać sprawozdania.",
      daysAfterStart: 7,
    },
    {
      id: "comment-closed-7",
      citation: "§ 5 pkt 4",
      authorId: "user-ngo-zielone",
      organizationId: "org-zielone-podlasie",
      body: "Grupy inicjatywne nie mają numeru w rejestrze.",
      proposedWording:
        "nazwę organizacji oraz numer w Krajowym Rejestrze Sądowym albo w innym rejestrze lub ewidencji, jeżeli organizacja go posiada;",
      justification: "Przepis wykluczałby grupy inicjatywne z konsultacji.",
      daysAfterStart: 8,
    },
    {
      // Nearly the same as the comment above, from another organisation: the inbox groups them.
      id: "comment-closed-8",
      citation: "§ 5 pkt 4",
      authorId: "user-ngo-seniorzy",
      organizationId: "org-seniorzy",
      body: "Grupy inicjatywne nie mają numeru w żadnym rejestrze.",
      proposedWording:
        "nazwę organizacji oraz numer w Krajowym Rejestrze Sądowym albo w innym rejestrze lub ewidencji, jeżeli organizacja go posiada;",
      justification: "Przepis wykluczałby grupy inicjatywne z udziału w konsultacjach.",
      daysAfterStart: 9,
    },
  ] satisfies DemoComment[],
  /** The act as amended after the consultation; the comments stay on version 1's units. */
  amendedVersion: {
    id: "cons-sposob-konsultowania-v2",
    sample: "konsultacje-uchwala-v2.txt",
    reason:
      "Projekt po konsultacjach — uwzględniono uwagi nr 2 i 3, częściowo uwzględniono uwagę nr 1 (termin 10 dni); w odpowiedzi na uwagę nr 6 dodano § 7 o publikacji wyników na platformie; skreślono § 6 ust. 3, który powtarzał § 4 ust. 3.",
    /** Published this many days after the consultation closed. */
    daysAfterClose: 3,
  },
  councilOpinion: {
    kind: "POSITIVE_WITH_REMARKS",
    text: "Rada pozytywnie opiniuje projekt uchwały, wnosząc o wydłużenie terminu zgłaszania uwag oraz skrócenie terminu publikacji sprawozdania.",
    resolutionNumber: "12/2026",
    votesFor: 7,
    votesAgainst: 0,
    votesAbstaining: 1,
    membersPresent: 8,
  },
} as const;
