import { expect, type Page, test } from "@playwright/test";
import { axeViolations } from "./support/axe";
import { signInAs, sql } from "./support/db";
import { requestSignInLink, signInLinkFromOutbox } from "./support/outbox";

const stamp = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

/** Opens the newest outbox message to `email` whose subject contains `subject`. */
async function openOutboxMessage(page: Page, email: string, subject: string) {
  await page.goto(`/dev/outbox?do=${encodeURIComponent(email)}`);
  const row = page.getByTestId("outbox-row").filter({ hasText: subject }).first();
  await expect(row).toBeVisible();
  await row.getByRole("link").click();
  return page.frameLocator('[data-testid="outbox-message"]');
}

test("a resident registers an organisation, CWOP verifies it, a new member is invited, accepts and leaves", async ({
  browser,
  baseURL,
}) => {
  const id = stamp();
  const founderEmail = `zalozycielka-${id}@example.org`;
  const orgEmail = `biuro-${id}@example.org`;
  const orgName = `Stowarzyszenie Sąsiedzkie ${id}`;
  const krs = String(Number(id.slice(-9)) || 1);

  // A resident (a new account, signed in through the real link) registers the organisation.
  const founder = await browser.newContext();
  const founderPage = await founder.newPage();
  await requestSignInLink(founderPage, founderEmail);
  await founderPage.goto(await signInLinkFromOutbox(founderPage, founderEmail));
  await founderPage.goto("/organizacje");
  await founderPage.getByRole("link", { name: "Zarejestruj organizację" }).click();
  await founderPage.getByLabel("Pełna nazwa organizacji").fill(orgName);
  await founderPage.getByLabel("Stowarzyszenie", { exact: true }).check();
  await founderPage.getByLabel("Krajowy Rejestr Sądowy (KRS)").check();
  await founderPage.getByLabel("Numer KRS").fill(krs);
  await founderPage.getByLabel("Adres siedziby").fill("ul. Warszawska 5, 15-062 Białystok");
  await founderPage.getByLabel("Osoba do kontaktu").fill("Zofia Założycielka");
  await founderPage.getByLabel("Adres e-mail organizacji").fill(orgEmail);
  await founderPage.getByRole("button", { name: "Zarejestruj organizację" }).click();
  await expect(founderPage.getByRole("heading", { level: 1 })).toHaveText(orgName);
  await expect(founderPage.getByTestId("verification-state")).toHaveText("Oczekuje na weryfikację");
  await expect(founderPage.getByTestId("organization-details")).toContainText(krs.padStart(10, "0"));
  const orgPath = new URL(founderPage.url()).pathname;

  // The CWOP clerk finds it among the pending ones and verifies it.
  const cwop = await browser.newContext();
  await signInAs(cwop, "urzednik.cwop@bialystok.example", baseURL as string);
  const cwopPage = await cwop.newPage();
  await cwopPage.goto(`${baseURL}/admin`);
  await cwopPage.getByRole("link", { name: "Weryfikacja organizacji" }).click();
  const row = cwopPage.getByTestId("verification-row").filter({ hasText: orgName });
  await expect(row).toContainText("Oczekuje na weryfikację");
  await row.getByRole("link", { name: orgName }).click();
  await cwopPage.getByRole("button", { name: "Zweryfikuj organizację" }).click();
  await expect(cwopPage.getByRole("status")).toContainText("Organizacja została zweryfikowana");
  await expect(cwopPage.getByTestId("verification-row").filter({ hasText: orgName })).toContainText("Zweryfikowana");
  const verifiedMail = await openOutboxMessage(cwopPage, orgEmail, "została zweryfikowana");
  await expect(verifiedMail.getByRole("heading")).toContainText(`Organizacja „${orgName}” jest zweryfikowana`);
  await cwop.close();

  // The manager invites a person who has no account yet.
  const inviteeEmail = `nowy-czlonek-${id}@example.org`;
  await founderPage.goto(orgPath);
  await expect(founderPage.getByTestId("verification-state")).toHaveText("Zweryfikowana");
  await founderPage.getByRole("link", { name: "Zaproś osobę do organizacji" }).click();
  await founderPage.getByLabel("Adres e-mail osoby").fill(inviteeEmail);
  await founderPage.getByRole("button", { name: "Wyślij zaproszenie" }).click();
  await expect(founderPage.getByTestId("invitation-sent")).toContainText(inviteeEmail);
  await expect(founderPage.getByTestId("members")).toContainText(inviteeEmail);

  // The invited person follows the e-mail's link, signs in through the outbox and accepts.
  const invitee = await browser.newContext();
  const inviteePage = await invitee.newPage();
  const invitation = await openOutboxMessage(inviteePage, inviteeEmail, "Zaproszenie do organizacji");
  const href = await invitation.locator("#invitation-link").getAttribute("href");
  if (!href) throw new Error("The invitation has no link");
  await inviteePage.goto(href);
  await inviteePage.getByLabel("Adres e-mail").fill(inviteeEmail);
  await inviteePage.getByRole("button", { name: "Wyślij link" }).click();
  await expect(inviteePage.getByRole("heading", { name: "Sprawdź skrzynkę e-mail" })).toBeVisible();
  await inviteePage.goto(await signInLinkFromOutbox(inviteePage, inviteeEmail));
  await expect(inviteePage).toHaveURL(new RegExp(`${orgPath}$`));
  await expect(inviteePage.getByRole("heading", { name: "Zaproszenie do organizacji" })).toBeVisible();
  await inviteePage.getByRole("button", { name: "Przyjmij zaproszenie" }).click();
  await expect(inviteePage.getByTestId("own-membership")).toHaveText("Jesteś członkiem tej organizacji.");
  await inviteePage.goto("/profil");
  await expect(inviteePage.getByTestId("memberships")).toContainText(`${orgName} — zweryfikowana`);

  // … and leaves.
  await inviteePage.goto(orgPath);
  await inviteePage.getByRole("button", { name: "Opuść organizację" }).click();
  await expect(inviteePage.getByText("Opuściłeś(-aś) organizację.")).toBeVisible();
  await expect(inviteePage.getByTestId("own-organizations")).toHaveCount(0);

  // The founder, the last manager, is told to hand over before leaving.
  await founderPage.goto(orgPath);
  await expect(founderPage.getByTestId("last-manager")).toBeVisible();
  await expect(founderPage.getByRole("button", { name: "Opuść organizację" })).toHaveCount(0);
  await founder.close();
  await invitee.close();
});

