import { expect, request, test } from "@playwright/test";
import { warsawDate } from "@/lib/time/warsaw";
import { signInAs, sql } from "./support/db";

const SECRETARY = "rada.sekretarz@bialystok.example";
const MEMBER = "rada.czlonek@bialystok.example";
const CWOP_CLERK = "urzednik.cwop@bialystok.example";
const ANNA = "anna@zielonepodlasie.example";
const PROGRAMME = "Program współpracy Miasta Białystok z organizacjami pozarządowymi na rok 2027";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

test("the Council's secretary records a positive opinion with remarks, with the vote and the scan", async ({
  page,
  context,
  baseURL,
}) => {
  await signInAs(context, SECRETARY, baseURL as string);
  await page.goto("/");
  await page.getByRole("link", { name: "Rada", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rada Działalności Pożytku Publicznego");
  const pending = page.getByTestId("council-pending");
  await expect(pending).toContainText(PROGRAMME);
  await pending.getByRole("link", { name: `Wprowadź opinię — ${PROGRAMME}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PROGRAMME);

  await page.getByLabel("pozytywna z uwagami", { exact: true }).check();
  await page.getByLabel("Treść opinii").fill("Rada popiera projekt i proponuje zwiększenie puli małych grantów.");
  await page.getByLabel("Numer uchwały Rady").fill("21/2026");
  await page.getByLabel("Data przyjęcia uchwały").fill(warsawDate(new Date()));
  await page.getByLabel("Liczba obecnych członków Rady").fill("4");
  await expect(page.getByTestId("quorum-warning")).toContainText("mniej niż połowa składu");
  await page.getByLabel("Liczba obecnych członków Rady").fill("7");
  await expect(page.getByTestId("quorum-warning")).toHaveCount(0);
  await page.getByLabel("Głosy za").fill("7");
  await page.getByLabel("Głosy przeciw").fill("0");
  await page.getByLabel("Głosy wstrzymujące się").fill("1");
  await page.getByRole("button", { name: "Zapisz opinię Rady" }).click();
  await expect(page.getByTestId("error-summary")).toContainText(
    "Głosów za, przeciw i wstrzymujących się jest razem więcej niż obecnych członków Rady",
  );

  await page.getByLabel("Głosy za").fill("6");
  await page
    .getByLabel(/Skan uchwały Rady/)
    .setInputFiles({ name: "uchwala-21-2026.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Zapisz opinię Rady" }).click();
  await expect(page.getByRole("status")).toHaveText("Zapisano opinię Rady.");
  await expect(page.getByTestId("opinion-history")).toContainText("wprowadzenie opinii (Ewa Kamińska)");

  await page.getByRole("link", { name: "Wróć do listy konsultacji Rady" }).click();
  await expect(page.getByTestId("council-pending-section")).not.toContainText(PROGRAMME);
  const decided = page.getByTestId("council-decided-program-wspolpracy-2027");
  await expect(decided.getByTestId("council-opinion-kind")).toHaveText("pozytywna z uwagami");
  await expect(decided.getByTestId("council-opinion-votes")).toHaveText(
    "za: 6, przeciw: 0, wstrzymało się: 1; obecnych członków Rady: 7",
  );
  await expect(decided).toContainText("nr 21/2026 z dnia");
  const scanHref = await decided.getByRole("link", { name: /Pobierz skan uchwały Rady/ }).getAttribute("href");
  // The scan of a published opinion is public: fetched without any session.
  const anonymous = await request.newContext({ baseURL });
  const scan = await anonymous.get(scanHref ?? "");
  expect(scan.status()).toBe(200);
  expect(scan.headers()["content-type"]).toBe("application/pdf");
  await anonymous.dispose();

  const [stored] = await sql<{ kind: string; votes_for: number; members_present: number }>(
    "SELECT kind, votes_for, members_present FROM council_opinions WHERE consultation_id = 'cons-program-2027'",
  );
  expect(stored).toEqual({ kind: "POSITIVE_WITH_REMARKS", votes_for: 6, members_present: 7 });
});

test("a Council member without the secretary right sees the Council's page but cannot record an opinion", async ({
  page,
  context,
  baseURL,
}) => {
  await signInAs(context, MEMBER, baseURL as string);
  await page.goto("/rada");
  await expect(page.getByTestId("council-secretary-only")).toBeVisible();
  await expect(page.getByRole("link", { name: /Wprowadź opinię/ })).toHaveCount(0);
  await page.goto("/rada/opinie/cons-program-2027");
  await expect(page.getByTestId("forbidden")).toContainText("Opinię wprowadza sekretarz Rady");
  await expect(page.getByRole("button", { name: "Zapisz opinię Rady" })).toHaveCount(0);
});

test("a clerk hides an abusive comment with a reason that stays on record", async ({ page, context, baseURL }) => {
  // A comment of its own, so that the seeded ones stay as other specs expect them.
  const id = `e2e-abusive-${Date.now()}`;
  await sql(
    `INSERT INTO comments (id, consultation_id, version_id, author_id, organization_id, body, body_text, status,
       submitted_at, receipt_number, receipt_hash, idempotency_key, updated_at)
     VALUES ($1, 'cons-program-2027', 'cons-program-2027-v1', 'user-ngo-zielone-2', 'org-zielone-podlasie',
       '{"type":"doc","content":[]}', $2, 'SUBMITTED', now(), $3, 'e2e', $1, now())`,
    [id, "Obraźliwy wpis do usunięcia z widoku publicznego", `BIA/2026/PW/E2E${Date.now() % 100000}`],
  );
  await signInAs(context, CWOP_CLERK, baseURL as string);
  await page.goto("/panel/konsultacje/cons-program-2027");
  await page.getByRole("link", { name: "Uwagi do tych konsultacji" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uwagi do konsultacji");
  const item = page.getByTestId("moderation-comment").filter({ hasText: "Obraźliwy wpis" });
  await item.locator("summary", { hasText: "Ukryj" }).click();
  await item.getByRole("button", { name: "Ukryj uwagę" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Wpisz powód ukrycia uwagi");
  await item.getByLabel("Powód ukrycia").fill("Treść obraża innych uczestników konsultacji");
  await item.getByRole("button", { name: "Ukryj uwagę" }).click();
  await expect(page.getByRole("status")).toHaveText("Ukryto uwagę. Publicznie widać powód ukrycia.");
  const hidden = page.getByTestId("moderation-comment").filter({ hasText: "Obraźliwy wpis" });
  await expect(hidden.getByTestId("moderation-status")).toHaveText("ukryta");
  await expect(hidden.getByTestId("moderation-hidden")).toContainText("Treść obraża innych uczestników konsultacji");

  const [row] = await sql<{ body_text: string; hidden_reason: string; hidden_by_id: string }>(
    "SELECT body_text, hidden_reason, hidden_by_id FROM comments WHERE id = $1",
    [id],
  );
  expect(row).toEqual({
    body_text: "Obraźliwy wpis do usunięcia z widoku publicznego",
    hidden_reason: "Treść obraża innych uczestników konsultacji",
    hidden_by_id: "user-clerk-cwop",
  });
});

test("My comments lists Anna's organisation's comments with receipts; answers wait for the report", async ({
  page,
  context,
  baseURL,
}) => {
  await signInAs(context, ANNA, baseURL as string);
  await page.goto("/");
  await page.getByRole("link", { name: "Moje uwagi" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moje uwagi");
  const items = page.getByTestId("my-comment");
  // Anna's own, and Marek's for the same organisation (§ 4 ust. 2).
  const byUnit = (unit: string) =>
    items.filter({ has: page.getByTestId("my-comment-unit").getByText(unit, { exact: true }) });
  // Answers are recorded but stay unpublished until the report is (report.spec.ts publishes it).
  const pending = "Odpowiedź urzędu zostanie opublikowana razem ze sprawozdaniem z konsultacji.";
  await expect(byUnit("§ 4 ust. 1").getByTestId("my-comment-answer")).toContainText(pending);
  await expect(byUnit("§ 4 ust. 1").getByTestId("my-comment-answer")).not.toContainText("Wydłużono termin do 10 dni");
  await expect(byUnit("§ 5 pkt 4").getByTestId("my-comment-answer")).toContainText(pending);
  await expect(byUnit("§ 2 ust. 2 pkt 4 lit. b załącznika nr 1").getByTestId("my-comment-status")).toHaveText(
    "złożona",
  );
  // Another organisation's comments are not hers.
  await expect(byUnit("§ 3 ust. 2 pkt 5 lit. b")).toHaveCount(0);
  await expect(byUnit("§ 7 załącznika nr 1")).toHaveCount(0);

  const receipt = byUnit("§ 4 ust. 1").getByTestId("my-comment-receipt");
  const number = (await receipt.textContent())?.trim() ?? "";
  expect(number).toMatch(/^BIA\/\d{4}\/SK\/\d{6}$/);
  await expect(receipt).toHaveAttribute("href", `/potwierdzenie/${number}`);
  await receipt.click();
  await expect(page.getByText("Potwierdzenie jest prawdziwe")).toBeVisible();
});
