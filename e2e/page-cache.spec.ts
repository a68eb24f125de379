import { type APIRequestContext, type APIResponse, expect, test } from "@playwright/test";
import { signInAs, sql } from "./support/db";

// Anonymous readers' public pages are answered from a kept rendering (lib/http/page-cache.ts):
// each answer with its own nonce, and never older than the database.

const SLUG = "program-wspolpracy-2027";
const PAGE = `/konsultacje/${SLUG}`;

const policyNonce = (answer: APIResponse) =>
  /'nonce-([^']+)'/.exec(answer.headers()["content-security-policy"] ?? "")?.[1];
/** Every nonce an answer carries: script and stylesheet attributes, the React payload, the headers. */
const noncesIn = (answer: APIResponse, html: string) => {
  const found = [
    ...html.matchAll(/nonce="([^"]+)"/g),
    ...html.matchAll(/\\"nonce\\":\\"([^\\"]+)\\"/g),
    ...JSON.stringify(answer.headersArray().filter((h) => !/content-security-policy/i.test(h.name))).matchAll(
      /nonce=\\"([^\\"]+)\\"/g,
    ),
  ];
  return [...new Set(found.map((m) => m[1]))];
};

/**
 * Answers in a row from the kept page. It answers only while the database is unchanged, and the
 * server's own jobs write now and then, so the pair is asked again if a write came between.
 */
async function keptAnswers(request: APIRequestContext, path = PAGE, count = 2): Promise<APIResponse[]> {
  for (let attempt = 0; attempt < 10; attempt++) {
    await request.get(path);
    const answers: APIResponse[] = [];
    for (let i = 0; i < count; i++) answers.push(await request.get(path));
    if (answers.every((a) => a.headers()["x-page-cache"] === "hit")) return answers;
  }
  throw new Error(`no ${count} answers in a row from the kept page of ${path}`);
}

test("each answer from the kept page carries its own nonce, wherever one stands, and nothing else differs", async ({
  request,
}) => {
  const answers = await keptAnswers(request);
  const nonces: string[] = [];
  const bodies: string[] = [];
  for (const answer of answers) {
    const nonce = policyNonce(answer);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    const html = await answer.text();
    expect(noncesIn(answer, html)).toEqual([nonce]);
    nonces.push(nonce as string);
    bodies.push(html);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
  expect(bodies[0]).not.toContain(nonces[1]);
  expect(bodies[0]?.split(nonces[0] as string).join("N")).toBe(bodies[1]?.split(nonces[1] as string).join("N"));
});

test("a write to the database is on the very next anonymous answer", async ({ request }) => {
  await keptAnswers(request, PAGE, 1);
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

test("query parameters the page does not read share its kept page; error pages are answered, not kept", async ({
  request,
}) => {
  const [kept] = await keptAnswers(request, `${PAGE}?utm_source=newsletter&uwaga=par-1`, 1);
  expect(await kept?.text()).toContain('data-testid="consultation-status"');
  for (let i = 0; i < 2; i++) {
    const missing = await request.get("/konsultacje/nie-ma-takiej-konsultacji");
    expect(missing.status()).toBe(404);
    expect(missing.headers()["x-page-cache"]).toBe("pass");
  }
});

test("gzip or not, in the reader's language: the same page", async ({ request }) => {
  const plain = await request.get(PAGE, { headers: { "accept-encoding": "identity" } });
  const gzip = await request.get(PAGE, { headers: { "accept-encoding": "gzip" } });
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect(gzip.headers()["content-encoding"]).toBe("gzip");
  const withoutNonce = async (answer: APIResponse) =>
    (await answer.text()).split(policyNonce(answer) as string).join("N");
  // Both from the same rendering unless a write came between: then asked again.
  await expect
    .poll(async () => {
      const [one, two] = [await request.get(PAGE), await request.get(PAGE, { headers: { "accept-encoding": "gzip" } })];
      return (await withoutNonce(one)) === (await withoutNonce(two));
    })
    .toBe(true);
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
  await expect
    .poll(async () => (await page.goto(PAGE))?.headers()["x-page-cache"], { intervals: [100, 250, 500] })
    .toBe("hit");
  // The scripts ran under the new nonce: "Zgłoś uwagę" opens its panel (here: sign in first).
  await page.getByTestId("comment-open").first().click();
  await expect(page.getByTestId("comment-sign-in")).toBeVisible();
  expect(violations).toEqual([]);
  await signInAs(page.context(), "anna@zielonepodlasie.example", baseURL as string);
  const own = await page.goto(PAGE);
  expect(own?.headers()["x-page-cache"]).toBeUndefined();
});
