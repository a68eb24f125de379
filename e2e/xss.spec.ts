import { randomUUID } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { signInAs, sql } from "./support/db";

// Stored-XSS check on the pages that show what people typed: payloads go into every
// user-controlled field straight through SQL (as if validation had been bypassed), and
// the browser must show them as text — no dialog, no script, no javascript: link.
const PAYLOADS = {
  orgName: `<img src=x onerror="alert('org')">Fundacja XSS`,
  userName: `<script>alert('name')</script>Jan XSS`,
  body: `<svg onload=alert('body')></svg> treść`,
  proposed: `"><iframe src="javascript:alert('proposed')"></iframe>`,
  justification: `<a href="javascript:alert('justification')">kliknij</a>`,
};
const run = randomUUID().slice(0, 8);
const email = `xss-${run}@example.org`;
const orgId = `org-xss-${run}`;
let receiptNumber = "";

function watchForScripts(page: Page): string[] {
  const fired: string[] = [];
  page.on("dialog", async (dialog) => {
    fired.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on("pageerror", (error) => fired.push(`pageerror: ${error.message}`));
  return fired;
}

test.beforeAll(async () => {
  const [version] = await sql<{ id: string }>(
    "SELECT id FROM document_versions WHERE consultation_id = 'cons-program-2027' ORDER BY number DESC LIMIT 1",
  );
  const [provision] = await sql<{ id: string }>(
    "SELECT id FROM provisions WHERE version_id = $1 AND citation = '§ 7 załącznika nr 1'",
    [version?.id],
  );
  await sql(
    "INSERT INTO users (id, email, name, roles, show_name_publicly, updated_at) VALUES ($1, $2, $3, '{NGO_MEMBER}', true, now())",
    [`user-xss-${run}`, email, PAYLOADS.userName],
  );
  await sql(
    `INSERT INTO organizations (id, name, legal_form, register_kind, seat_address, contact_person, email, verification, updated_at)
     VALUES ($1, $2, 'FUNDACJA', 'NONE', 'ul. A 1', 'X', 'x@example.org', 'VERIFIED', now())`,
    [orgId, PAYLOADS.orgName],
  );
  await sql("INSERT INTO memberships (id, user_id, organization_id, updated_at) VALUES ($1, $2, $3, now())", [
    `m-xss-${run}`,
    `user-xss-${run}`,
    orgId,
  ]);
  receiptNumber = `BIA/2026/PW/9${Date.now().toString().slice(-5)}`;
  const body = {
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [
          { type: "text", text: PAYLOADS.body },
          { type: "text", text: " link", marks: [{ type: "link", attrs: { href: "javascript:alert('mark')" } }] },
        ],
      },
    ],
  };
  for (const [id, organizationId] of [
    [`comment-xss-org-${run}`, orgId],
    [`comment-xss-person-${run}`, null],
  ] as const) {
    const number = organizationId ? receiptNumber : `${receiptNumber}1`;
    await sql(
      `INSERT INTO comments (id, consultation_id, version_id, provision_id, author_id, organization_id, body, body_text,
         proposed_wording, justification, status, submitted_at, receipt_number, receipt_hash, idempotency_key, updated_at)
       VALUES ($1, 'cons-program-2027', $2, $3, $4, $5, $6, $7, $8, $9, 'SUBMITTED', now(), $10, 'x', $1, now())`,
      [
        id,
        version?.id,
        provision?.id,
        `user-xss-${run}`,
        organizationId,
        JSON.stringify(body),
        PAYLOADS.body,
        PAYLOADS.proposed,
        PAYLOADS.justification,
        number,
      ],
    );
    await sql(
      `INSERT INTO comment_revisions (id, comment_id, revision, status, body, proposed_wording, justification, receipt_number, receipt_hash)
       VALUES ($1, $2, 1, 'SUBMITTED', $3, $4, $5, $6, 'x')`,
      [`${id}-r`, id, JSON.stringify(body), PAYLOADS.proposed, PAYLOADS.justification, number],
    );
  }
});

test.afterAll(async () => {
  await sql("DELETE FROM comments WHERE id LIKE $1", [`comment-xss-%-${run}`]);
});

test("payloads in comments, names and organisations are shown as text on the consultation page", async ({ page }) => {
  const fired = watchForScripts(page);
  await page.goto("/konsultacje/program-wspolpracy-2027");
  const unit = page.locator('[data-citation="§ 7 załącznika nr 1"]');
  for (const details of await unit.getByTestId("unit-comments").all()) await details.locator("summary").click();
  const comments = unit.getByTestId("public-comment");
  await expect(comments.filter({ hasText: "Fundacja XSS" })).toContainText(PAYLOADS.orgName);
  await expect(comments.filter({ hasText: "Jan XSS" })).toContainText(PAYLOADS.userName);
  await expect(unit).toContainText(PAYLOADS.body);
  await expect(unit).toContainText(PAYLOADS.justification);
  await expect(unit.locator("img, svg[onload], iframe, script")).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  expect(fired).toEqual([]);
});

test("the same payloads stay inert on the receipt page and in My comments", async ({ page, context, baseURL }) => {
  const fired = watchForScripts(page);
  await page.goto(`/potwierdzenie/${receiptNumber}`);
  await expect(page.getByText(PAYLOADS.justification)).toBeVisible();
  await expect(page.getByText(PAYLOADS.orgName)).toBeVisible();
  await signInAs(context, email, baseURL as string);
  await page.goto("/moje-uwagi");
  await expect(page.locator("main")).toContainText("Fundacja XSS");
  await expect(page.getByTestId("current-user")).toHaveText(PAYLOADS.userName);
  await expect(page.locator("main img, main iframe, main script")).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  expect(fired).toEqual([]);
});
