import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { signInAs, sql } from "./support/db";

const DOCX = path.join(__dirname, "..", "lib", "legal-structure", "fixtures", "konsultacje-uchwala-autonumeracja.docx");
const CWOP_CLERK = "urzednik.cwop@bialystok.example";
const created: string[] = [];

/** A consultation of CWOP with no draft yet, created directly in the database. */
async function createConsultation(status: "DRAFT" | "OPEN" = "DRAFT"): Promise<string> {
  const id = `e2e-draft-${Date.now()}-${created.length}`;
  const [unit] = await sql<{ id: string }>("SELECT id FROM owner_units WHERE slug = 'cwop'");
  const [clerk] = await sql<{ id: string }>("SELECT id FROM users WHERE email = $1", [CWOP_CLERK]);
  await sql(
    `INSERT INTO consultations (id, slug, receipt_code, title, subject, purpose, act_type, owner_unit_id,
       contact_name, contact_email, status, start_date, end_date, opens_at, closes_at, created_by_id,
       published_at, updated_at)
     VALUES ($1, $1, 'E2E', 'Projekt uchwały w sprawie konsultacji (test)', 'Przedmiot', 'Cel', 'UCHWALA', $2,
       'Anna Test', 'cwop@bialystok.example', $3::"ConsultationStatus", current_date - 1, current_date + 10,
       now() - interval '1 day', now() + interval '10 days', $4,
       CASE WHEN $5 THEN NULL ELSE now() - interval '2 days' END, now())`,
    [id, unit?.id, status, clerk?.id, status === "DRAFT"],
  );
  created.push(id);
  return id;
}

test.afterAll(async () => {
  if (created.length) await sql("DELETE FROM consultations WHERE id = ANY($1)", [created]);
});

async function openDraftPage(page: Page, id: string) {
  await page.goto(`/panel/konsultacje/${id}/projekt`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Projekt uchwały w sprawie konsultacji (test)");
}

async function loadFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel("Plik DOCX z projektem").setInputFiles(file);
  await page.getByRole("button", { name: "Wczytaj plik" }).click();
}

test("a CWOP clerk imports a Word draft, sees its units down to letters and saves it", async ({
  page,
  context,
  baseURL,
}) => {
  const id = await createConsultation();
  await signInAs(context, CWOP_CLERK, baseURL as string);
  await openDraftPage(page, id);
  await loadFile(page, DOCX);
  await expect(page.getByTestId("docx-imported")).toContainText("konsultacje-uchwala-autonumeracja.docx");
  const tree = page.getByTestId("unit-tree");
  await expect(tree.locator('[data-citation="§ 3 ust. 2 pkt 5 lit. b"]')).toContainText("§ 3 ust. 2 pkt 5 lit. b");
  await expect(page.getByRole("textbox", { name: "Tekst projektu" })).toHaveValue(
    /\n1\. Informację o konsultacjach zamieszcza się:\n/,
  );
  await page.getByRole("button", { name: "Zapisz projekt" }).click();
  await expect(page.getByTestId("draft-saved")).toHaveText("Zapisano projekt (wersja 1).");
  await expect(page.getByTestId("draft-versions")).toContainText("z pliku konsultacje-uchwala-autonumeracja.docx");
  const [version] = await sql<{ source: string; source_file_name: string; units: string }>(
    `SELECT v.source, v.source_file_name, (SELECT count(*) FROM provisions p WHERE p.version_id = v.id) AS units
       FROM document_versions v WHERE v.consultation_id = $1`,
    [id],
  );
  expect(version).toMatchObject({ source: "DOCX", source_file_name: "konsultacje-uchwala-autonumeracja.docx" });
  expect(Number(version?.units)).toBeGreaterThan(20);
});

