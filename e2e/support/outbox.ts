import { expect, type Page } from "@playwright/test";

/** Asks for a sign-in link on the sign-in page and waits for the confirmation. */
export async function requestSignInLink(page: Page, email: string): Promise<void> {
  await page.goto("/logowanie");
  await page.getByLabel("Adres e-mail").fill(email);
  await page.getByRole("button", { name: "Wyślij link" }).click();
  await expect(page.getByRole("heading", { name: "Sprawdź skrzynkę e-mail" })).toBeVisible();
}

/** Opens the newest message to `email` in the local outbox and returns its sign-in link. */
export async function signInLinkFromOutbox(page: Page, email: string): Promise<string> {
  await page.goto(`/dev/outbox?do=${encodeURIComponent(email)}`);
  const rows = page.getByTestId("outbox-row");
  await expect(rows.first()).toBeVisible();
  await rows.first().getByRole("link").click();
  const link = page.frameLocator('[data-testid="outbox-message"]').locator("#sign-in-link");
  const href = await link.getAttribute("href");
  if (!href) throw new Error("The sign-in e-mail has no link");
  return href;
}
