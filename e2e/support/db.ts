import { randomBytes } from "node:crypto";
import type { BrowserContext } from "@playwright/test";
import pg from "pg";
import { e2eDatabaseUrl } from "@/lib/testing/e2e-environment";

/** Runs one SQL statement against the database the app under test uses. */
export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * Signs a seeded user in by creating a database session, as next-auth would after
 * the magic link (the link flow itself is covered by auth.spec.ts).
 */
export async function signInAs(context: BrowserContext, email: string, baseURL: string): Promise<void> {
  const [user] = await sql<{ id: string }>("SELECT id FROM users WHERE email = $1", [email]);
  if (!user) throw new Error(`No seeded user ${email}`);
  const token = randomBytes(32).toString("hex");
  await sql(
    "INSERT INTO sessions (id, session_token, user_id, expires) VALUES ($1, $2, $3, now() + interval '1 day')",
    [`e2e-${token.slice(0, 16)}`, token, user.id],
  );
  await context.addCookies([
    { name: "next-auth.session-token", value: token, url: baseURL, httpOnly: true, sameSite: "Lax" },
  ]);
}
