import { expect, test } from "@playwright/test";
import { signInAs } from "./support/db";

test("a resident is refused the clerk panel", async ({ page, context, baseURL }) => {
  await signInAs(context, "mieszkaniec@example.org", baseURL as string);
  await page.goto("/panel");
  await expect(page.getByTestId("forbidden")).toContainText("Brak dostępu");
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Panel urzędnika" })).toHaveCount(0);
});

test("an anonymous visitor is sent to sign in before the panel", async ({ page }) => {
  await page.goto("/panel");
  await expect(page).toHaveURL(/\/logowanie\?callbackUrl=%2Fpanel|\/logowanie\?callbackUrl=\/panel/);
});

test("a department clerk sees only their unit's consultations; a CWOP clerk sees all", async ({ browser, baseURL }) => {
  const dss = await browser.newContext();
  await signInAs(dss, "urzednik.dss@bialystok.example", baseURL as string);
  const dssPage = await dss.newPage();
  await dssPage.goto(`${baseURL}/panel`);
  await expect(dssPage.getByRole("row")).toHaveCount(2);
  await expect(dssPage.getByRole("table")).toContainText("Szczegółowy sposób konsultowania");
  await dss.close();

  const cwop = await browser.newContext();
  await signInAs(cwop, "urzednik.cwop@bialystok.example", baseURL as string);
  const cwopPage = await cwop.newPage();
  await cwopPage.goto(`${baseURL}/panel`);
  await expect(cwopPage.getByRole("row")).toHaveCount(3);
  await cwop.close();
});

test("the outbox and the about page are served; an admin may edit the about page", async ({
  page,
  context,
  baseURL,
}) => {
  await page.goto("/o-centrum");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Centrum Współpracy Organizacji Pozarządowych");
  await expect(page.getByText("Anna Pawłowska")).toBeVisible();
  await expect(page.getByRole("link", { name: "Edytuj stronę" })).toHaveCount(0);

  await signInAs(context, "admin@bialystok.example", baseURL as string);
  await page.goto("/strony/o-centrum/edytuj");
  await page.getByLabel("Tytuł").fill("");
  await page.getByRole("button", { name: "Zapisz" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Wpisz tytuł strony");
  await page.getByLabel("Tytuł").fill("Centrum Współpracy Organizacji Pozarządowych (CWOP)");
  await page.getByRole("button", { name: "Zapisz" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Centrum Współpracy Organizacji Pozarządowych (CWOP)",
  );
});

test("the accessibility statement is linked from every page's footer", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Deklaracja dostępności" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deklaracja dostępności");
});
