import { dropDatabase } from "@/lib/testing/database";
import { e2eDatabaseUrl } from "@/lib/testing/e2e-environment";

/** Drops the run's database on a PostgreSQL server (the embedded one lives in memory). */
export default async function teardown() {
  if (!process.env.DATABASE_URL) return;
  const url = e2eDatabaseUrl();
  await dropDatabase(url, new URL(url).pathname.slice(1));
}
