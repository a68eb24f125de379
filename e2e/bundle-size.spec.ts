import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { signInAs } from "./support/db";

// First-load JavaScript of the read-only public pages, from the production build as the
// browser loads it: every script, gzipped, summed. The comment editor (Tiptap/ProseMirror)
// must not be among them: it loads only when someone opens the comment panel.
//
// Budget: issue #7 asks for 120 kB. The framework alone — React DOM (70 kB), the Next.js
// runtime and Turbopack's (59 kB) — is 129 kB gzipped before any code of ours (a webpack
// build measured the same), so the pages measure 136–139 kB (README, Quality): next/link,
// the error boundary and, on a reading page, the comment buttons. This budget stops growth.
const LIMIT_BYTES = 140 * 1024;
/** Strings of ProseMirror's view that survive minification. */
const EDITOR_CODE = /ProseMirror-selectednode|ProseMirror-hideselection/;
/** Error codes of next-intl's client runtime (use-intl), which survive minification. */
const I18N_RUNTIME = /ENVIRONMENT_FALLBACK|INSUFFICIENT_PATH/;
/** A message catalogue in the page's React payload (NextIntlClientProvider's messages). */
const CATALOGUE = /\\?"messages\\?":\{/;
const PAGES = [
  "/",
  "/konsultacje/program-wspolpracy-2027",
  "/konsultacje/sposob-konsultowania-aktow-prawa-miejscowego",
  "/konsultacje/sposob-konsultowania-aktow-prawa-miejscowego/wersje",
  "/potwierdzenie",
  "/o-centrum",
  "/deklaracja-dostepnosci",
  "/organizacje",
];

for (const path of PAGES) {
  test(`first-load JavaScript of ${path} stays within the JavaScript budget and has no editor code`, async ({
    page,
  }) => {
    const bodies: Promise<{ url: string; body: Buffer }>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      bodies.push(response.body().then((body) => ({ url: response.url(), body })));
    });
    const html = await (await page.goto(path))?.text();
    await page.waitForLoadState("networkidle");
    const scripts = new Map((await Promise.all(bodies)).map((s) => [s.url, s.body]));
    const sizes = [...scripts].map(([url, body]) => ({ url, gzip: gzipSync(body).length, body }));
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    console.log(`${path}: ${sizes.length} scripts, ${(total / 1024).toFixed(1)} kB gzipped`);
    expect(sizes.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(LIMIT_BYTES);
    const editor = sizes.filter((s) => EDITOR_CODE.test(s.body.toString("latin1")));
    expect(editor.map((s) => s.url)).toEqual([]);
    // No words for client components: those pages have none that need them.
    const i18n = sizes.filter((s) => I18N_RUNTIME.test(s.body.toString("latin1")));
    expect(i18n.map((s) => s.url)).toEqual([]);
    expect(html).toBeDefined();
    expect(html).not.toMatch(CATALOGUE);
  });
}

test("the editor code is recognised when it does load: on opening the comment panel", async ({
  page,
  context,
  baseURL,
}) => {
  await signInAs(context, "anna@zielonepodlasie.example", baseURL as string);
  const editorScripts: string[] = [];
  page.on("response", async (response) => {
    if (response.request().resourceType() !== "script") return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    if (EDITOR_CODE.test(body.toString("latin1"))) editorScripts.push(response.url());
  });
  await page.goto("/konsultacje/program-wspolpracy-2027");
  await page.waitForLoadState("networkidle");
  expect(editorScripts).toEqual([]);
  await page.getByTestId("comment-open").first().click();
  await expect(page.locator(".ProseMirror").first()).toBeVisible();
  await expect.poll(() => editorScripts.length).toBeGreaterThan(0);
  // The panel brings its own words: Polish, from the catalogue.
  await expect(page.getByTestId("comment-panel").getByRole("button", { name: "Zamknij" })).toBeVisible();
});

test("a page with a form gets the words of its own namespaces only, and the runtime that reads them", async ({
  page,
}) => {
  const scripts: Promise<Buffer>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(response.body());
  });
  const html = (await (await page.goto("/logowanie"))?.text()) ?? "";
  await page.waitForLoadState("networkidle");
  expect(html).toMatch(CATALOGUE);
  // The sign-in form's namespaces travel; the clerks' inbox (a big one) does not.
  expect(html).toMatch(/\\?"auth\\?":\{/);
  expect(html).not.toMatch(/\\?"inbox\\?":\{/);
  const bodies = await Promise.all(scripts);
  expect(bodies.some((b) => I18N_RUNTIME.test(b.toString("latin1")))).toBe(true);
});
