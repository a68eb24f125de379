import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { axeViolations } from "./support/axe";
import { signInAs } from "./support/db";

// WCAG 2.1 AA with axe-core on every page, in both languages, signed out and as each
// role that has pages of its own. A violation fails with its rule, impact and elements.

type Visit = { path: string; as?: string; interact?: (page: Page) => Promise<void> };

const OPEN = "/konsultacje/program-wspolpracy-2027";
const CLOSED = "/konsultacje/sposob-konsultowania-aktow-prawa-miejscowego";
const CLOSED_ID = "cons-sposob-konsultowania";
const ANNA = "anna@zielonepodlasie.example";
const SECRETARY = "rada.sekretarz@bialystok.example";
const DSS = "urzednik.dss@bialystok.example";
const CWOP = "urzednik.cwop@bialystok.example";
const ADMIN = "admin@bialystok.example";

const visits: Visit[] = [
  { path: "/" },
  { path: OPEN },
  { path: CLOSED },
  { path: `${CLOSED}/wersje?od=1&do=2` },
  { path: "/potwierdzenie" },
  { path: "/o-centrum" },
  { path: "/deklaracja-dostepnosci" },
  { path: "/ochrona-danych" },
  { path: "/profil/usunieto" },
  { path: "/organizacje" },
  { path: "/logowanie" },
  { path: `${CLOSED}/sprawozdanie` },
  { path: `${CLOSED}/uwagi?jednostka=par-4-ust-1&wersja=1` },
  {
    path: "/logowanie",
    interact: async (page) => {
      // The error state: the summary and the field's message.
      await page.locator("main form button[type=submit]").click();
      await expect(page.getByTestId("error-summary")).toBeVisible();
    },
  },
  { path: "/moje-uwagi", as: ANNA },
  { path: "/profil", as: ANNA },
  { path: "/organizacje/org-zielone-podlasie", as: ANNA },
  { path: "/organizacje/nowa", as: ANNA },
  {
    path: "/organizacje/org-zielone-podlasie/edytuj",
    as: ANNA,
    interact: async (page) => {
      // The error state of the correction form (an emptied required field), without saving anything.
      await page.locator("#seatAddress").fill("");
      await page.locator("main form button[type=submit]").click();
      await expect(page.getByTestId("error-summary")).toBeVisible();
    },
  },
  { path: "/powiadomienia", as: ANNA },
  {
    path: OPEN,
    as: ANNA,
    interact: async (page) => {
      // The comment panel with its editor open.
      await page.locator('[data-testid="comment-open"]').first().click();
      await expect(page.locator(".ProseMirror").first()).toBeVisible();
    },
  },
  { path: "/rada", as: SECRETARY },
  { path: "/rada/opinie/cons-program-2027", as: SECRETARY },
  { path: `/rada/konsultacje/${CLOSED_ID}/uwagi`, as: SECRETARY },
  { path: "/panel", as: DSS },
  { path: `/panel/konsultacje/${CLOSED_ID}`, as: DSS },
  { path: `/panel/konsultacje/${CLOSED_ID}/uwagi`, as: DSS },
  { path: `/panel/konsultacje/${CLOSED_ID}/uwagi?widok=jednostki`, as: DSS },
  { path: `/panel/konsultacje/${CLOSED_ID}/uwagi?widok=grupy`, as: DSS },
  { path: `/panel/konsultacje/${CLOSED_ID}/uwagi/comment-closed-1`, as: DSS },
  { path: `/panel/konsultacje/${CLOSED_ID}/uwagi/nowa`, as: DSS },
  { path: `/panel/konsultacje/${CLOSED_ID}/sprawozdanie`, as: DSS },
  { path: "/panel/konsultacje/nowa", as: CWOP },
  { path: "/panel/konsultacje/cons-program-2027/projekt", as: CWOP },
  { path: "/panel/konsultacje/cons-program-2027/edytuj", as: CWOP },
  { path: "/panel/statystyki", as: CWOP },
  { path: "/admin", as: ADMIN },
  { path: "/admin/organizacje", as: ADMIN },
  { path: "/admin/organizacje/org-nowa-inicjatywa", as: ADMIN },
  { path: "/admin/uzytkownicy", as: ADMIN },
  { path: "/admin/komorki", as: ADMIN },
  {
    path: "/admin/ustawienia",
    as: ADMIN,
    interact: async (page) => {
      // The error state, without saving: a period of 0 days.
      await page.locator("#minConsultationDays").fill("0");
      await page.locator("main form button[type=submit]").click();
      await expect(page.getByTestId("error-summary")).toBeVisible();
    },
  },
  { path: "/admin/rada", as: ADMIN },
  { path: "/admin/zadania", as: ADMIN },
];

async function prepare(context: BrowserContext, locale: "pl" | "en", as: string | undefined, baseURL: string) {
  await context.clearCookies();
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
  if (as) await signInAs(context, as, baseURL);
}

for (const locale of ["pl", "en"] as const) {
  for (const visit of visits) {
    const name = `${locale} ${visit.path}${visit.as ? ` as ${visit.as.split("@")[0]}` : ""}${visit.interact ? " (interaction)" : ""}`;
    test(`axe: no WCAG 2.1 AA violations — ${name}`, async ({ page, context, baseURL }) => {
      await prepare(context, locale, visit.as, baseURL as string);
      const response = await page.goto(visit.path);
      expect(response?.status(), `status of ${visit.path}`).toBeLessThan(400);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      if (visit.interact) await visit.interact(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
