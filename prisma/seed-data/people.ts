// Demo people, units and organisations (deterministic ids). The sign-in addresses are
// listed in the README; every one receives its link in the local outbox.
import type { LegalForm, RegisterKind, Role } from "@/lib/generated/prisma/enums";

export const units = [
  {
    id: "unit-cwop",
    slug: "cwop",
    name: "Centrum Współpracy Organizacji Pozarządowych",
    shortName: "CWOP",
    isCoordinator: true,
    email: "cwop@bialystok.example",
    phone: "85 869 60 00",
  },
  {
    id: "unit-edukacja",
    slug: "departament-edukacji",
    name: "Departament Edukacji",
    shortName: "DE",
    isCoordinator: false,
    email: "edukacja@bialystok.example",
    phone: null,
  },
  {
    id: "unit-spoleczne",
    slug: "departament-spraw-spolecznych",
    name: "Departament Spraw Społecznych",
    shortName: "DSS",
    isCoordinator: false,
    email: "spoleczne@bialystok.example",
    phone: null,
  },
] as const;

type DemoUser = { id: string; email: string; name: string; roles: Role[]; showNamePublicly?: boolean };

export const users: DemoUser[] = [
  {
    id: "user-admin",
    email: "admin@bialystok.example",
    name: "Agnieszka Administratorka",
    roles: ["ADMIN", "RESIDENT"],
  },
  { id: "user-clerk-cwop", email: "urzednik.cwop@bialystok.example", name: "Katarzyna Wiśniewska", roles: ["CLERK"] },
  { id: "user-clerk-dss", email: "urzednik.dss@bialystok.example", name: "Tomasz Zieliński", roles: ["CLERK"] },
  {
    id: "user-council-secretary",
    email: "rada.sekretarz@bialystok.example",
    name: "Ewa Kamińska",
    roles: ["COUNCIL_MEMBER", "NGO_MEMBER"],
  },
  {
    id: "user-council-member",
    email: "rada.czlonek@bialystok.example",
    name: "Piotr Lewandowski",
    roles: ["COUNCIL_MEMBER"],
  },
  { id: "user-ngo-zielone", email: "anna@zielonepodlasie.example", name: "Anna Kowalczyk", roles: ["NGO_MEMBER"] },
  { id: "user-ngo-zielone-2", email: "marek@zielonepodlasie.example", name: "Marek Wójcik", roles: ["NGO_MEMBER"] },
  { id: "user-ngo-seniorzy", email: "jan@seniorzy.example", name: "Jan Nowak", roles: ["NGO_MEMBER"] },
  { id: "user-ngo-nowa", email: "ola@nowainicjatywa.example", name: "Aleksandra Dąbrowska", roles: ["NGO_MEMBER"] },
  { id: "user-resident", email: "mieszkaniec@example.org", name: "Michał Mieszkaniec", roles: ["RESIDENT"] },
];

export const clerks = [
  { unitId: "unit-cwop", userId: "user-clerk-cwop" },
  { unitId: "unit-spoleczne", userId: "user-clerk-dss" },
];

export const councilSeats = [
  { userId: "user-council-secretary", appointedBy: "NGO", isCoChair: false, isSecretary: true },
  { userId: "user-council-member", appointedBy: "MAYOR", isCoChair: true, isSecretary: false },
] as const;

type DemoOrganization = {
  id: string;
  name: string;
  legalForm: LegalForm;
  registerKind: RegisterKind;
  registerName?: string;
  registerNumber?: string;
  seatAddress: string;
  contactPerson: string;
  email: string;
  phone?: string;
  verified: boolean;
  members: { userId: string; manager: boolean }[];
};

export const organizations: DemoOrganization[] = [
  {
    id: "org-zielone-podlasie",
    name: "Stowarzyszenie Zielone Podlasie",
    legalForm: "STOWARZYSZENIE",
    registerKind: "KRS",
    registerNumber: "0000123456",
    seatAddress: "ul. Lipowa 10, 15-424 Białystok",
    contactPerson: "Anna Kowalczyk",
    email: "biuro@zielonepodlasie.example",
    phone: "85 111 22 33",
    verified: true,
    members: [
      { userId: "user-ngo-zielone", manager: true },
      { userId: "user-ngo-zielone-2", manager: false },
    ],
  },
  {
    id: "org-seniorzy",
    name: "Fundacja Aktywni Seniorzy",
    legalForm: "FUNDACJA",
    registerKind: "KRS",
    registerNumber: "0000654321",
    seatAddress: "ul. Sienkiewicza 5, 15-092 Białystok",
    contactPerson: "Jan Nowak",
    email: "kontakt@seniorzy.example",
    verified: true,
    members: [
      { userId: "user-ngo-seniorzy", manager: true },
      { userId: "user-council-secretary", manager: false },
    ],
  },
  {
    id: "org-nowa-inicjatywa",
    name: "Grupa inicjatywna „Nowe Bojary”",
    legalForm: "GRUPA_INICJATYWNA",
    registerKind: "NONE",
    seatAddress: "ul. Kraszewskiego 20, 15-025 Białystok",
    contactPerson: "Aleksandra Dąbrowska",
    email: "ola@nowainicjatywa.example",
    verified: false,
    members: [{ userId: "user-ngo-nowa", manager: true }],
  },
];
