import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedPostgres = { url: string; stop: () => Promise<void> };

/**
 * PostgreSQL for a machine without one: PGlite (PostgreSQL compiled to WebAssembly)
 * served over the wire protocol, so `pg`, Prisma and `prisma migrate` work unchanged.
 * `dataDir` keeps the data between runs; `undefined` keeps it in memory.
 */
export async function startEmbeddedPostgres(options: { dataDir?: string; port: number }): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  // pg_trgm: similar-comment grouping and the inbox search (created by a migration).
  const db = await PGlite.create({ dataDir: options.dataDir, extensions: { pg_trgm } });
  // A pg Pool opens several connections; PGlite serialises their queries itself.
  const server = new PGLiteSocketServer({ db, port: options.port, host: "127.0.0.1", maxConnections: 32 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${options.port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
