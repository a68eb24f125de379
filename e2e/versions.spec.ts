import { expect, test } from "@playwright/test";

const CLOSED = "/konsultacje/sposob-konsultowania-aktow-prawa-miejscowego";

test("the closed consultation shows version 2 with its reason and links to the versions", async ({ page }) => {
  await page.goto(CLOSED);
  await expect(page.getByTestId("version-number")).toContainText("Wersja 2");
  await expect(page.getByTestId("version-reason")).toContainText("Projekt po konsultacjach");
  await expect(page.locator('[id="par-4-ust-1"]')).toContainText("krótszy niż 10 dni");
  // Eight seeded comments, one more once report.spec.ts has entered a letter: all on version 1.
  await expect(page.getByText(/\b(8|9) uwag zgłoszono do wersji 1\./)).toBeVisible();
  await page.getByTestId("versions-link").click();
  await expect(page).toHaveURL(/\/wersje$/);
  await expect(page.getByRole("heading", { level: 1, name: "Wersje projektu" })).toBeVisible();
  const list = page.getByTestId("version-list");
  await expect(list.getByRole("row")).toHaveCount(3);
  await expect(list.getByRole("row").filter({ hasText: "Wersja 2" })).toContainText("uwzględniono uwagi nr 2 i 3");
});

test("the redline of version 1 → 2 marks inserted and deleted words, added and removed units", async ({ page }) => {
  await page.goto(`${CLOSED}/wersje`);
  await expect(page.getByRole("heading", { name: "Zmiany: wersja 1 → wersja 2" })).toBeVisible();
  const summary = page.getByTestId("redline-summary");
  await expect(summary.locator('[data-summary="changed"] dd')).toHaveText("3");
  await expect(summary.locator('[data-summary="added"] dd')).toHaveText("1");
  await expect(summary.locator('[data-summary="removed"] dd')).toHaveText("1");
  await expect(summary.locator('[data-summary="moved"] dd')).toHaveText("2");

  const changed = page.locator('[data-testid="redline"] > li[id="par-4-ust-1"]');
  await expect(changed).toHaveAttribute("data-change", "changed");
  await expect(changed.locator("del")).toHaveText("usunięto: 7");
  await expect(changed.locator("ins")).toHaveText("dodano: 10");
  await expect(changed.getByTestId("redline-comment-count")).toHaveText("1 uwaga do wersji 1");
  // Not colour alone: the deletion is struck through, the insertion underlined.
  expect(await changed.locator("del").evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain(
    "line-through",
  );
  expect(await changed.locator("ins").evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain("underline");

  const added = page.locator('[data-testid="redline"] > li[data-change="added"]');
  await expect(added).toHaveCount(1);
  await expect(added).toHaveAttribute("data-citation", "§ 7");
  await expect(added.locator("ins", { hasText: "Informację o wynikach konsultacji" })).toBeVisible();

  const removed = page.locator('[data-testid="redline"] > li[data-change="removed"]');
  await expect(removed).toHaveCount(1);
  await expect(removed).toHaveAttribute("data-citation", "§ 6 ust. 3");
  await expect(removed.locator("del", { hasText: "Nieprzedstawienie uwag w terminie" })).toBeVisible();

  const moved = page.locator('[data-testid="redline"] > li[data-previous-citation="§ 7"]');
  await expect(moved).toHaveAttribute("data-change", "moved");
  await expect(moved).toHaveAttribute("data-citation", "§ 8");
});

test("the compare form picks any two versions and can show the changes only", async ({ page }) => {
  await page.goto(`${CLOSED}/wersje`);
  await page.getByLabel("Wersja wcześniejsza").selectOption("2");
  await page.getByLabel("Wersja późniejsza").selectOption("1");
  await page.getByLabel("Pokaż tylko zmienione jednostki").check();
  await page.getByRole("button", { name: "Porównaj" }).click();
  await expect(page).toHaveURL(/od=2&do=1&zmiany=1/);
  await expect(page.getByRole("heading", { name: "Zmiany: wersja 2 → wersja 1" })).toBeVisible();
  const rows = page.locator('[data-testid="redline"] > li');
  await expect(rows).toHaveCount(7);
  await expect(page.locator('[data-testid="redline"] > li[data-change="added"]')).toHaveAttribute(
    "data-citation",
    "§ 6 ust. 3",
  );
});

test("?wersja=1 shows the text that was consulted, and the deep link still lands", async ({ page }) => {
  await page.goto(`${CLOSED}?wersja=1#par-3-ust-2-pkt-5-lit-b`);
  await expect(page.getByTestId("version-number")).toContainText("Wersja 1");
  await expect(page.getByText("Czytasz wersję 1 projektu. Najnowsza jest wersja 2.")).toBeVisible();
  await expect(page.locator('[id="par-4-ust-1"]')).toContainText("krótszy niż 7 dni");
  const unit = page.locator("#par-3-ust-2-pkt-5-lit-b");
  await expect(unit).toHaveAttribute("data-citation", "§ 3 ust. 2 pkt 5 lit. b");
  await expect(unit).toHaveText(/wzór formularza konsultacyjnego,\s*§ 3/);
  await expect(unit).toBeInViewport();

  await page.goto(`${CLOSED}#par-3-ust-2-pkt-5-lit-b`);
  await expect(page.locator("#par-3-ust-2-pkt-5-lit-b")).toContainText("w wersji papierowej");
  await expect(page.locator("#par-3-ust-2-pkt-5-lit-b")).toBeInViewport();
});

test("a version number that does not exist is not found", async ({ page }) => {
  const response = await page.goto(`${CLOSED}?wersja=9`);
  expect(response?.status()).toBe(404);
});
