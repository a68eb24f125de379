import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "@/lib/embedded-db/pglite";
import { ROOT } from "./run";

export const DATA_DIR = path.join(ROOT, ".data");

/**
 * The database to use: DATABASE_URL when set, otherwise an embedded PostgreSQL whose
 * data stays in .data/pglite (a newcomer's laptop needs nothing installed).
 */
export async function provideDatabase(): Promise<{ url: string; embedded: EmbeddedPostgres | null }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null };
  const port = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
  console.log(
    `• No DATABASE_URL: starting the embedded PostgreSQL (PGlite) on 127.0.0.1:${port}, data in .data/pglite`,
  );
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "pglite"), port });
  return { url: embedded.url, embedded };
}

/** A secret for next-auth that survives restarts of a demo install (generated once into .data/). */
export function provideAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(DATA_DIR, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