test("a numbering gap in pasted text is shown as a warning, fixed in the text and gone after re-parsing", async ({
  page,
  context,
  baseURL,
}) => {
  const id = await createConsultation();
  await signInAs(context, CWOP_CLERK, baseURL as string);
  await openDraftPage(page, id);
  const text = page.getByRole("textbox", { name: "Tekst projektu" });
  await text.fill("§ 1. Uchwała określa zasady.\n§ 3. Uchwała wchodzi w życie po upływie 14 dni.");
  await page.getByRole("button", { name: "Podziel na jednostki" }).click();
  const warnings = page.getByTestId("draft-warnings");
  await expect(warnings.locator('[data-code="numbering_gap"]')).toHaveText(
    "Uwaga: Wiersz 2, § 3: luka w numeracji – brakuje jednostki o wcześniejszym numerze.",
  );
  await text.fill("§ 1. Uchwała określa zasady.\n§ 2. Uchwała wchodzi w życie po upływie 14 dni.");
  await page.getByRole("button", { name: "Podziel na jednostki" }).click();
  await expect(warnings).toContainText("Nie ma uwag do podziału tekstu.");
  await expect(page.getByTestId("unit-tree").locator("[data-citation]")).toHaveCount(2);

  // The same text through the editor, loaded only now: a unit edited there comes back as text.
  await page.getByRole("button", { name: "Edytuj w edytorze" }).click();
  const editor = page.getByTestId("draft-editor");
  await expect(editor.locator('[data-unit-key="par2"]')).toContainText("§ 2. Uchwała wchodzi w życie");
  await editor.locator('[data-unit-key="par2"]').click();
  // Keys only once the editor has the caret (on a loaded machine a key pressed earlier was lost once).
  await expect(editor).toBeFocused();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("§ 3. Uchwała podlega ogłoszeniu.");
  await expect(editor).toContainText("§ 3. Uchwała podlega ogłoszeniu.");
  await page.getByRole("button", { name: "Zastosuj zmiany z edytora" }).click();
  await expect(text).toHaveValue(/\n§ 3\. Uchwała podlega ogłoszeniu\./);
  await expect(page.getByTestId("unit-tree").locator("[data-citation]")).toHaveCount(3);
  await page.getByRole("button", { name: "Zapisz projekt" }).click();
  await expect(page.getByTestId("draft-saved")).toHaveText("Zapisano projekt (wersja 1).");
  const [version] = await sql<{ source: string }>("SELECT source FROM document_versions WHERE consultation_id = $1", [
    id,
  ]);
  expect(version?.source).toBe("EDITOR");
});

test("bad files and text without units get Polish messages and the typed text stays", async ({
  page,
  context,
  baseURL,
}) => {
  const id = await createConsultation();
  await signInAs(context, CWOP_CLERK, baseURL as string);
  await openDraftPage(page, id);
  const text = page.getByRole("textbox", { name: "Tekst projektu" });
  await text.fill("Tekst wpisany przez urzędnika, bez żadnych oznaczeń jednostek.");
  const summary = page.getByTestId("error-summary");

  await loadFile(page, {
    name: "projekt.docx",
    mimeType: "application/octet-stream",
    buffer: Buffer.from("§ 1. Tekst."),
  });
  await expect(summary).toContainText("Ten plik nie jest dokumentem Word w formacie DOCX");
  // The chosen file stays selected, so the clerk can see which one was refused.
  expect(await page.getByLabel("Plik DOCX z projektem").evaluate((el: HTMLInputElement) => el.files?.length)).toBe(1);

  await loadFile(page, { name: "pusty.docx", mimeType: "application/octet-stream", buffer: Buffer.alloc(0) });
  await expect(summary).toContainText("Plik jest pusty");

  const corrupt = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
  await loadFile(page, { name: "uszkodzony.docx", mimeType: "application/octet-stream", buffer: corrupt });
  await expect(summary).toContainText("Plik DOCX jest uszkodzony");

  const ole = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  Buffer.from("EncryptedPackage", "utf16le").copy(ole, 1024);
  await loadFile(page, { name: "z-haslem.docx", mimeType: "application/octet-stream", buffer: ole });
  await expect(summary).toContainText("Plik jest zabezpieczony hasłem");

  await expect(text).toHaveValue("Tekst wpisany przez urzędnika, bez żadnych oznaczeń jednostek.");
  await page.getByRole("button", { name: "Zapisz projekt" }).click();
  await expect(summary).toContainText("Nie rozpoznano w tekście żadnej jednostki redakcyjnej");
  await expect(text).toHaveValue("Tekst wpisany przez urzędnika, bez żadnych oznaczeń jednostek.");
  expect(await sql("SELECT id FROM document_versions WHERE consultation_id = $1", [id])).toEqual([]);
});

