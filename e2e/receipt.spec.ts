import { expect, test } from "@playwright/test";
import { sql } from "./support/db";

test("anyone can check a receipt number and see what was submitted and that it is intact", async ({ page }) => {
  const [row] = await sql<{ receipt_number: string; receipt_hash: string }>(
    "SELECT receipt_number, receipt_hash FROM comments WHERE id = 'comment-closed-2'",
  );
  if (!row) throw new Error("seeded comment missing");
  await page.goto("/potwierdzenie");
  await page.getByLabel("Numer potwierdzenia").fill(row.receipt_number.toLowerCase());
  await page.getByRole("button", { name: "Sprawdź" }).click();

  await expect(page.getByTestId("receipt-verdict")).toContainText("Potwierdzenie jest prawdziwe");
  await expect(page.getByTestId("receipt-number")).toHaveText(row.receipt_number);
  await expect(page.getByTestId("receipt-hash")).toHaveText(row.receipt_hash);
  await expect(page.getByText("§ 3 ust. 2 pkt 5 lit. b")).toBeVisible();
  await expect(page.getByText("Fundacja Aktywni Seniorzy")).toBeVisible();
});

test("an unknown receipt number is reported clearly and can be corrected", async ({ page }) => {
  await page.goto("/potwierdzenie/BIA/2026/SK/999999");
  await expect(page.getByTestId("receipt-not-found")).toContainText(
    "Nie ma potwierdzenia o numerze BIA/2026/SK/999999",
  );
  await expect(page.getByLabel("Numer potwierdzenia")).toHaveValue("BIA/2026/SK/999999");
});
