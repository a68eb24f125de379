import path from "node:path";
import { expect, test } from "@playwright/test";
import { addDays, warsawDate } from "@/lib/time/warsaw";
import { signInAs } from "./support/db";

const DOCX = path.join(__dirname, "..", "lib", "legal-structure", "fixtures", "konsultacje-uchwala-autonumeracja.docx");

// The whole path of the draft-acts issue through the UI, in one go: create, import the
// auto-numbered Word file, fix a warning, save, publish (scheduled), then read it as a resident.
test("a clerk puts a Word draft online: create, import, fix a warning, publish; a resident follows a deep link", async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  await signInAs(context, "urzednik.cwop@bialystok.example", baseURL as string);
  const title = `Sposób konsultowania aktów prawa miejscowego ${Date.now()}`;
  await page.goto("/panel");
  await page.getByRole("link", { name: "Nowa konsultacja" }).click();
  await page.getByLabel("Tytuł projektu", { exact: true }).fill(title);
  await page.getByLabel("Przedmiot konsultacji").fill("Projekt uchwały w sprawie sposobu konsultowania");
  await page.getByLabel("Cel konsultacji").fill("Zebranie uwag organizacji pozarządowych");
  await page
    .getByLabel("Komórka odpowiedzialna")
    .selectOption({ label: "Centrum Współpracy Organizacji Pozarządowych" });
  const today = warsawDate(new Date());
  await page.getByLabel("Data rozpoczęcia").fill(addDays(today, 2));
  await page.getByLabel("Data zakończenia").fill(addDays(today, 15));
  await page.getByRole("button", { name: "Zapisz konsultację" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const managementUrl = page.url();

  await page.getByRole("link", { name: "Dodaj treść projektu" }).click();
  await page.getByLabel("Plik DOCX z projektem").setInputFiles(DOCX);
  await page.getByRole("button", { name: "Wczytaj plik" }).click();
  const tree = page.getByTestId("unit-tree");
  await expect(tree.locator('[data-citation="§ 3 ust. 2 pkt 5 lit. b"]')).toBeVisible();

  // A typing slip in the text (§ 8 written as § 9) is reported, fixed and re-parsed.
  const source = page.getByRole("textbox", { name: "Tekst projektu" });
  const original = await source.inputValue();
  expect(original).toContain("\n§ 8. ");
  await source.fill(original.replace("\n§ 8. ", "\n§ 9. "));
  await page.getByRole("button", { name: "Podziel na jednostki" }).click();
  await expect(page.getByTestId("draft-warnings").locator('[data-code="numbering_gap"]')).toBeVisible();
  await source.fill(original);
  await page.getByRole("button", { name: "Podziel na jednostki" }).click();
  await expect(page.getByTestId("draft-warnings")).toContainText("Nie ma uwag do podziału tekstu.");
  await page.getByRole("button", { name: "Zapisz projekt" }).click();
  await expect(page.getByTestId("draft-saved")).toHaveText("Zapisano projekt (wersja 1).");

  await page.goto(managementUrl);
  await page.getByRole("button", { name: "Opublikuj konsultacje" }).click();
  await expect(page.getByTestId("consultation-status")).toHaveText("Zaplanowane");
  const publicHref = await page.getByRole("link", { name: "Zobacz stronę konsultacji" }).getAttribute("href");
  expect(publicHref).toMatch(/^\/konsultacje\//);

  const resident = await browser.newContext();
  const reader = await resident.newPage();
  await reader.goto(`${baseURL}${publicHref}#par-3-ust-2-pkt-5-lit-b`);
  const unit = reader.locator("#par-3-ust-2-pkt-5-lit-b");
  await expect(unit).toHaveAttribute("data-citation", "§ 3 ust. 2 pkt 5 lit. b");
  await expect(unit).toContainText("wzór formularza konsultacyjnego");
  await expect(unit).toBeInViewport();
  await resident.close();
});
