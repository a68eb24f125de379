import { expect, test } from "@playwright/test";
import { signInAs, sql } from "./support/db";
import { requestSignInLink, signInLinkFromOutbox } from "./support/outbox";

const uniqueEmail = (name: string) => `${name}-${Date.now()}@example.org`;

test("a new user asks for a link, takes it from the outbox, signs in and sees their name", async ({ page }) => {
  const email = uniqueEmail("nowa");
  await requestSignInLink(page, email);
  const link = await signInLinkFromOutbox(page, email);
  await page.goto(link);

  await expect(page.getByRole("heading", { name: "Uzupełnij profil" })).toBeVisible();
  await expect(page.getByTestId("profile-email")).toHaveText(email);
  await page.getByRole("textbox", { name: "Imię i nazwisko" }).fill("Zofia Testowa");
  await page.getByRole("button", { name: "Zapisz" }).click();

  await expect(page.getByRole("status")).toContainText("Zapisaliśmy zmiany");
  await expect(page.getByTestId("current-user")).toHaveText("Zofia Testowa");
  await page.goto("/");
  await expect(page.getByTestId("current-user")).toHaveText("Zofia Testowa");
});

test("a malformed address is refused with a Polish message and the typed text is kept", async ({ page }) => {
  await page.goto("/logowanie");
  await page.getByLabel("Adres e-mail").fill("anna@");
  await page.getByRole("button", { name: "Wyślij link" }).click();

  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("Wystąpił problem");
  await expect(summary).toContainText("Wpisz adres e-mail w poprawnym formacie, np. nazwa@example.pl");
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("Adres e-mail")).toHaveValue("anna@");
  await expect(page.getByLabel("Adres e-mail")).toHaveAttribute("aria-invalid", "true");
});

test("a sign-in link works once: used again it is refused", async ({ page, context }) => {
  const email = uniqueEmail("raz");
  await requestSignInLink(page, email);
  const link = await signInLinkFromOutbox(page, email);
  await page.goto(link);
  await expect(page.getByTestId("current-user")).toBeVisible();

  await context.clearCookies();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Nie udało się zalogować" })).toBeVisible();
  await expect(page.getByTestId("auth-error")).toContainText("wygasł albo został już użyty");
  await expect(page.getByTestId("current-user")).toHaveCount(0);
});

test("an expired sign-in link is refused", async ({ page }) => {
  const email = uniqueEmail("wygasly");
  await requestSignInLink(page, email);
  const link = await signInLinkFromOutbox(page, email);
  const expired = await sql(
    "UPDATE verification_tokens SET expires = now() - interval '1 minute' WHERE identifier = $1 RETURNING identifier",
    [email],
  );
  expect(expired).toHaveLength(1);

  await page.goto(link);
  await expect(page.getByTestId("auth-error")).toContainText("wygasł albo został już użyty");
  await expect(page.getByTestId("current-user")).toHaveCount(0);
});

test("the language switch shows the interface in English and remembers it", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Konsultacje projektów prawa miejscowego");
  await page.getByTestId("language-switch").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Consultations on draft local law");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/logowanie");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByTestId("language-switch").click();
  await expect(page.getByRole("heading", { name: "Zaloguj się" })).toBeVisible();
});

test("asking for too many links for one address is refused with a Polish message", async ({ page }) => {
  const email = uniqueEmail("limit");
  for (let i = 0; i < 5; i++) await requestSignInLink(page, email);
  await page.goto("/logowanie");
  await page.getByLabel("Adres e-mail").fill(email);
  await page.getByRole("button", { name: "Wyślij link" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Wysłaliśmy już kilka linków na ten adres");
  await expect(page.getByLabel("Adres e-mail")).toHaveValue(email);
});

test("signing out is a plain form: it ends this session, and 'everywhere' ends the others too", async ({
  browser,
  baseURL,
}) => {
  const email = "marek@zielonepodlasie.example";
  const first = await browser.newContext();
  const second = await browser.newContext();
  await signInAs(first, email, baseURL as string);
  await signInAs(second, email, baseURL as string);
  const a = await first.newPage();
  const b = await second.newPage();
  await a.goto("/profil");
  await b.goto("/profil");
  await expect(b.getByTestId("current-user")).toBeVisible();

  // A form from another site cannot sign anybody out.
  const forged = await second.request.post("/wyloguj", { headers: { Origin: "https://evil.example" }, form: {} });
  expect(forged.status()).toBe(403);
  await b.reload();
  await expect(b.getByTestId("current-user")).toBeVisible();

  await a.getByRole("button", { name: "Wyloguj ze wszystkich urządzeń" }).click();
  await expect(a).toHaveURL(/\/\?wylogowano=1$/);
  await expect(a.getByRole("link", { name: "Zaloguj się" })).toBeVisible();
  await b.reload();
  await expect(b.getByTestId("current-user")).toHaveCount(0);

  // The header's button ends just this session.
  await signInAs(second, email, baseURL as string);
  await b.goto("/");
  await b.getByRole("button", { name: "Wyloguj się" }).click();
  await expect(b.getByRole("link", { name: "Zaloguj się" })).toBeVisible();
  await first.close();
  await second.close();
});

test("a person downloads their data and deletes their account; the sessions end and the comments' record stays", async ({
  page,
  context,
  baseURL,
}) => {
  const email = uniqueEmail("do-usuniecia");
  await sql(
    "INSERT INTO users (id, email, name, roles, updated_at) VALUES ($1, $2, 'Ewa Usuwana', '{RESIDENT}', now())",
    [`e2e-${email}`, email],
  );
  await signInAs(context, email, baseURL as string);
  await page.goto("/profil");
  await page.getByRole("link", { name: "Ochrona danych osobowych" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ochrona danych osobowych");
  await expect(page.locator("main")).toContainText("Prezesa Urzędu Ochrony Danych Osobowych");

  await page.goto("/profil");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("data-download").click()]);
  expect(download.suggestedFilename()).toBe("moje-dane-konsultacje.json");
  const data = JSON.parse(await (await import("node:fs/promises")).readFile((await download.path()) as string, "utf8"));
  expect(data.account).toMatchObject({ email, name: "Ewa Usuwana" });

  // The address typed wrong: refused, and what was typed stays.
  const form = page.getByTestId("delete-account-form");
  await form.getByLabel("Wpisz swój adres e-mail, aby potwierdzić").fill("ktos@example.org");
  await form.getByRole("button", { name: "Usuń moje konto" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("To nie jest adres e-mail Twojego konta");
  await expect(form.getByLabel("Wpisz swój adres e-mail, aby potwierdzić")).toHaveValue("ktos@example.org");
  await form.getByLabel("Wpisz swój adres e-mail, aby potwierdzić").fill(email);
  await form.getByRole("button", { name: "Usuń moje konto" }).click();
  await expect(page.getByTestId("account-deleted")).toContainText("Usunęliśmy Twoje dane osobowe");

  const [row] = await sql<{ email: string; name: string | null; sessions: number }>(
    "SELECT u.email, u.name, (SELECT count(*)::int FROM sessions s WHERE s.user_id = u.id) AS sessions FROM users u WHERE u.id = $1",
    [`e2e-${email}`],
  );
  expect(row).toEqual({ email: `usuniete-konto-e2e-${email}@konsultacje.invalid`, name: null, sessions: 0 });
  await page.goto("/profil");
  await expect(page).toHaveURL(/\/logowanie/);
});
