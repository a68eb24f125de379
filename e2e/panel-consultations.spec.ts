import { expect, type Page, test } from "@playwright/test";
import { addDays, warsawDate } from "@/lib/time/warsaw";
import { signInAs, sql } from "./support/db";

const CWOP_CLERK = "urzednik.cwop@bialystok.example";
const DSS_CLERK = "urzednik.dss@bialystok.example";

async function fillConsultation(page: Page, values: { title: string; startDate: string; endDate: string }) {
  await page.getByLabel("Tytuł projektu", { exact: true }).fill(values.title);
  await page.getByLabel("Przedmiot konsultacji").fill("Projekt uchwały w sprawie zasad wspierania organizacji");
  await page.getByLabel("Cel konsultacji").fill("Zebranie opinii i uwag organizacji pozarządowych");
  await page
    .getByLabel("Komórka odpowiedzialna")
    .selectOption({ label: "Centrum Współpracy Organizacji Pozarządowych" });
  await page.getByLabel("Data rozpoczęcia").fill(values.startDate);
  await page.getByLabel("Data zakończenia").fill(values.endDate);
}

/** Creates a consultation through the form and returns its id from the management page's address. */
async function createConsultation(page: Page, values: { title: string; startDate: string; endDate: string }) {
  await page.goto("/panel");
  await page.getByRole("link", { name: "Nowa konsultacja" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nowa konsultacja");
  await fillConsultation(page, values);
  await page.getByRole("button", { name: "Zapisz konsultację" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(values.title);
  const id = /\/panel\/konsultacje\/([^/?]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`Not on a management page: ${page.url()}`);
  return id;
}

/** A minimal version with one drafting unit, as the draft import would store it. */
async function insertVersion(consultationId: string) {
  await sql(
    `INSERT INTO document_versions (id, consultation_id, number, source, source_text)
     VALUES ($1, $2, 1, 'TEXT', '§ 1. Uchwała wchodzi w życie.')`,
    [`${consultationId}-v1`, consultationId],
  );
  await sql(
    `INSERT INTO provisions (id, version_id, key, anchor, kind, label, marker, citation, text, "order", depth)
     VALUES ($1, $2, 'par1', 'par-1', 'PARAGRAPH', '§ 1', '§ 1.', '§ 1', 'Uchwała wchodzi w życie.', 0, 0)`,
    [`${consultationId}-p1`, `${consultationId}-v1`],
  );
}

const today = () => warsawDate(new Date());

test("a clerk creates a consultation, which stays an unpublished draft until it has a text", async ({
  page,
  context,
  baseURL,
}) => {
  await signInAs(context, CWOP_CLERK, baseURL as string);
  const title = `Projekt uchwały o wspieraniu organizacji ${Date.now()}`;
  await createConsultation(page, { title, startDate: addDays(today(), 3), endDate: addDays(today(), 16) });
  await expect(page.getByRole("status")).toContainText("Zapisano konsultację");
  await expect(page.getByTestId("consultation-status")).toHaveText("Projekt (niepublikowany)");
  await expect(page.getByTestId("draft-missing")).toBeVisible();
  await expect(page.getByRole("link", { name: "Dodaj treść projektu" })).toHaveAttribute(
    "href",
    /\/panel\/konsultacje\/[^/]+\/projekt$/,
  );
  await expect(page.getByRole("button", { name: "Opublikuj konsultacje" })).toHaveCount(0);
  await expect(page.getByTestId("consultation-summary")).toContainText("Centrum Współpracy Organizacji Pozarządowych");

  await page.getByRole("link", { name: "Wróć do panelu" }).click();
  await expect(page.getByRole("table").getByRole("link", { name: title })).toBeVisible();
});

test("an end date before the start is refused in Polish and the typed title is kept", async ({
  page,
  context,
  baseURL,
}) => {
  await signInAs(context, CWOP_CLERK, baseURL as string);
  await page.goto("/panel/konsultacje/nowa");
  const title = `Konsultacje z błędną datą ${Date.now()}`;
  await fillConsultation(page, { title, startDate: addDays(today(), 10), endDate: addDays(today(), 5) });
  await page.getByRole("button", { name: "Zapisz konsultację" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("Data zakończenia musi być taka sama jak data rozpoczęcia albo późniejsza");
  await expect(page.locator("#endDate-error")).toContainText("Data zakończenia musi być");
  await expect(page.getByLabel("Tytuł projektu", { exact: true })).toHaveValue(title);
  await expect(page).toHaveURL(/\/panel\/konsultacje\/nowa$/);

  await expect(summary.getByRole("link", { name: /Data zakończenia/ })).toHaveAttribute("href", "#endDate");
});

test("a short consultation shows a warning but can be saved", async ({ page, context, baseURL }) => {
  await signInAs(context, CWOP_CLERK, baseURL as string);
  await page.goto("/panel/konsultacje/nowa");
  const title = `Krótkie konsultacje ${Date.now()}`;
  await fillConsultation(page, { title, startDate: addDays(today(), 2), endDate: addDays(today(), 9) });
  await expect(page.getByTestId("short-warning")).toContainText("Konsultacje potrwają 8 dni");
  await page.getByRole("button", { name: "Zapisz konsultację" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});

test("a clerk of another unit can neither open the edit page nor save a CWOP consultation", async ({
  page,
  context,
  baseURL,
}) => {
  await signInAs(context, DSS_CLERK, baseURL as string);
  await page.goto("/panel/konsultacje/cons-program-2027/edytuj");
  await expect(page.getByTestId("forbidden")).toContainText("Brak dostępu");
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await page.goto("/panel/konsultacje/cons-program-2027");
  await expect(page.getByTestId("forbidden")).toBeVisible();
  await page.goto("/panel");
  await expect(page.getByRole("link", { name: "Nowa konsultacja" })).toBeVisible();

  // A CWOP draft open in the form when the session changes to the other unit's clerk.
  await context.clearCookies();
  await signInAs(context, CWOP_CLERK, baseURL as string);
  const title = `Konsultacje CWOP ${Date.now()}`;
  const id = await createConsultation(page, { title, startDate: addDays(today(), 3), endDate: addDays(today(), 16) });
  await page.goto(`/panel/konsultacje/${id}/edytuj`);
  await page.getByLabel("Tytuł projektu", { exact: true }).fill("Tytuł zmieniony przez inną komórkę");
  await context.clearCookies();
  await signInAs(context, DSS_CLERK, baseURL as string);
  await page.getByRole("button", { name: "Zapisz zmiany" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Nie masz uprawnień do tych konsultacji");
  await expect(page.getByLabel("Tytuł projektu", { exact: true })).toHaveValue("Tytuł zmieniony przez inną komórkę");
  const [row] = await sql<{ title: string }>("SELECT title FROM consultations WHERE id = $1", [id]);
  expect(row?.title).toBe(title);
});

for (const scenario of [
  { name: "starts later is scheduled", start: 5, status: "Zaplanowane", state: "Otworzą się" },
  { name: "starts today is open at once", start: 0, status: "Trwają", state: "Uwagi przyjmujemy do" },
]) {
  test(`publishing a consultation with a text that ${scenario.name}`, async ({ page, context, baseURL }) => {
    await signInAs(context, CWOP_CLERK, baseURL as string);
    const title = `Konsultacje do publikacji ${scenario.start} ${Date.now()}`;
    const id = await createConsultation(page, {
      title,
      startDate: addDays(today(), scenario.start),
      endDate: addDays(today(), scenario.start + 13),
    });
    await insertVersion(id);
    await page.reload();
    await expect(page.getByTestId("draft-version")).toHaveText("Wersja 1: 1 jednostka redakcyjna");
    await page.getByRole("button", { name: "Opublikuj konsultacje" }).click();
    await expect(page.getByTestId("consultation-status")).toHaveText(scenario.status);
    await expect(page.getByTestId("publication-state")).toContainText(scenario.state);
    const [row] = await sql<{ published: boolean; deadline: boolean }>(
      `SELECT c.published_at IS NOT NULL AS published, c.council_opinion_deadline IS NOT NULL AS deadline
       FROM consultations c WHERE c.id = $1`,
      [id],
    );
    expect(row).toEqual({ published: true, deadline: true });

    if (scenario.start > 0) {
      await expect(page.getByRole("button", { name: "Wycofaj publikację" })).toBeVisible();
    } else {
      await expect(page.getByRole("button", { name: "Wycofaj publikację" })).toHaveCount(0);
      await expect(
        page.getByText("Publikacji trwających lub zakończonych konsultacji nie można wycofać."),
      ).toBeVisible();
    }
    await page.getByRole("link", { name: "Zobacz stronę konsultacji" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByTestId("consultation-status")).toHaveText(scenario.status);
  });
}

test("a consultation of a unit with no clerk on the platform warns that nobody can answer its comments", async ({
  browser,
  baseURL,
}) => {
  const stamp = Date.now();
  await sql("INSERT INTO owner_units (id, slug, name, short_name) VALUES ($1, $1, $2, $3)", [
    `e2e-unit-${stamp}`,
    `Departament Bez Urzędników ${stamp}`,
    `DBU${stamp % 1000}`,
  ]);
  const cwop = await browser.newContext();
  await signInAs(cwop, CWOP_CLERK, baseURL as string);
  const page = await cwop.newPage();
  await page.goto("/panel/konsultacje/nowa");
  await fillConsultation(page, {
    title: `Projekt komórki bez urzędników ${stamp}`,
    startDate: addDays(today(), 3),
    endDate: addDays(today(), 16),
  });
  await page.getByLabel("Komórka odpowiedzialna").selectOption({ label: `Departament Bez Urzędników ${stamp}` });
  await page.getByRole("button", { name: "Zapisz konsultację" }).click();
  await expect(page.getByTestId("no-owner-clerks")).toContainText(`Departament Bez Urzędników ${stamp}`);
  await expect(page.getByTestId("no-owner-clerks").getByRole("link")).toHaveCount(0);
  const path = new URL(page.url()).pathname;

  // An administrator is led to the unit to add a clerk, and is not offered the report (only clerks prepare it).
  const admin = await browser.newContext();
  await signInAs(admin, "admin@bialystok.example", baseURL as string);
  const adminPage = await admin.newPage();
  await adminPage.goto(path);
  await adminPage.getByTestId("no-owner-clerks").getByRole("link", { name: "Dodaj urzędnika komórki" }).click();
  await expect(adminPage).toHaveURL(new RegExp(`/admin/komorki/e2e-unit-${stamp}$`));
  await adminPage.goto(path);
  await expect(adminPage.getByRole("link", { name: "Sprawozdanie z konsultacji" })).toHaveCount(0);
  await cwop.close();
  await admin.close();
});
