import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { addDays, warsawDate } from "@/lib/time/warsaw";
import { signInAs, sql } from "./support/db";

// Runs after council.spec.ts (one worker, files in order): it publishes the seeded closed
// consultation's report, after which its answers are final and public.
const CONSULTATION = "cons-sposob-konsultowania";
const SLUG = "sposob-konsultowania-aktow-prawa-miejscowego";
const INBOX = `/panel/konsultacje/${CONSULTATION}/uwagi`;
const DSS_CLERK = "urzednik.dss@bialystok.example";
const CWOP_CLERK = "urzednik.cwop@bialystok.example";
const ANNA = "anna@zielonepodlasie.example";
const POSTED = "Prosimy o dopisanie, że spotkanie odbywa się w budynku dostępnym dla osób na wózkach.";

test.describe.configure({ mode: "serial" });

async function download(page: Page, name: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

test("a clerk of another unit can read the inbox but not answer", async ({ page, context, baseURL }) => {
  await signInAs(context, CWOP_CLERK, baseURL as string);
  await page.goto(`${INBOX}/comment-closed-6`);
  await expect(page.getByTestId("inbox-comment")).toContainText("brakuje w nim informacji o sposobie ogłaszania");
  await expect(page.getByTestId("answer-form")).toHaveCount(0);
  await expect(page.getByText("Na uwagi odpowiadają urzędnicy komórki odpowiedzialnej")).toBeVisible();
});

test("the owner unit's clerk answers, answers a group, enters a letter, generates and publishes the report", async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await signInAs(context, DSS_CLERK, baseURL as string);

  // Filter by unit: the two near-identical comments on § 5 pkt 4.
  await page.goto(INBOX);
  await page.getByLabel("Jednostka projektu").selectOption({ label: "§ 5 pkt 4" });
  await page.getByRole("button", { name: "Pokaż uwagi" }).click();
  await expect(page).toHaveURL(/jednostka=/);
  const rows = page.getByTestId("moderation-comment");
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText("Grupy inicjatywne");

  // Answer one comment (on the draft as a whole).
  await page.goto(`${INBOX}/comment-closed-6`);
  const answer = page.getByTestId("answer-form");
  await answer.getByLabel("wyjaśniona", { exact: true }).check();
  await answer.getByRole("button", { name: "Zapisz odpowiedź" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Wpisz uzasadnienie stanowiska");
  await answer
    .getByLabel("Uzasadnienie stanowiska")
    .fill("Sposób ogłaszania wyników określa § 7 projektu po zmianach.");
  await answer.getByRole("button", { name: "Zapisz odpowiedź" }).click();
  await expect(page.getByTestId("inbox-notice")).toContainText("Zapisano odpowiedź");

  // Answer the group of near-identical comments once.
  await page.goto(`${INBOX}?widok=grupy`);
  const group = page.getByTestId("inbox-group").filter({ hasText: "§ 5 pkt 4" });
  await group.getByRole("link", { name: /Odpowiedz całej grupie/ }).click();
  await page.getByLabel("uwzględniona", { exact: true }).check();
  await page.getByRole("button", { name: /Zapisz odpowiedź dla 2 uwag/ }).click();
  await expect(page.getByTestId("inbox-notice")).toContainText("2 uwag");
  const answered = await sql<{ position: string }>(
    "SELECT position::text FROM responses WHERE comment_id IN ('comment-closed-7', 'comment-closed-8')",
  );
  expect(answered.map((r) => r.position)).toEqual(["ACCEPTED", "ACCEPTED"]);

  // A comment that arrived by post.
  await page.goto(INBOX);
  await page.getByRole("link", { name: /Wprowadź uwagę, która wpłynęła/ }).click();
  const entry = page.getByTestId("enter-comment-form");
  await entry.getByLabel("Organizacja z bazy platformy").check();
  await entry.getByLabel("Organizacja", { exact: true }).selectOption({ label: "Fundacja Aktywni Seniorzy" });
  await entry.getByLabel("Jednostka projektu").selectOption({ label: "§ 2 ust. 1 pkt 3" });
  await entry.getByLabel("Treść uwagi").fill(POSTED);
  const [end] = await sql<{ end_date: Date }>("SELECT end_date FROM consultations WHERE id = $1", [CONSULTATION]);
  await entry.getByLabel("Data wpływu").fill(addDays(warsawDate(end?.end_date as Date), -1));
  await entry.getByLabel("poczta", { exact: true }).check();
  await entry.getByRole("button", { name: "Wprowadź uwagę" }).click();
  await expect(page.getByTestId("inbox-notice")).toContainText("BIA/");
  await page.goto(`${INBOX}?kanal=POST`);
  await expect(page.getByTestId("moderation-comment").filter({ hasText: "spotkanie odbywa się" })).toHaveCount(1);
  // It needs a position too: a report is published only when every comment has one.
  const [letter] = await sql<{ id: string }>(
    "SELECT id FROM comments WHERE consultation_id = $1 AND position($2 in body_text) > 0",
    [CONSULTATION, POSTED],
  );
  // The report page says so before anything is generated, and leads to the comments without a position.
  const [open] = await sql<{ n: number }>(
    "SELECT count(*)::int AS n FROM comments c LEFT JOIN responses r ON r.comment_id = c.id WHERE c.consultation_id = $1 AND c.status = 'SUBMITTED' AND r.position IS NULL",
    [CONSULTATION],
  );
  expect(open?.n).toBeGreaterThan(0);
  await page.goto(`/panel/konsultacje/${CONSULTATION}/sprawozdanie`);
  await expect(page.getByTestId("report-due")).toContainText(`${open?.n} uwag`);
  await expect(page.getByTestId("report-due")).toContainText("jeszcze stanowiska");
  await page.getByTestId("report-due").getByRole("link", { name: "Przejdź do uwag" }).click();
  await expect(page).toHaveURL(/stanowisko=brak/);
  await expect(page.getByTestId("moderation-comment").filter({ hasText: "spotkanie odbywa się" })).toHaveCount(1);
  await page.goto(`${INBOX}/${letter?.id}`);
  await answer.getByLabel("uwzględniona", { exact: true }).check();
  await answer.getByRole("button", { name: "Zapisz odpowiedź" }).click();
  await expect(page.getByTestId("inbox-notice")).toContainText("Zapisano odpowiedź");

  // Generate the report (a job) and wait for it.
  await page.goto(`/panel/konsultacje/${CONSULTATION}/sprawozdanie`);
  // When it is due (30 days after the last day), and no comment is left without a position.
  await expect(page.getByTestId("report-due")).toContainText(/(opublikować do|minął) .* \(30 dni od zakończenia/);
  await expect(page.getByTestId("report-due")).not.toContainText("stanowiska");
  await page.getByLabel("Wynik konsultacji").fill("Projekt zmieniono zgodnie z uwzględnionymi uwagami (wersja 2).");
  await page.getByRole("button", { name: "Generuj sprawozdanie" }).click();
  const latest = page.getByTestId("report-version").first();
  await expect(latest.getByTestId("report-status")).toHaveText("gotowe do publikacji", { timeout: 90_000 });
  // Opened again (to generate once more after a late answer), the form still holds the clerk's text.
  await page.reload();
  await expect(page.getByLabel("Wynik konsultacji")).toHaveValue(/^Projekt zmieniono zgodnie/);

  const pdf = await download(page, "Pobierz PDF");
  expect(pdf.name).toBe(`sprawozdanie-${SLUG}.pdf`);
  expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const docx = await download(page, "Pobierz DOCX");
  expect(docx.name.endsWith(".docx")).toBe(true);
  expect(docx.bytes.subarray(0, 2).toString()).toBe("PK");
  const csv = await download(page, "Pobierz CSV");
  const text = csv.bytes.toString("utf8");
  expect(text.startsWith("\uFEFFLp.,")).toBe(true);
  expect(text).toContain(POSTED);
  expect(text).toContain("Sposób ogłaszania wyników określa § 7");

  await page
    .getByLabel("Osoba odpowiedzialna za treść")
    .fill("Tomasz Zieliński, dyrektor Departamentu Spraw Społecznych");
  await page.getByRole("button", { name: "Opublikuj sprawozdanie" }).click();
  await expect(page.getByText("Sprawozdanie zostało opublikowane")).toBeVisible();

  // The public report with its record, and the consultation now says so.
  await page.goto(`/konsultacje/${SLUG}`);
  await page.getByRole("link", { name: "Sprawozdanie z wyników konsultacji" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Informacja o wynikach konsultacji");
  await expect(page.getByTestId("report-table")).toContainText(POSTED);
  await expect(page.getByTestId("report-bip")).toContainText("Tomasz Zieliński, dyrektor");
  await expect(page.getByTestId("report-outcome")).toContainText("Projekt zmieniono");
  // In English the labels are the interface's, the report's content is marked Polish (WCAG 3.1.2).
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL as string }]);
  await page.reload();
  const report = page.getByTestId("report-document");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(report).not.toHaveAttribute("lang", "pl");
  await expect(report.locator("tbody")).toHaveAttribute("lang", "pl");
  await expect(page.getByTestId("report-outcome")).toHaveAttribute("lang", "pl");
  await context.clearCookies({ name: "NEXT_LOCALE" });
});

test("after publication the NGO member sees the answers and has the e-mail", async ({ page, context, baseURL }) => {
  await signInAs(context, ANNA, baseURL as string);
  await page.goto("/moje-uwagi");
  const items = page.getByTestId("my-comment");
  const byUnit = (unit: string) =>
    items.filter({ has: page.getByTestId("my-comment-unit").getByText(unit, { exact: true }) });
  await expect(byUnit("§ 4 ust. 1").getByTestId("my-comment-answer")).toContainText("częściowo uwzględniona");
  await expect(byUnit("§ 5 pkt 4").getByTestId("my-comment-answer")).toContainText("uwzględniona");

  // The e-mail goes out from a job: wait for it in the outbox.
  await expect
    .poll(
      async () =>
        (
          await sql(`SELECT 1 FROM email_messages WHERE "to" = $1 AND subject LIKE 'Opublikowano sprawozdanie%'`, [
            "biuro@zielonepodlasie.example",
          ])
        ).length,
      { timeout: 30_000 },
    )
    .toBe(1);
  await page.goto(`/dev/outbox?do=${encodeURIComponent("biuro@zielonepodlasie.example")}`);
  await page.getByTestId("outbox-row").first().getByRole("link").click();
  const link = page.frameLocator('[data-testid="outbox-message"]').locator("#report-link");
  await expect(link).toHaveAttribute("href", new RegExp(`/konsultacje/${SLUG}/sprawozdanie$`));
});

test("a comment hidden after publication is taken out of the published files, and the report says when and why", async ({
  page,
  context,
  baseURL,
}) => {
  await signInAs(context, DSS_CLERK, baseURL as string);
  await page.goto(`${INBOX}?kanal=POST`);
  const item = page.getByTestId("moderation-comment").filter({ hasText: "spotkanie odbywa się" });
  await item.locator("summary", { hasText: "Ukryj" }).click();
  await item.getByLabel("Powód ukrycia").fill("Zawiera dane osobowe osoby trzeciej");
  await item.getByRole("button", { name: "Ukryj uwagę" }).click();
  await expect(page.getByRole("status")).toHaveText("Ukryto uwagę. Publicznie widać powód ukrycia.");

  // The job writes the files again within seconds; the public report then lists the correction.
  await context.clearCookies();
  await expect
    .poll(
      async () => {
        await page.goto(`/konsultacje/${SLUG}/sprawozdanie`);
        return page.getByTestId("report-corrections").count();
      },
      { timeout: 30_000 },
    )
    .toBe(1);
  await expect(page.getByTestId("report-corrections")).toContainText("Zawiera dane osobowe osoby trzeciej");
  await expect(page.getByTestId("report-table")).not.toContainText(POSTED);
  const csv = (await download(page, "Pobierz CSV")).bytes.toString("utf8");
  expect(csv).not.toContain(POSTED);
  expect(csv).toContain("Zawiera dane osobowe osoby trzeciej");
});
