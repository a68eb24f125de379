import { expect, type Locator, type Page, test } from "@playwright/test";
import { signInAs, sql } from "./support/db";

const SLUG = "program-wspolpracy-2027";
const PAGE = `/konsultacje/${SLUG}`;
const ANNA = "anna@zielonepodlasie.example";
const LIT_B = "§ 2 ust. 2 pkt 4 lit. b załącznika nr 1";
const SEEDED = ["comment-open-1", "comment-open-2"];
const RECEIPT = /^BIA\/\d{4}\/PW\/\d{6}$/;

// Other specs count the demo comments: leave only the seeded ones behind.
test.afterAll(async () => {
  await sql("DELETE FROM comments WHERE consultation_id = 'cons-program-2027' AND NOT (id = ANY($1))", [SEEDED]);
});

function unit(page: Page, citation: string): Locator {
  return page.locator(`[data-citation="${citation}"]`);
}

/** Opens a panel with its button (again if the click came before the page was interactive). */
async function open(button: Locator) {
  await expect(async () => {
    if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true", { timeout: 1_000 });
  }).toPass();
}

/** Presses Tab until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string, limit = 400) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function receiptFromOutbox(page: Page, number: string) {
  await page.goto(`/dev/outbox?do=${encodeURIComponent(ANNA)}`);
  const row = page.getByTestId("outbox-row").filter({ hasText: number }).first();
  await row.getByRole("link").click();
  return page.frameLocator('[data-testid="outbox-message"]');
}

test("an NGO member comments on a unit with a proposed wording, gets and checks the receipt, edits it", async ({
  page,
  context,
  baseURL,
}) => {
  await signInAs(context, ANNA, baseURL as string);
  await page.goto(PAGE);
  const target = unit(page, LIT_B);
  await open(target.getByRole("button", { name: `Zgłoś uwagę do: ${LIT_B}` }));
  const panel = target.getByTestId("comment-panel");
  await expect(panel.getByRole("heading", { name: `Uwaga do: ${LIT_B}` })).toBeFocused();
  const current = (await panel.getByTestId("current-wording").textContent()) ?? "";
  expect(current.length).toBeGreaterThan(5);

  await panel.getByTestId("comment-editor").click();
  await page.keyboard.type("Proponujemy dopisać organizacje młodzieżowe.");
  const proposed = panel.getByLabel("Proponowane brzmienie");
  await expect(proposed).toHaveValue(current);
  await proposed.fill(`${current.replace(/,\s*$/, "")} oraz organizacjami młodzieżowymi,`);
  const diff = panel.getByTestId("live-diff");
  await expect(diff.locator("ins")).toContainText("organizacjami młodzieżowymi");
  await expect(diff.locator("ins").first()).toContainText("dopisano:");
  await panel.getByLabel(/^Uzasadnienie/).fill("Młodzież działa w wielu organizacjach.");
  await panel.getByLabel("w imieniu: Stowarzyszenie Zielone Podlasie").check();
  await panel.getByRole("button", { name: "Złóż uwagę" }).dblclick();

  const receipt = panel.getByTestId("comment-receipt");
  await expect(receipt).toContainText("Uwaga została złożona");
  const number = (await receipt.getByTestId("receipt-number").textContent()) ?? "";
  const hash = (await receipt.getByTestId("receipt-hash").textContent()) ?? "";
  expect(number).toMatch(RECEIPT);
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  // The double click made one comment.
  const rows = await sql("SELECT id FROM comments WHERE receipt_number = $1", [number]);
  expect(rows).toHaveLength(1);
  const [submitted] = await sql<{ count: string }>(
    "SELECT count(*) FROM comments WHERE consultation_id = 'cons-program-2027' AND status = 'SUBMITTED' AND body_text = $1",
    ["Proponujemy dopisać organizacje młodzieżowe."],
  );
  expect(submitted?.count).toBe("1");

  await receipt.getByRole("link", { name: "Sprawdź potwierdzenie" }).click();
  await expect(page.getByTestId("receipt-verdict")).toHaveAttribute("data-intact", "true");
  await expect(page.getByTestId("receipt-number")).toHaveText(number);
  await expect(page.getByTestId("receipt-hash")).toHaveText(hash);

  const mail = await receiptFromOutbox(page, number);
  await expect(mail.locator("#receipt-number")).toContainText(number);
  await expect(mail.locator("#receipt-hash")).toContainText(hash);
  await expect(mail.locator("#receipt-link")).toHaveAttribute("href", new RegExp(`/potwierdzenie/${number}$`));

  // Public under the organisation's name; the author may edit it.
  await page.goto(PAGE);
  const comments = unit(page, LIT_B).getByTestId("unit-comments");
  await comments.locator("summary").click();
  const mine = comments.getByTestId("public-comment").filter({ hasText: "organizacje młodzieżowe" });
  await expect(mine).toContainText("Zgłaszający: Stowarzyszenie Zielone Podlasie");
  await expect(mine.locator("ins")).toContainText("organizacjami młodzieżowymi");
  await open(mine.getByRole("button", { name: `Edytuj uwagę ${number}` }));
  const edit = mine.getByTestId("comment-panel");
  await edit.getByTestId("comment-editor").click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Proponujemy dopisać organizacje młodzieżowe i studenckie.");
  await edit.getByRole("button", { name: "Zapisz zmianę uwagi" }).click();
  const renewed = edit.getByTestId("comment-receipt");
  await expect(renewed).toContainText("Zmiana uwagi została zapisana");
  const newNumber = (await renewed.getByTestId("receipt-number").textContent()) ?? "";
  expect(newNumber).toMatch(RECEIPT);
  expect(newNumber).not.toBe(number);
  await page.goto(`/potwierdzenie/${number}`);
  await expect(page.getByTestId("receipt-verdict")).toContainText("wcześniejszej wersji");
});

test("a reload in the middle of typing keeps the text, on this device and on another", async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  await signInAs(context, ANNA, baseURL as string);
  await page.goto(PAGE);
  const citation = "§ 7 załącznika nr 1";
  const button = unit(page, citation).getByRole("button", { name: `Zgłoś uwagę do: ${citation}` });
  await open(button);
  await unit(page, citation).getByTestId("comment-editor").click();
  await page.keyboard.type("Tekst, który nie może zginąć");
  await unit(page, citation)
    .getByLabel(/^Uzasadnienie/)
    .fill("Bo tak");
  await expect(unit(page, citation).getByTestId("autosave-status")).toContainText("Zapisano szkic");

  await page.reload();
  await open(unit(page, citation).getByRole("button", { name: `Zgłoś uwagę do: ${citation}` }));
  await expect(unit(page, citation).getByTestId("comment-editor")).toHaveText("Tekst, który nie może zginąć");
  await expect(unit(page, citation).getByLabel(/^Uzasadnienie/)).toHaveValue("Bo tak");

  // Another device (no local copy) gets the server draft.
  const other = await browser.newContext();
  await signInAs(other, ANNA, baseURL as string);
  const second = await other.newPage();
  await second.goto(PAGE);
  await open(unit(second, citation).getByRole("button", { name: `Zgłoś uwagę do: ${citation}` }));
  await expect(unit(second, citation).getByTestId("comment-editor")).toHaveText("Tekst, który nie może zginąć");
  await other.close();
});

test("with an expired session the text stays; after signing in again the panel reopens and submits", async ({
  page,
  context,
  baseURL,
}) => {
  await signInAs(context, ANNA, baseURL as string);
  await page.goto(PAGE);
  const citation = "§ 1 załącznika nr 1";
  await open(unit(page, citation).getByRole("button", { name: `Zgłoś uwagę do: ${citation}` }));
  const panel = unit(page, citation).getByTestId("comment-panel");
  await panel.getByTestId("comment-editor").click();
  await page.keyboard.type("Uwaga pisana długo");
  await panel.getByLabel(/^Uzasadnienie/).fill("Uzasadnienie pisane długo");
  await context.clearCookies();
  await panel.getByRole("button", { name: "Złóż uwagę" }).click();
  await expect(panel.getByTestId("comment-problem")).toContainText("sesja wygasła");
  const href = (await panel.getByRole("link", { name: "Zaloguj się ponownie" }).getAttribute("href")) ?? "";
  const back = new URL(href, baseURL).searchParams.get("callbackUrl") ?? "";
  expect(back).toContain(`${PAGE}?uwaga=`);

  // The magic link brings the person back to the callback address.
  await signInAs(context, ANNA, baseURL as string);
  await page.goto(back);
  const reopened = unit(page, citation).getByTestId("comment-panel");
  await expect(reopened.getByTestId("comment-editor")).toHaveText("Uwaga pisana długo");
  await expect(reopened.getByLabel(/^Uzasadnienie/)).toHaveValue("Uzasadnienie pisane długo");
  await reopened.getByRole("button", { name: "Złóż uwagę" }).click();
  await expect(reopened.getByTestId("comment-receipt")).toContainText("Uwaga została złożona");
});

test("the whole flow works with the keyboard only: open, Escape, write, submit, withdraw", async ({
  page,
  context,
  baseURL,
}) => {
  await signInAs(context, ANNA, baseURL as string);
  await page.goto(PAGE);
  await expect(page.getByRole("button", { name: "Uwaga do całego projektu" })).toBeVisible();
  const whole = '[data-testid="comment-open"][aria-label="Uwaga do całego projektu"]';
  await tabTo(page, whole);
  await page.keyboard.press("Enter");
  const panel = page.getByTestId("comment-panel");
  await expect(panel.getByRole("heading", { name: "Uwaga do całego projektu" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(page.locator(whole)).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(panel.getByRole("heading", { name: "Uwaga do całego projektu" })).toBeFocused();
  await tabTo(page, '[data-testid="comment-editor"]');
  await page.keyboard.type("Uwaga z klawiatury do całości.");
  await tabTo(page, 'textarea[id$="-justification"]');
  await page.keyboard.type("Tak jest czytelniej.");
  await tabTo(page, 'input[type="radio"]');
  await expect(page.locator('input[type="radio"]:focus')).toBeChecked();
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press("Enter");
  const receipt = panel.getByTestId("comment-receipt");
  await expect(receipt).toBeFocused();
  const number = (await receipt.getByTestId("receipt-number").textContent()) ?? "";
  expect(number).toMatch(RECEIPT);

  // Withdraw it, still by keyboard, from the list of comments on the whole draft.
  await page.reload();
  await tabTo(page, `#caly-projekt summary`);
  await page.keyboard.press("Enter");
  await tabTo(page, `button[aria-label="Wycofaj uwagę ${number}"]`);
  await page.keyboard.press("Enter");
  await tabTo(page, "button.bg-danger");
  await expect(page.locator(":focus")).toHaveText("Tak, wycofaj uwagę");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("comment-receipt")).toContainText("Uwaga została wycofana");
  const [row] = await sql<{ status: string }>("SELECT status FROM comments WHERE body_text = $1", [
    "Uwaga z klawiatury do całości.",
  ]);
  expect(row?.status).toBe("WITHDRAWN");
  await page.reload();
  await expect(page.locator("#caly-projekt")).not.toContainText("Uwaga z klawiatury do całości.");
});

test("a member of an unverified organisation is told why and cannot comment on its behalf", async ({
  page,
  context,
  baseURL,
}) => {
  await signInAs(context, "ola@nowainicjatywa.example", baseURL as string);
  await page.goto(PAGE);
  await open(unit(page, LIT_B).getByRole("button", { name: `Zgłoś uwagę do: ${LIT_B}` }));
  const notice = unit(page, LIT_B).getByTestId("comment-notice");
  await expect(notice).toContainText("Nie możesz jeszcze zgłosić uwagi");
  await expect(notice).toContainText("weryfikacja trwa");
  await expect(notice.getByRole("link", { name: "Przejdź do strony organizacji" })).toHaveAttribute(
    "href",
    "/organizacje",
  );
  await expect(page.getByTestId("comment-editor")).toHaveCount(0);
});

test("an anonymous visitor is asked to sign in and sent back to the same unit", async ({ page }) => {
  await page.goto(PAGE);
  await open(unit(page, LIT_B).getByRole("button", { name: `Zgłoś uwagę do: ${LIT_B}` }));
  const link = unit(page, LIT_B).getByTestId("comment-sign-in");
  const href = (await link.getAttribute("href")) ?? "";
  expect(decodeURIComponent(href)).toContain(`callbackUrl=${PAGE}?uwaga=`);
  await expect(page.getByTestId("comment-editor")).toHaveCount(0);
  // Asking for the link, then for it again (it was late): the way back to the unit is kept.
  await link.click();
  await page.getByLabel("Adres e-mail").fill(`spozniony-${Date.now()}@example.org`);
  await page.getByRole("button", { name: "Wyślij link" }).click();
  await page.getByRole("link", { name: "Wyślij link ponownie" }).click();
  await expect(page).toHaveURL(/\/logowanie\?callbackUrl=/);
  expect(decodeURIComponent(new URL(page.url()).searchParams.get("callbackUrl") ?? "")).toContain(`${PAGE}?uwaga=`);
});

test("two members edit the same comment: the later save is refused, shows the current text and lets the member start from it", async ({
  browser,
  baseURL,
}) => {
  const [annaContext, marekContext] = [await browser.newContext(), await browser.newContext()];
  await signInAs(annaContext, ANNA, baseURL as string);
  await signInAs(marekContext, "marek@zielonepodlasie.example", baseURL as string);
  const [anna, marek] = [await annaContext.newPage(), await marekContext.newPage()];
  await anna.goto(PAGE);
  const target = unit(anna, "§ 2");
  await open(target.getByRole("button", { name: "Zgłoś uwagę do: § 2" }));
  const panel = target.getByTestId("comment-panel");
  await panel.getByTestId("comment-editor").click();
  await anna.keyboard.type("Wersja pierwsza uwagi.");
  await panel.getByLabel(/^Uzasadnienie/).fill("Wykonanie powinno być określone dokładniej.");
  await panel.getByLabel("w imieniu: Stowarzyszenie Zielone Podlasie").check();
  await panel.getByRole("button", { name: "Złóż uwagę" }).click();
  const number = (await panel.getByTestId("comment-receipt").getByTestId("receipt-number").textContent()) ?? "";
  expect(number).toMatch(RECEIPT);

  // Both open the edit of the same version.
  const openEdit = async (page: Page) => {
    await page.goto(PAGE);
    const comments = unit(page, "§ 2").getByTestId("unit-comments");
    await comments.locator("summary").click();
    const comment = comments.getByTestId("public-comment").filter({ hasText: "Wersja pierwsza uwagi." });
    await open(comment.getByRole("button", { name: `Edytuj uwagę ${number}` }));
    await page.getByTestId("comment-panel").getByTestId("comment-editor").click();
    await page.keyboard.press("ControlOrMeta+a");
  };
  await openEdit(anna);
  await openEdit(marek);
  await marek.keyboard.type("Wersja Marka.");
  await marek.getByRole("button", { name: "Zapisz zmianę uwagi" }).click();
  await expect(marek.getByTestId("comment-receipt")).toContainText("Zmiana uwagi została zapisana");

  await anna.keyboard.type("Wersja Anny.");
  const annaPanel = anna.getByTestId("comment-panel");
  await annaPanel.getByRole("button", { name: "Zapisz zmianę uwagi" }).click();
  await expect(annaPanel.getByTestId("error-summary")).toContainText("została w międzyczasie zmieniona");
  await expect(annaPanel.getByTestId("comment-changed-current")).toHaveText("Wersja Marka.");
  await expect(annaPanel.getByTestId("comment-editor")).toContainText("Wersja Anny.");
  await annaPanel.getByRole("button", { name: "Zacznij od obecnej treści" }).click();
  await expect(annaPanel.getByTestId("comment-changed")).toHaveCount(0);
  await expect(annaPanel.getByTestId("comment-editor")).toHaveText("Wersja Marka.");
  await annaPanel.getByTestId("comment-editor").click();
  await anna.keyboard.press("ControlOrMeta+End");
  await anna.keyboard.type(" Dopisek Anny.");
  await annaPanel.getByRole("button", { name: "Zapisz zmianę uwagi" }).click();
  await expect(annaPanel.getByTestId("comment-receipt")).toContainText("Zmiana uwagi została zapisana");
  const [stored] = await sql<{ body_text: string; revision: number }>(
    "SELECT body_text, revision FROM comments WHERE id = (SELECT comment_id FROM comment_revisions WHERE receipt_number = $1)",
    [number],
  );
  expect(stored).toEqual({ body_text: "Wersja Marka. Dopisek Anny.", revision: 3 });
  await annaContext.close();
  await marekContext.close();
});

test("a proposed wording over the limit is refused before sending, at its own field, with the text kept", async ({
  page,
  context,
  baseURL,
}) => {
  await signInAs(context, ANNA, baseURL as string);
  await page.goto(PAGE);
  const target = unit(page, "§ 3");
  await open(target.getByRole("button", { name: "Zgłoś uwagę do: § 3" }));
  const panel = target.getByTestId("comment-panel");
  await panel.getByTestId("comment-editor").click();
  await page.keyboard.type("Za długie brzmienie.");
  const long = "słowo ".repeat(3_400);
  await panel.getByLabel("Proponowane brzmienie").fill(long);
  await panel.getByLabel(/^Uzasadnienie/).fill("Uzasadnienie.");
  await panel.getByRole("button", { name: "Złóż uwagę" }).click();
  const summary = panel.getByTestId("error-summary");
  await expect(summary).toContainText("najwyżej 20 000 znaków");
  await summary.getByRole("link", { name: /najwyżej 20 000 znaków/ }).click();
  await expect(panel.getByLabel("Proponowane brzmienie")).toBeFocused();
  await expect(panel.getByLabel("Proponowane brzmienie")).toHaveAttribute("aria-invalid", "true");
  await expect(panel.getByLabel("Proponowane brzmienie")).toHaveValue(long);
  await expect(panel.getByTestId("comment-receipt")).toHaveCount(0);
});

test("after a correction during the consultation, a comment on the earlier version is changed there, reached from My comments", async ({
  page,
  context,
  baseURL,
}) => {
  // Version 2 of the open consultation (a correction), removed again afterwards for the other specs.
  await sql(
    `INSERT INTO document_versions (id, consultation_id, number, reason, source, source_text, published_at, created_at)
     SELECT 'e2e-v2', consultation_id, 2, 'Korekta', source, source_text, now(), now()
     FROM document_versions WHERE id = 'cons-program-2027-v1'`,
  );
  await sql(
    `INSERT INTO provisions (id, version_id, key, anchor, kind, label, marker, citation, text, "order", depth, parent_id)
     SELECT 'e2e-v2-' || id, 'e2e-v2', key, anchor, kind, label, marker, citation, text, "order", depth,
            CASE WHEN parent_id IS NULL THEN NULL ELSE 'e2e-v2-' || parent_id END
     FROM provisions WHERE version_id = 'cons-program-2027-v1'`,
  );
  try {
    await signInAs(context, ANNA, baseURL as string);
    await page.goto("/moje-uwagi");
    const item = page.getByTestId("my-comment").filter({ hasText: "uczelniami i biznesem" });
    await item.getByTestId("my-comment-open").click();
    await expect(page).toHaveURL(/\?wersja=1#/);
    // No new comments on the earlier version…
    await expect(page.getByRole("button", { name: /^Zgłoś uwagę do:/ })).toHaveCount(0);
    // …but the organisation's comment made on it can still be changed or withdrawn.
    const comments = unit(page, LIT_B).getByTestId("unit-comments");
    await comments.locator("summary").click();
    const mine = comments.getByTestId("public-comment").filter({ hasText: "uczelniami i biznesem" });
    await expect(mine.getByRole("button", { name: /^Edytuj uwagę BIA\// })).toBeVisible();
    await expect(mine.getByRole("button", { name: /^Wycofaj uwagę BIA\// })).toBeVisible();
    // The newest version takes new comments.
    await page.goto(PAGE);
    await expect(page.getByRole("button", { name: `Zgłoś uwagę do: ${LIT_B}` })).toBeVisible();
  } finally {
    await sql("DELETE FROM document_versions WHERE id = 'e2e-v2'");
  }
});
