import { expect, test } from "@playwright/test";
import { signInAs, sql } from "./support/db";

// Anonymous readers' public pages are answered from a kept rendering (lib/http/page-cache.ts):
// each answer with its own nonce, and never older than the database.

const SLUG = "program-wspolpracy-2027";
const PAGE = `/konsultacje/${SLUG}`;

const policyNonce = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
const scriptNonces = (html: string) => [...new Set([...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]))];

test("each answer from the kept page carries its own nonce, on its scripts and in its policy", async ({ request }) => {
  await request.get(PAGE);
  const answers = [await request.get(PAGE), await request.get(PAGE)];
  const nonces: string[] = [];
  const bodies: string[] = [];
  for (const answer of answers) {
    expect(answer.headers()["x-page-cache"]).toBe("hit");
    const nonce = policyNonce(answer.headers()["content-security-policy"]);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    bodies.push(await answer.text());
    expect(scriptNonces(bodies.at(-1) ?? "")).toEqual([nonce]);
    nonces.push(nonce as string);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
  // Nothing else differs, and no answer carries another's nonce (nor the rendering's).
  expect(bodies[0]).not.toContain(nonces[1]);
  expect(bodies[0]?.split(nonces[0] as string).join("N")).toBe(bodies[1]?.split(nonces[1] as string).join("N"));
});

test("a write to the database is on the very next anonymous answer", async ({ request }) => {
  await request.get(PAGE);
  expect((await request.get(PAGE)).headers()["x-page-cache"]).toBe("hit");
  const [before] = await sql<{ title: string }>("SELECT title FROM consultations WHERE slug = $1", [SLUG]);
  try {
    await sql("UPDATE consultations SET title = title || ' (poprawiony)' WHERE slug = $1", [SLUG]);
    const after = await request.get(PAGE);
    expect(after.headers()["x-page-cache"]).toBe("miss");
    expect(await after.text()).toContain(" (poprawiony)</h1>");
  } finally {
    await sql("UPDATE consultations SET title = $2 WHERE slug = $1", [SLUG, before?.title]);
  }
  expect(await (await request.get(PAGE)).text()).not.toContain(" (poprawiony)");
});

test("gzip or not, in the reader's language: the same page", async ({ request }) => {
  const plain = await request.get(PAGE, { headers: { "accept-encoding": "identity" } });
  const gzip = await request.get(PAGE, { headers: { "accept-encoding": "gzip" } });
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect(gzip.headers()["x-page-cache"]).toBe("hit");
  expect(gzip.headers()["content-encoding"]).toBe("gzip");
  const withoutNonce = async (answer: typeof plain) =>
    (await answer.text()).split(policyNonce(answer.headers()["content-security-policy"]) as string).join("N");
  expect(await withoutNonce(gzip)).toBe(await withoutNonce(plain));
  const english = await request.get(PAGE, { headers: { cookie: "NEXT_LOCALE=en" } });
  expect(await english.text()).toContain('<html lang="en"');
  expect(await plain.text()).toContain('<html lang="pl"');
});

test("signed-in people get their own rendering; the kept page works in a browser", async ({ page, baseURL }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(error.message));
  await page.goto(PAGE);
  const kept = await page.goto(PAGE);
  expect(kept?.headers()["x-page-cache"]).toBe("hit");
  // The scripts ran under the new nonce: "Zgłoś uwagę" opens its panel (here: sign in first).
  await page.getByTestId("comment-open").first().click();
  await expect(page.getByTestId("comment-sign-in")).toBeVisible();
  expect(violations).toEqual([]);
  await signInAs(page.context(), "anna@zielonepodlasie.example", baseURL as string);
  const own = await page.goto(PAGE);
  expect(own?.headers()["x-page-cache"]).toBeUndefined();
});
