import type { TestProject } from "vitest/node";
import { migrateDeploy } from "@/lib/cli/run";
import { startEmbeddedPostgres } from "@/lib/embedded-db/pglite";
import { createDatabase, dropDatabase, freePort } from "./database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** The PostgreSQL server of DATABASE_URL, or "" when the run uses an embedded database. */
    serverDatabaseUrl: string;
  }
}

/**
 * One database for the whole run, migrated through the offline engine bridge:
 * a fresh database on the server in DATABASE_URL, or an in-memory embedded PostgreSQL.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  let url: string;
  let teardown: () => Promise<void>;
  if (serverUrl) {
    const name = `konsultacje_test_${process.pid}_${Date.now()}`;
    url = await createDatabase(serverUrl, name);
    teardown = () => dropDatabase(serverUrl, name);
  } else {
    const embedded = await startEmbeddedPostgres({ port: await freePort() });
    url = embedded.url;
    teardown = embedded.stop;
  }
  await migrateDeploy(url);
  process.env.DATABASE_URL = url;
  project.provide("databaseUrl", url);
  project.provide("serverDatabaseUrl", serverUrl ?? "");
  return teardown;
}
