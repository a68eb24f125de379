import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { parseDraft } from "@/lib/legal-structure/parse";

const LIB = path.join(__dirname, "..", "lib");
const CLOSED = "sposob-konsultowania-aktow-prawa-miejscowego";

// The closed consultation has two versions: the page shows the newest (the act as amended after
// the consultation) and `?wersja=1` the one that was consulted.
const samples = [
  { page: `/konsultacje/${CLOSED}`, file: "versions/fixtures/konsultacje-uchwala-v2.txt" },
  { page: `/konsultacje/${CLOSED}?wersja=1`, file: "legal-structure/fixtures/konsultacje-uchwala.txt" },
  { page: "/konsultacje/program-wspolpracy-2027", file: "legal-structure/fixtures/program-wspolpracy-2027.txt" },
];

for (const sample of samples) {
  test(`${sample.page} shows every unit of ${path.basename(sample.file)} with its citation and anchor`, async ({
    page,
  }) => {
    const expected = parseDraft(readFileSync(path.join(LIB, sample.file), "utf8")).units;
    expect(expected.length).toBeGreaterThan(20);
    await page.goto(sample.page);
    await expect(page.getByTestId("unit-citation")).toHaveText(expected.map((u) => u.citation));
    for (const unit of expected.filter((u) => u.kind === "letter")) {
      await expect(page.locator(`[id="${unit.anchor}"]`)).toHaveAttribute("data-citation", unit.citation);
    }
  });
}

test("a deep link to § 3 ust. 2 pkt 5 lit. b lands on that unit", async ({ page }) => {
  await page.goto(`/konsultacje/${CLOSED}#par-3-ust-2-pkt-5-lit-b`);
  const unit = page.locator("#par-3-ust-2-pkt-5-lit-b");
  await expect(unit).toHaveAttribute("data-citation", "§ 3 ust. 2 pkt 5 lit. b");
  await expect(unit).toContainText("wzór formularza konsultacyjnego");
  await expect(unit).toBeInViewport();
});

test("the home page lists the open and the closed consultation with comment counts", async ({ page }) => {
  await page.goto("/");
  const open = page.getByRole("region", { name: "Trwające konsultacje" });
  await expect(open.getByRole("link", { name: /Program współpracy/ })).toBeVisible();
  await expect(open).toContainText("2 uwagi");
  const closed = page.getByRole("region", { name: "Zakończone konsultacje" });
  await expect(closed.getByRole("link", { name: /Szczegółowy sposób konsultowania/ })).toBeVisible();
  await expect(closed).toContainText("8 uwag");
});

test("units of the version the comments were made on show their count", async ({ page }) => {
  await page.goto(`/konsultacje/${CLOSED}?wersja=1`);
  await expect(page.locator('[id="par-4-ust-1"]').getByTestId("unit-comment-count")).toHaveText("1 uwaga");
  await expect(page.getByText("Uwagi do całego projektu: 1")).toBeVisible();
});

test("a unit's comments have a page of their own, with the unit's text and a way back", async ({ page }) => {
  await page.goto(`/konsultacje/${CLOSED}/uwagi?jednostka=par-4-ust-1&wersja=1`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uwagi do: § 4 ust. 1");
  await expect(page.getByTestId("unit-comments-total")).toHaveText("1 uwaga");
  await expect(page.getByTestId("public-comment")).toHaveCount(1);
  await page.getByRole("link", { name: /Wróć do projektu/ }).click();
  await expect(page).toHaveURL(new RegExp(`/konsultacje/${CLOSED}\\?wersja=1#par-4-ust-1$`));
  await expect(page.locator('[id="par-4-ust-1"]')).toBeInViewport();
  // An address naming no unit of the version is not found.
  const missing = await page.goto(`/konsultacje/${CLOSED}/uwagi?jednostka=par-999`);
  expect(missing?.status()).toBe(404);
});

test("in English the interface is marked English and the city's Polish content Polish (WCAG 3.1.2)", async ({
  page,
  context,
  baseURL,
}) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL as string }]);
  await page.goto(`/konsultacje/${CLOSED}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "pl");
  await expect(page.locator(".unit-text").first()).toHaveAttribute("lang", "pl");
  // The unit's links and buttons beside the text are the interface's.
  await expect(page.locator("[data-citation]").first()).not.toHaveAttribute("lang", "pl");
  await expect(page.locator(".unit-meta").first()).not.toHaveAttribute("lang", "pl");
});