test("during the consultation a new version needs a public reason and is published when saved", async ({
  page,
  context,
  baseURL,
}) => {
  const id = await createConsultation("OPEN");
  await sql(
    "INSERT INTO document_versions (id, consultation_id, number, source, source_text) VALUES ($1, $2, 1, 'TEXT', $3)",
    [`${id}-v1`, id, "§ 1. Pierwszy.\n§ 2. Drugi."],
  );
  await signInAs(context, CWOP_CLERK, baseURL as string);
  await openDraftPage(page, id);
  await page.getByRole("button", { name: "Nowa wersja" }).click();
  await page.getByRole("textbox", { name: "Tekst projektu" }).fill("§ 1. Pierwszy poprawiony.\n§ 2. Drugi.");
  await page.getByRole("button", { name: "Zapisz i opublikuj nową wersję" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Podaj przyczynę zmiany");
  await page.getByLabel("Przyczyna zmiany (widoczna publicznie)").fill("Poprawiono omyłkę w § 1.");
  await page.getByRole("button", { name: "Zapisz i opublikuj nową wersję" }).click();
  await expect(page.getByTestId("draft-saved")).toHaveText("Opublikowano wersję 2 projektu.");
  await expect(page.getByTestId("draft-versions")).toContainText("Przyczyna zmiany: Poprawiono omyłkę w § 1.");
  const rows = await sql<{ number: number; published: boolean }>(
    "SELECT number, published_at IS NOT NULL AS published FROM document_versions WHERE consultation_id = $1 ORDER BY number",
    [id],
  );
  expect(rows).toEqual([
    { number: 1, published: false },
    { number: 2, published: true },
  ]);

  // Attachments may still be added, not deleted, and the public page links them.
  await page.getByLabel("Plik załącznika").setInputFiles({
    name: "Formularz konsultacyjny.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n%%EOF\n"),
  });
  await page.getByRole("button", { name: "Dodaj załącznik" }).click();
  await expect(
    page.getByTestId("attachments").getByRole("link", { name: "Formularz konsultacyjny.pdf" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: /Usuń załącznik/ })).toHaveCount(0);
  await page.goto(`/konsultacje/${id}`);
  await expect(
    page.getByTestId("attachments").getByRole("link", { name: "Formularz konsultacyjny.pdf" }),
  ).toBeVisible();
});

test("a clerk of another department is refused a CWOP consultation's draft and its uploads", async ({
  page,
  context,
  baseURL,
}) => {
  const id = await createConsultation();
  await signInAs(context, "urzednik.dss@bialystok.example", baseURL as string);
  await page.goto(`/panel/konsultacje/${id}/projekt`);
  await expect(page.getByTestId("forbidden")).toContainText("Brak dostępu do projektu");
  await expect(page.getByRole("textbox", { name: "Tekst projektu" })).toHaveCount(0);
  const upload = await page.request.post(`/api/konsultacje/${id}/zalaczniki`, {
    multipart: { file: { name: "skan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") } },
  });
  expect(upload.status()).toBe(403);
});

test("an attachment keeps its original name on download; other files and oversized uploads are refused", async ({
  page,
  context,
  baseURL,
}) => {
  const id = await createConsultation();
  await signInAs(context, CWOP_CLERK, baseURL as string);
  await openDraftPage(page, id);
  const name = "Skan podpisany – zarządzenie nr 12 (łączny).pdf";
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
  const input = page.getByLabel("Plik załącznika");

  await input.setInputFiles({ name: "lista.pdf", mimeType: "application/pdf", buffer: Buffer.from("to nie PDF") });
  await page.getByRole("button", { name: "Dodaj załącznik" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Dozwolone są tylko pliki PDF, DOCX i ODT");

  await input.setInputFiles({ name, mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("button", { name: "Dodaj załącznik" }).click();
  await expect(page.getByTestId("attachment-uploaded")).toContainText(name);
  const link = page.getByTestId("attachments").getByRole("link", { name });
  const href = (await link.getAttribute("href")) as string;
  const download = page.waitForEvent("download");
  await link.click();
  expect((await download).suggestedFilename()).toBe(name);

  const response = await page.request.get(href);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["content-disposition"]).toContain(
    `filename*=UTF-8''${encodeURIComponent(name).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
  );
  expect(Buffer.from(await response.body())).toEqual(pdf);

  const big = await page.request.post(`/api/konsultacje/${id}/zalaczniki`, {
    multipart: { file: { name: "duzy.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(50 * 1024 * 1024) } },
  });
  expect(big.status()).toBe(413);
  expect((await big.json()).message).toBe("Plik jest za duży – załącznik może mieć najwyżej 20 MB.");
});
