import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { requireDatabaseUrl } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

type Connected = { prisma: PrismaClient; pool: pg.Pool };
const globalForPrisma = globalThis as unknown as { konsultacjeDb?: Connected };

function connected(): Connected {
  if (!globalForPrisma.konsultacjeDb) {
    // Our own pool, handed to Prisma's adapter, so that a few hot, fixed queries can skip Prisma.
    // It outlives `$disconnect()`: idle connections let the process exit, and one the server ends
    // (a restart, a dropped database) is only logged — pg replaces it on the next query.
    const pool = new pg.Pool({ connectionString: requireDatabaseUrl(), allowExitOnIdle: true });
    pool.on("error", (error) => console.warn(`PostgreSQL closed an idle connection: ${error.message}`));
    globalForPrisma.konsultacjeDb = { prisma: new PrismaClient({ adapter: new PrismaPg(pool) }), pool };
  }
  return globalForPrisma.konsultacjeDb;
}

/**
 * The application's one Prisma client. It connects on first use, so that `next build`
 * can import route modules without a database.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const instance = connected().prisma;
    const value = Reflect.get(instance, property, instance);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});

/** The `pg` pool under Prisma, for libraries that speak to PostgreSQL themselves (the rate limiter). */
export function databasePool(): pg.Pool {
  return connected().pool;
}

/**
 * The database's current snapshot (`pg_current_snapshot()`): it changes with every committed
 * write. Read straight from the pool Prisma uses: the kept pages read it for every reader, and
 * through `pg`'s simple protocol it costs a fraction of a Prisma query.
 */
export async function databaseSnapshot(): Promise<string | null> {
  const result = await connected().pool.query<{ stamp: string }>("SELECT pg_current_snapshot()::text AS stamp");
  return result.rows[0]?.stamp ?? null;
}
