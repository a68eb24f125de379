import { expect, type Page, test } from "@playwright/test";
import { signUnsubscribeToken } from "@/lib/notifications/token";
import { E2E_SECRET } from "@/lib/testing/e2e-environment";
import { signInAs, sql } from "./support/db";

const ANNA = "anna@zielonepodlasie.example";
const ORG = "org-zielone-podlasie";
const ORG_NAME = "Stowarzyszenie Zielone Podlasie";
const run = `${Date.now()}${Math.floor(Math.random() * 1000)}`;

test.describe.configure({ mode: "serial" });

// The organisation's defaults come back for the specs after this one (its report e-mail, …).
test.afterAll(async () => {
  await sql("DELETE FROM notification_subscriptions WHERE organization_id = $1", [ORG]);
  await sql("DELETE FROM users WHERE id LIKE $1", [`user-unsub-%-${run}`]);
});

const organizationSection = (page: Page) =>
  page.getByRole("region", { name: `Powiadomienia organizacji: ${ORG_NAME}` });

test("an NGO manager changes the organisation's topics and frequency, and they are kept", async ({
  page,
  context,
  baseURL,
}) => {
  await sql("DELETE FROM notification_subscriptions WHERE organization_id = $1", [ORG]);
  await signInAs(context, ANNA, baseURL as string);
  await page.goto("/powiadomienia");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Powiadomienia");
  await expect(page.getByRole("region", { name: "Twoje powiadomienia" })).toBeVisible();

  // Nobody configured it: every topic, at once (as CWOP e-mails every organisation today).
  const org = organizationSection(page);
  await expect(org).toContainText("Nikt jeszcze nie zmieniał tych ustawień");
  await expect(org.getByLabel("Departament Edukacji")).toBeChecked();
  await expect(org.getByLabel("Departament Spraw Społecznych")).toBeChecked();
  await expect(org.getByLabel("Od razu, gdy konsultacje się zaczynają")).toBeChecked();

  // No topic at all is refused with a message, the choices kept.
  for (const box of await org.getByRole("checkbox").all()) await box.uncheck();
  await org.getByRole("button", { name: "Zapisz ustawienia" }).click();
  const summary = org.getByTestId("error-summary");
  await expect(summary).toContainText("Wybierz co najmniej jeden temat");
  await expect(summary).toBeFocused();

  await org.getByLabel("Departament Spraw Społecznych").check();
  await org.getByLabel("Centrum Współpracy Organizacji Pozarządowych").check();
  await org.getByLabel("Raz w tygodniu: zestawienie nowych konsultacji w poniedziałek rano").check();
  await org.getByRole("button", { name: "Zapisz ustawienia" }).click();
  await expect(org.getByRole("status")).toHaveText("Zapisaliśmy ustawienia powiadomień.");

  await page.reload();
  const reloaded = organizationSection(page);
  await expect(reloaded.getByLabel("Departament Edukacji")).not.toBeChecked();
  await expect(reloaded.getByLabel("Departament Spraw Społecznych")).toBeChecked();
  await expect(reloaded.getByLabel("Centrum Współpracy Organizacji Pozarządowych")).toBeChecked();
  await expect(reloaded.getByLabel("Raz w tygodniu: zestawienie nowych konsultacji w poniedziałek rano")).toBeChecked();
  await expect(reloaded).not.toContainText("Nikt jeszcze nie zmieniał tych ustawień");
  const [stored] = await sql<{ frequency: string }>(
    "SELECT frequency FROM notification_subscriptions WHERE organization_id = $1",
    [ORG],
  );
  expect(stored?.frequency).toBe("WEEKLY");
});

test("a member who does not manage the organisation sees only their own settings", async ({
  page,
  context,
  baseURL,
}) => {
  await signInAs(context, "marek@zielonepodlasie.example", baseURL as string);
  await page.goto("/powiadomienia");
  await expect(page.getByRole("region", { name: "Twoje powiadomienia" })).toBeVisible();
  await expect(organizationSection(page)).toHaveCount(0);
});

/** A person of their own, subscribed, so that unsubscribing touches nobody other specs use. */
async function subscribedPerson(label: string) {
  const id = `user-unsub-${label}-${run}`;
  const email = `wypisz-${label}-${run}@example.org`;
  await sql("INSERT INTO users (id, email, roles, updated_at) VALUES ($1, $2, '{RESIDENT}', now())", [id, email]);
  await sql(
    `INSERT INTO notification_subscriptions (id, user_id, all_topics, frequency, updated_at)
     VALUES ($1, $2, true, 'IMMEDIATE', now())`,
    [`sub-${id}`, id],
  );
  return { id, email, token: signUnsubscribeToken({ kind: "user", id }, E2E_SECRET) };
}

const frequencyOf = async (userId: string) =>
  (await sql<{ frequency: string }>("SELECT frequency FROM notification_subscriptions WHERE user_id = $1", [userId]))[0]
    ?.frequency;

test("the unsubscribe link opens a confirmation page whose button unsubscribes, without signing in", async ({
  page,
}) => {
  const person = await subscribedPerson("page");
  await page.goto(`/powiadomienia/wypisz?token=${person.token}`);
  await expect(page).toHaveURL(/\/powiadomienia\/rezygnacja\?token=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wypisanie z powiadomień");
  await expect(page.getByText(`Czy wypisać adres ${person.email} z wiadomości o konsultacjach?`)).toBeVisible();
  // Opening the link (a GET) changes nothing.
  expect(await frequencyOf(person.id)).toBe("IMMEDIATE");

  await page.getByRole("button", { name: "Wypisz" }).click();
  await expect(page.getByTestId("unsubscribe-done")).toHaveText(`Adres ${person.email} jest wypisany z powiadomień.`);
  expect(await frequencyOf(person.id)).toBe("NONE");
});

test("a mail client's one-click POST unsubscribes at once; an altered link is refused", async ({ page }) => {
  const person = await subscribedPerson("post");
  const altered = `${person.token.slice(0, -3)}${person.token.endsWith("abc") ? "xyz" : "abc"}`;

  const refused = await page.request.post(`/powiadomienia/wypisz?token=${altered}`, {
    form: { "List-Unsubscribe": "One-Click" },
  });
  expect(refused.status()).toBe(400);
  expect(await frequencyOf(person.id)).toBe("IMMEDIATE");
  await page.goto(`/powiadomienia/wypisz?token=${altered}`);
  await expect(page.getByTestId("unsubscribe-invalid")).toContainText("Ten link jest nieprawidłowy");
  await expect(page.getByRole("button", { name: "Wypisz" })).toHaveCount(0);

  const response = await page.request.post(`/powiadomienia/wypisz?token=${person.token}`, {
    form: { "List-Unsubscribe": "One-Click" },
  });
  expect(response.status()).toBe(200);
  expect(await frequencyOf(person.id)).toBe("NONE");
});
