import { expect, test } from "@playwright/test";

test("pages carry a nonce-based CSP without 'unsafe-inline' scripts, HSTS and no-framing headers", async ({
  request,
}) => {
  const first = await request.get("/");
  const second = await request.get("/");
  const policy = first.headers()["content-security-policy"] ?? "";
  const scripts =
    policy
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("script-src")) ?? "";
  expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}'/);
  expect(scripts).not.toContain("unsafe-inline");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(second.headers()["content-security-policy"]).not.toBe(policy);
  const headers = first.headers();
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-content-type-options"]).toBe("nosniff");
});

test("the app's own scripts run under the policy and nothing is blocked", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/konsultacje/program-wspolpracy-2027");
  await page.goto("/logowanie");
  // Client-side validation only works when the page's scripts ran.
  await page.getByRole("button", { name: "Wyślij link" }).click();
  await expect(page.getByTestId("error-summary")).toBeVisible();
  expect(violations).toEqual([]);
});
