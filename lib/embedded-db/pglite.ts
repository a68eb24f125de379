import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedPostgres = { url: string; stop: () => Promise<void> };

/**
 * PostgreSQL for a machine without one: PGlite (PostgreSQL compiled to WebAssembly)
 * served over the wire protocol, so `pg`, Prisma and `prisma migrate` work unchanged.
 * `dataDir` keeps the data between runs; `undefined` keeps it in memory.
 */
export async function startEmbeddedPostgres(options: { dataDir?: string; port: number }): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir);
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