test("CWOP rejects an organisation, its manager corrects it and submits it again; a second registration of its number is told whom to ask", async ({
  browser,
  baseURL,
}) => {
  const id = stamp();
  const krs = String(Number(id.slice(-9)) + 7 || 7);
  const people = [`poprawiajaca-${id}@example.org`, `druga-${id}@example.org`];
  for (const email of people) {
    await sql("INSERT INTO users (id, email, roles, updated_at) VALUES ($1, $2, '{RESIDENT}', now())", [
      `e2e-user-${email}`,
      email,
    ]);
  }
  const manager = await browser.newContext();
  await signInAs(manager, people[0] as string, baseURL as string);
  const page = await manager.newPage();
  await page.goto("/organizacje/nowa");
  await page.getByLabel("Pełna nazwa organizacji").fill(`Fundacja Literowka ${id}`);
  await page.getByLabel("Fundacja", { exact: true }).check();
  await page.getByLabel("Numer KRS").fill(krs);
  await page.getByLabel("Adres siedziby").fill("ul. Lipowa 1, 15-001 Białystok");
  await page.getByLabel("Osoba do kontaktu").fill("Ewa Poprawna");
  await page.getByLabel("Adres e-mail organizacji").fill(`biuro-${id}@example.org`);
  await page.getByRole("button", { name: "Zarejestruj organizację" }).click();
  await expect(page.getByTestId("verification-state")).toHaveText("Oczekuje na weryfikację");
  const orgPath = new URL(page.url()).pathname;

  const cwop = await browser.newContext();
  await signInAs(cwop, "urzednik.cwop@bialystok.example", baseURL as string);
  const cwopPage = await cwop.newPage();
  await cwopPage.goto(`${baseURL}${orgPath}`);
  await cwopPage.getByRole("link", { name: "Weryfikacja organizacji (CWOP)" }).click();
  await cwopPage.getByLabel("Uzasadnienie").fill("Nazwa różni się od nazwy w KRS: Fundacja Literówka.");
  await cwopPage.getByRole("button", { name: "Odrzuć weryfikację" }).click();
  await expect(cwopPage.getByRole("status")).toContainText("Weryfikacja została odrzucona");

  // The manager opens the correction from the rejection, sees the reason there, and keeps a bad edit.
  await page.goto(orgPath);
  await expect(page.getByTestId("rejected-notice")).toContainText("Nazwa różni się od nazwy w KRS");
  await page.getByRole("link", { name: "Popraw dane i zgłoś organizację ponownie" }).click();
  await expect(page.getByTestId("rejection-reason")).toContainText("Fundacja Literówka");
  await expect(page.getByLabel("Numer KRS")).toHaveValue(krs.padStart(10, "0"));
  await page.getByLabel("Pełna nazwa organizacji").fill("Fu");
  await page.getByRole("button", { name: "Zapisz i zgłoś do ponownej weryfikacji" }).click();
  await expect(page.getByTestId("error-summary")).toBeVisible();
  await expect(page.getByLabel("Pełna nazwa organizacji")).toHaveValue("Fu");
  await page.getByLabel("Pełna nazwa organizacji").fill(`Fundacja Literówka ${id}`);
  await page.getByRole("button", { name: "Zapisz i zgłoś do ponownej weryfikacji" }).click();
  await expect(page.getByTestId("organization-saved")).toContainText("czeka na ponowną weryfikację");
  await expect(page.getByTestId("verification-state")).toHaveText("Oczekuje na weryfikację");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Fundacja Literówka ${id}`);
  await expect(page.getByTestId("rejected-notice")).toHaveCount(0);

  // CWOP, back at the verification, sees why it was rejected and what was corrected since.
  await cwopPage.goto(`${baseURL}${orgPath.replace("/organizacje/", "/admin/organizacje/")}`);
  const history = cwopPage.getByTestId("organization-history");
  await expect(history.getByRole("listitem")).toHaveCount(3);
  await expect(history.getByRole("listitem").nth(1)).toContainText("Uzasadnienie: Nazwa różni się od nazwy w KRS");
  await expect(history.getByRole("listitem").nth(2)).toContainText(
    `Dane poprawione i zgłoszone do weryfikacji — ${people[0]}: nazwa „Fundacja Literowka ${id}” → „Fundacja Literówka ${id}”`,
  );
  await expect(cwopPage.getByRole("button", { name: "Zweryfikuj organizację" })).toBeVisible();
  expect(await axeViolations(cwopPage)).toEqual([]);

  // Somebody else registering the same number is not offered to join an unverified organisation.
  const second = await browser.newContext();
  await signInAs(second, people[1] as string, baseURL as string);
  const other = await second.newPage();
  await other.goto("/organizacje/nowa");
  await other.getByLabel("Pełna nazwa organizacji").fill("Fundacja Druga");
  await other.getByLabel("Fundacja", { exact: true }).check();
  await other.getByLabel("Numer KRS").fill(krs);
  await other.getByLabel("Adres siedziby").fill("ul. Lipowa 2, 15-001 Białystok");
  await other.getByLabel("Osoba do kontaktu").fill("Jan Drugi");
  await other.getByLabel("Adres e-mail organizacji").fill(`drugi-${id}@example.org`);
  await other.getByRole("button", { name: "Zarejestruj organizację" }).click();
  await expect(other.getByTestId("duplicate-organization")).toContainText("czeka na weryfikację");
  await expect(other.getByTestId("duplicate-organization").getByRole("button")).toHaveCount(0);
  await expect(other.getByLabel("Pełna nazwa organizacji")).toHaveValue("Fundacja Druga");
  await manager.close();
  await cwop.close();
  await second.close();
});

test("a member of the unverified seeded initiative group sees it as awaiting verification", async ({
  page,
  context,
  baseURL,
}) => {
  await signInAs(context, "ola@nowainicjatywa.example", baseURL as string);
  await page.goto("/organizacje");
  const own = page.getByTestId("own-organizations");
  await expect(own).toContainText("Grupa inicjatywna „Nowe Bojary”");
  await expect(own).toContainText("Oczekuje na weryfikację");
  await own.getByRole("link", { name: "Grupa inicjatywna „Nowe Bojary”" }).click();
  await expect(page.getByTestId("pending-notice")).toContainText("nie można zgłaszać uwag w jej imieniu");
  await expect(page.getByTestId("organizations")).toHaveCount(0);
});

test("a malformed KRS number shows the Polish message and keeps what was typed", async ({ page, context, baseURL }) => {
  await signInAs(context, "mieszkaniec@example.org", baseURL as string);
  await page.goto("/organizacje/nowa");
  await page.getByLabel("Pełna nazwa organizacji").fill("Fundacja Literówka");
  await page.getByLabel("Fundacja", { exact: true }).check();
  await page.getByLabel("Numer KRS").fill("12-AB");
  await page.getByLabel("Adres siedziby").fill("ul. Lipowa 1, 15-001 Białystok");
  await page.getByLabel("Osoba do kontaktu").fill("Jan Nowak");
  await page.getByLabel("Adres e-mail organizacji").fill("biuro@literowka.example");
  await page.getByRole("button", { name: "Zarejestruj organizację" }).click();

  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("Numer KRS ma 10 cyfr, np. 0000123456");
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("Numer KRS")).toHaveValue("12-AB");
  await expect(page.getByLabel("Numer KRS")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Pełna nazwa organizacji")).toHaveValue("Fundacja Literówka");
  await expect(page.getByLabel("Fundacja", { exact: true })).toBeChecked();
  await summary.getByRole("link", { name: "Numer KRS ma 10 cyfr, np. 0000123456" }).click();
  await expect(page.getByLabel("Numer KRS")).toBeFocused();
});

test("an NGO member cannot open the administration", async ({ page, context, baseURL }) => {
  await signInAs(context, "anna@zielonepodlasie.example", baseURL as string);
  await page.goto("/admin");
  await expect(page.getByTestId("forbidden")).toContainText("Brak dostępu");
  await expect(page.getByRole("link", { name: "Administracja" })).toHaveCount(0);
  await page.goto("/admin/organizacje");
  await expect(page.getByTestId("forbidden")).toBeVisible();
  await expect(page.getByTestId("verification-list")).toHaveCount(0);
});

test("an administrator keeps their own ADMIN role, adds a unit with a clerk and gives a Council seat", async ({
  page,
  context,
  baseURL,
}) => {
  const id = stamp();
  await signInAs(context, "admin@bialystok.example", baseURL as string);
  await page.goto("/");
  await page.getByRole("link", { name: "Administracja" }).click();

  await page.getByRole("link", { name: "Użytkownicy i uprawnienia" }).click();
  await page.getByLabel("Szukaj po adresie e-mail lub nazwisku").fill("admin@bialystok");
  await page.getByRole("button", { name: "Szukaj" }).click();
  await page.getByTestId("users").getByRole("link", { name: "admin@bialystok.example" }).click();
  await page.getByLabel("Administrator").uncheck();
  await page.getByRole("button", { name: "Zapisz" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Nie możesz odebrać sobie roli administratora");
  await page.reload();
  await expect(page.getByLabel("Administrator")).toBeChecked();

  await page.goto("/admin/komorki/nowa");
  await page.getByLabel("Pełna nazwa").fill(`Departament Kultury ${id}`);
  await page.getByLabel("Skrót").fill(`DK${id.slice(-6)}`);
  await page.getByRole("button", { name: "Dodaj komórkę" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Departament Kultury ${id}`);
  const clerkEmail = `urzednik-${id}@bialystok.example`;
  await page.getByLabel("Adres e-mail urzędnika").fill(clerkEmail);
  await page.getByRole("button", { name: "Dodaj urzędnika" }).click();
  await expect(page.getByTestId("clerks")).toContainText(clerkEmail);
  // A department renamed later: corrected in place (its address stays).
  const unitPath = new URL(page.url()).pathname;
  await page.getByLabel("Pełna nazwa").fill(`Departament Kultury i Sztuki ${id}`);
  await page.getByRole("button", { name: "Zapisz zmiany" }).click();
  await expect(page.getByTestId("unit-saved")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Departament Kultury i Sztuki ${id}`);
  expect(new URL(page.url()).pathname).toBe(unitPath);

  await page.goto("/admin/rada/nowy");
  const councilEmail = `rada-${id}@example.org`;
  await page.getByLabel("Adres e-mail").fill(councilEmail);
  await page.getByLabel("Rada Miasta").check();
  await page.getByLabel("Współprzewodniczący(-a) Rady").check();
  await page.getByRole("button", { name: "Zapisz" }).click();
  await expect(page.getByRole("status")).toContainText("Zapisano miejsce w Radzie.");
  const seat = page.getByTestId("council").getByRole("row").filter({ hasText: councilEmail });
  await expect(seat).toContainText("Rada Miasta");
  await expect(seat).toContainText("współprzewodniczący(-a)");
  // Changed later: the form starts from the seat as it is (not from defaults), so only what is changed changes.
  await seat.getByRole("link", { name: `Zmień: ${councilEmail}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zmień miejsce w Radzie");
  await expect(page.getByLabel("Adres e-mail")).toHaveValue(councilEmail);
  await expect(page.getByLabel("Rada Miasta")).toBeChecked();
  await expect(page.getByLabel("Współprzewodniczący(-a) Rady")).toBeChecked();
  await page.getByLabel("Współprzewodniczący(-a) Rady").uncheck();
  await page.getByRole("button", { name: "Zapisz" }).click();
  await expect(page.getByRole("status")).toContainText("Zapisano miejsce w Radzie.");
  const changed = page.getByTestId("council").getByRole("row").filter({ hasText: councilEmail });
  await expect(changed).toContainText("Rada Miasta");
  await expect(changed).not.toContainText("współprzewodniczący(-a)");
  await changed.getByRole("button", { name: `Usuń z Rady: ${councilEmail}` }).click();
  await expect(page.getByTestId("council")).not.toContainText(councilEmail);
});
