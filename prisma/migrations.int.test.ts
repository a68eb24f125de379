import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/embedded-db/pglite";
import { createDatabase, dropDatabase, freePort } from "@/lib/testing/database";

const ROOT = path.resolve(__dirname, "..");
const name = `konsultacje_migrations_${process.pid}`;
let url: string;
let cleanup: () => Promise<void>;

function prisma(args: string[]) {
  // No PRISMA_SCHEMA_ENGINE_BINARY here: prisma.config.ts must select the bridge itself.
  const { PRISMA_SCHEMA_ENGINE_BINARY: _unset, ...inherited } = process.env;
  const env = { ...inherited, DATABASE_URL: url };
  return spawnSync(path.join(ROOT, "node_modules", ".bin", "prisma"), args, {
    cwd: ROOT,
    env,
    encoding: "utf8",
    timeout: 120_000,
  });
}

beforeAll(async () => {
  const server = process.env.TEST_SERVER_DATABASE_URL;
  if (server) {
    url = await createDatabase(server, name);
    cleanup = () => dropDatabase(server, name);
  } else {
    const embedded = await startEmbeddedPostgres({ port: await freePort() });
    url = embedded.url;
    cleanup = embedded.stop;
  }
});

afterAll(() => cleanup());

describe("migrations through the offline engine bridge", () => {
  it("apply to an empty database with `prisma migrate deploy`", () => {
    const deploy = prisma(["migrate", "deploy"]);
    expect(deploy.status, deploy.stderr).toBe(0);
    expect(deploy.stdout).toContain("All migrations have been successfully applied");
  });

  it("leave the database up to date for `prisma migrate status`", () => {
    const status = prisma(["migrate", "status"]);
    expect(status.status, status.stderr).toBe(0);
    expect(status.stdout).toContain("Database schema is up to date");
  });

  it("match the Prisma schema exactly (no drift between schema and migrations)", () => {
    const diff = prisma(["migrate", "diff", "--from-config-datasource", "--to-schema", "prisma", "--exit-code"]);
    expect(diff.stdout + diff.stderr).not.toContain("Error");
    expect(diff.status, diff.stdout).toBe(0);
  });
});
