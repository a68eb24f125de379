import { expect, test } from "@playwright/test";
import { E2E_PORT, E2E_SECOND_APP_PORT } from "@/lib/testing/e2e-environment";
import { startAppServer } from "./support/app-server";
import { sql } from "./support/db";
import { requestSignInLink, signInLinkFromOutbox } from "./support/outbox";

// The scale-out path of the README: several app servers (`npm start`) behind a load balancer on one
// PostgreSQL. Sessions are rows in the database and jobs are pg-boss rows in it too, so a
// second server needs nothing but the same DATABASE_URL and NEXTAUTH_SECRET.

const FIRST = `http://localhost:${E2E_PORT}`;
const SECOND = `http://localhost:${E2E_SECOND_APP_PORT}`;

let second: Awaited<ReturnType<typeof startAppServer>>;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  second = await startAppServer(E2E_SECOND_APP_PORT, {});
});

test.afterAll(async () => {
  await second?.stop();
});

test("a person signed in through one server is signed in on the other, and signing out everywhere there ends both", async ({
  page,
}) => {
  const email = "dwa.serwery@example.org";
  await requestSignInLink(page, email);
  await page.goto(await signInLinkFromOutbox(page, email));
  await expect(page.getByTestId("current-user")).toBeVisible();
  const name = await page.getByTestId("current-user").textContent();

  // The same cookie (the host is the same; only the port differs) read by the other server.
  await page.goto(`${SECOND}/profil`);
  await expect(page.getByTestId("current-user")).toHaveText(name ?? "");

  await page.getByRole("button", { name: "Wyloguj ze wszystkich urządzeń" }).click();
  await expect(page.getByTestId("current-user")).toHaveCount(0);
  const [row] = await sql<{ n: number }>(
    "SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1",
    [email],
  );
  expect(row?.n).toBe(0);
  await page.goto(`${FIRST}/profil`);
  await expect(page).toHaveURL(/\/logowanie/);
});

test("with two servers running their workers, the every-minute job opens each due consultation once", async () => {
  test.setTimeout(180_000);
  // Both servers' job workers are connected to the database (each names its connections by its process).
  const [workers] = await sql<{ n: number }>(
    "SELECT count(DISTINCT application_name)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'konsultacje-jobs %'",
  );
  expect(workers?.n).toBeGreaterThanOrEqual(2);

  // Three copies of the open seeded consultation, scheduled to have opened a minute ago.
  const ids = ["cons-two-servers-1", "cons-two-servers-2", "cons-two-servers-3"];
  try {
    for (const [n, id] of ids.entries()) {
      await sql(
        `INSERT INTO consultations
         SELECT (jsonb_populate_record(NULL::consultations, to_jsonb(c) || jsonb_build_object(
           'id', $1::text, 'slug', $2::text, 'status', 'SCHEDULED',
           'opens_at', now() - interval '1 minute', 'closes_at', now() + interval '7 days',
           'receipts_issued', 0))).*
         FROM consultations c WHERE c.id = 'cons-program-2027'`,
        [id, `dwa-serwery-${n + 1}`],
      );
    }

    await expect
      .poll(
        async () =>
          (
            await sql<{ n: number }>(
              "SELECT count(*)::int AS n FROM consultations WHERE id = ANY($1) AND status = 'OPEN'",
              [ids],
            )
          )[0]?.n,
        { timeout: 150_000, intervals: [2_000] },
      )
      .toBe(3);

    // Opened once each: one audit event per consultation, though two servers run the job.
    const events = await sql<{ entity_id: string; n: number }>(
      "SELECT entity_id, count(*)::int AS n FROM audit_events WHERE action = 'consultation.opened' AND entity_id = ANY($1) GROUP BY entity_id ORDER BY entity_id",
      [ids],
    );
    expect(events).toEqual(ids.map((id) => ({ entity_id: id, n: 1 })));
    // And one tick per minute, though both servers keep the schedule: each minute's cron slot
    // is sent once (pg-boss's send-it job, singleton per minute)…
    const slotsSentTwice = await sql(
      `SELECT singleton_on, count(*)::int AS n FROM pgboss.job
       WHERE name = '__pgboss__send-it' AND singleton_key = 'consultations-tick'
       GROUP BY singleton_on HAVING count(*) > 1`,
    );
    expect(slotsSentTwice).toEqual([]);
    // Each sent slot became at most one tick job (were both servers to send their own, there would be twice as many).
    const [counts] = await sql<{ ticks: number; slots: number }>(
      `SELECT (SELECT count(*)::int FROM pgboss.job WHERE name = 'consultations-tick') AS ticks,
              (SELECT count(*)::int FROM pgboss.job
               WHERE name = '__pgboss__send-it' AND singleton_key = 'consultations-tick') AS slots`,
    );
    expect(counts?.ticks).toBeGreaterThan(0);
    expect(counts?.ticks).toBeLessThanOrEqual(counts?.slots ?? 0);
  } finally {
    await sql("DELETE FROM consultations WHERE id = ANY($1)", [ids]);
  }
});
