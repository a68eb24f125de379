import { expect, test } from "@playwright/test";
import { E2E_RESEND_APP_PORT } from "@/lib/testing/e2e-environment";
import { startAppServer } from "./support/app-server";
import { startResendStandIn } from "./support/resend-stand-in";

test("with RESEND_API_KEY the sign-in link goes through the Resend SDK to the API and works", async ({ page }) => {
  const resend = await startResendStandIn();
  const app = await startAppServer(E2E_RESEND_APP_PORT, { RESEND_API_KEY: "re_test_key", RESEND_BASE_URL: resend.url });
  try {
    const base = `http://localhost:${E2E_RESEND_APP_PORT}`;
    const email = "mieszkaniec@example.org";
    await page.goto(`${base}/logowanie`);
    await page.getByLabel("Adres e-mail").fill(email);
    await page.getByRole("button", { name: "Wyślij link" }).click();
    await expect(page.getByRole("heading", { name: "Sprawdź skrzynkę e-mail" })).toBeVisible();

    await expect.poll(() => resend.received.length).toBe(1);
    const [message] = resend.received;
    expect(message?.authorization).toBe("Bearer re_test_key");
    expect(message?.body.to).toEqual(email);
    expect(message?.body.subject).toBe("Link do logowania — Konsultacje Białystok");
    // With Resend configured nothing is shown in the outbox.
    expect((await page.request.get(`${base}/dev/outbox`)).status()).toBe(404);

    const anchor = /<a\b[^>]*id="sign-in-link"[^>]*>/.exec(message?.body.html ?? "")?.[0] ?? "";
    const link = /href="([^"]+)"/.exec(anchor)?.[1]?.replaceAll("&amp;", "&");
    expect(link).toBeTruthy();
    await page.goto(link as string);
    await expect(page.getByTestId("current-user")).toHaveText("Michał Mieszkaniec");
  } finally {
    await app.stop();
    await resend.close();
  }
});
