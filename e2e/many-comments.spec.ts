import { expect, test } from "@playwright/test";
import { sql } from "./support/db";

// Past 200 public comments on a version, the reading page shows each unit's count and links to
// the unit's own paged list. A copy of the open seeded consultation, its newest version and its
// units, with 230 comments (205 on § 1, 25 on the whole draft), removed afterwards.

const SOURCE = "cons-program-2027";
const ID = "cons-many-comments";
const SLUG = "wiele-uwag";

test.beforeAll(async () => {
  await sql(
    `INSERT INTO consultations
     SELECT (jsonb_populate_record(NULL::consultations, to_jsonb(c) || jsonb_build_object(
       'id', $1::text, 'slug', $2::text, 'receipts_issued', 0))).*
     FROM consultations c WHERE c.id = $3`,
    [ID, SLUG, SOURCE],
  );
  await sql(
    `INSERT INTO document_versions
     SELECT (jsonb_populate_record(NULL::document_versions, to_jsonb(v) || jsonb_build_object(
       'id', $1 || '-v', 'consultation_id', $1::text))).*
     FROM document_versions v WHERE v.consultation_id = $2
     ORDER BY v.number DESC LIMIT 1`,
    [ID, SOURCE],
  );
  // Units keep their keys and anchors; their ids and parents are mapped to the copy's.
  await sql(
    `INSERT INTO provisions
     SELECT (jsonb_populate_record(NULL::provisions, to_jsonb(p) || jsonb_build_object(
       'id', $1 || '-' || p.id, 'version_id', $1 || '-v',
       'parent_id', CASE WHEN p.parent_id IS NULL THEN NULL ELSE $1 || '-' || p.parent_id END))).*
     FROM provisions p WHERE p.version_id = (
       SELECT id FROM document_versions WHERE consultation_id = $2 ORDER BY number DESC LIMIT 1)
     ORDER BY p.parent_id NULLS FIRST, p."order"`,
    [ID, SOURCE],
  );
  await sql(
    `INSERT INTO comments (id, consultation_id, version_id, provision_id, author_id, body, body_text,
       status, submitted_at, receipt_number, receipt_hash, idempotency_key, updated_at)
     SELECT $1 || '-c' || n, $1, $1 || '-v',
       CASE WHEN n <= 205 THEN (SELECT id FROM provisions WHERE version_id = $1 || '-v' AND anchor = 'par-1') END,
       'user-resident',
       jsonb_build_object('type', 'doc', 'content', jsonb_build_array(jsonb_build_object('type', 'paragraph',
         'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', 'Uwaga numer ' || n))))),
       'Uwaga numer ' || n, 'SUBMITTED', now() - interval '1 hour' + n * interval '1 second',
       'WIELE/' || n, 'x', $1 || '-k' || n, now()
     FROM generate_series(1, 230) AS n`,
    [ID],
  );
});

test.afterAll(async () => {
  await sql("DELETE FROM comments WHERE consultation_id = $1", [ID]);
  await sql("DELETE FROM consultations WHERE id = $1", [ID]);
});

test("with many comments each unit links to its own paged list instead of listing them", async ({ page }) => {
  await page.goto(`/konsultacje/${SLUG}`);
  await expect(page.getByTestId("public-comment")).toHaveCount(0);
  const unit = page.locator('[id="par-1"]');
  const link = unit.getByRole("link", { name: "205 uwag — zobacz (uwagi do: § 1)" });
  await expect(link).toBeVisible();
  await expect(page.getByRole("link", { name: /^Uwagi do całego projektu: 25 — zobacz/ })).toBeVisible();

  await link.click();
  await expect(page).toHaveURL(new RegExp(`/konsultacje/${SLUG}/uwagi\\?jednostka=par-1$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uwagi do: § 1");
  await expect(page.getByTestId("unit-comments-total")).toHaveText("205 uwag");
  const comments = page.getByTestId("public-comment");
  await expect(comments).toHaveCount(50);
  await expect(comments.first()).toContainText("Uwaga numer 1");

  // Oldest first, 50 a page: the fifth page has the last five.
  await page.goto(`/konsultacje/${SLUG}/uwagi?jednostka=par-1&strona=5`);
  await expect(comments).toHaveCount(5);
  await expect(comments.last()).toContainText("Uwaga numer 205");
  await expect(page.getByText("Strona 5 z 5")).toBeVisible();
  await page.getByRole("link", { name: /Poprzednia/ }).click();
  await expect(page).toHaveURL(/strona=4$/);
  await expect(comments.first()).toContainText("Uwaga numer 151");

  await page.goto(`/konsultacje/${SLUG}/uwagi?jednostka=caly-projekt`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uwagi do całego projektu");
  await expect(comments).toHaveCount(25);
  // A version that does not exist is not found.
  expect((await page.goto(`/konsultacje/${SLUG}/uwagi?jednostka=par-1&wersja=99`))?.status()).toBe(404);
});
