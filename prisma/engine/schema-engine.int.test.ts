// End-to-end tests: the real Prisma CLI, with PRISMA_SCHEMA_ENGINE_BINARY pointing at
// the Wasm bridge, against the run's PostgreSQL server (and PGlite for the laptop setup).
// Engine downloads are routed to a dead mirror, so any download attempt fails the test.
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/testing/database";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PRISMA = path.join(ROOT, "node_modules/.bin/prisma");
const ENGINE = path.join(ROOT, "prisma/engine/schema-engine.mjs");
// The server of the test run (DATABASE_URL). Without one (a laptop on the embedded
// database) only the PGlite block runs: PGlite has a single database, and these tests
// create and drop databases. CI always has a server.
const SERVER_URL = process.env.TEST_SERVER_DATABASE_URL ? new URL(process.env.TEST_SERVER_DATABASE_URL) : null;
const SERVER = SERVER_URL
  ? `${SERVER_URL.protocol}//${SERVER_URL.username}${SERVER_URL.password ? `:${SERVER_URL.password}` : ""}@${SERVER_URL.host}`
  : "";
const DEAD_ENDPOINT = "http://127.0.0.1:9"; // nothing listens here
const TIMEOUT = 120_000;

const USER_SCHEMA = `datasource db {
  provider = "postgresql"
}

model User {
  id    Int    @id @default(autoincrement())
  email String @unique
}
`;
const POST_MODEL = `
model Post {
  id    Int    @id @default(autoincrement())
  title String
}
`;

// ---------------------------------------------------------------- helpers

async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const databases: string[] = [];
const tempDirs: string[] = [];

/** A uniquely named database name (optionally created), dropped after the test. */
async function database({ create = true } = {}) {
  const name = `se_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  databases.push(name);
  if (create) await sql(`${SERVER}/postgres`, `CREATE DATABASE "${name}"`);
  return { name, url: `${SERVER}/${name}` };
}

async function leftoverShadowDatabases() {
  const rows = await sql(`${SERVER}/postgres`, "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_shadow_%'");
  return rows.map((row) => row.datname);
}

/** A temporary Prisma 7 project: prisma.config.ts + prisma/schema.prisma (+ migrations). */
async function project(schema: string, migrations: Record<string, string> = {}) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "schema-engine-test-"));
  tempDirs.push(dir);
  await symlink(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  await writeFile(
    path.join(dir, "prisma.config.ts"),
    `import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL, shadowDatabaseUrl: process.env.CONFIG_SHADOW_URL },
});
`,
  );
  await mkdir(path.join(dir, "prisma/migrations"), { recursive: true });
  await writeFile(path.join(dir, "prisma/schema.prisma"), schema);
  for (const [name, script] of Object.entries(migrations)) {
    await mkdir(path.join(dir, "prisma/migrations", name));
    await writeFile(path.join(dir, "prisma/migrations", name, "migration.sql"), script);
  }
  if (Object.keys(migrations).length > 0) {
    await writeFile(path.join(dir, "prisma/migrations/migration_lock.toml"), 'provider = "postgresql"\n');
  }
  return dir;
}

type Run = { code: number; stdout: string; stderr: string };

function run(file: string, args: string[], cwd: string, env: Record<string, string | undefined>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [file, ...args],
      {
        cwd,
        timeout: 90_000,
        env: {
          ...process.env,
          PRISMA_SCHEMA_ENGINE_BINARY: ENGINE,
          // Any engine download attempt goes nowhere and fails loudly.
          PRISMA_ENGINES_MIRROR: DEAD_ENDPOINT,
          HTTP_PROXY: DEAD_ENDPOINT,
          HTTPS_PROXY: DEAD_ENDPOINT,
          CHECKPOINT_DISABLE: "1",
          PRISMA_HIDE_UPDATE_MESSAGE: "1",
          NO_COLOR: "1",
          PRISMA_SHADOW_DATABASE_URL: undefined,
          ...env,
        },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

/** Runs the Prisma CLI; fails on any sign of an engine download. */
async function prisma(cwd: string, args: string[], env: Record<string, string | undefined>) {
  const result = await run(PRISMA, args, cwd, env);
  expect(`${result.stdout}\n${result.stderr}`).not.toMatch(/127\.0\.0\.1:9\b|schema-engine\.gz|download/i);
  return result;
}

const output = (r: Run) => `exit ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;

afterEach(async () => {
  for (const dir of tempDirs.splice(0)) await rm(dir, { recursive: true, force: true });
  for (const name of databases.splice(0)) {
    await sql(`${SERVER}/postgres`, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
});

// ---------------------------------------------------------------- PostgreSQL

describe.runIf(SERVER)("schema engine bridge on a PostgreSQL server", () => {
  it("migrate deploy applies a migrations folder and migrate status reports it up to date", {
    timeout: TIMEOUT,
  }, async () => {
    const db = await database();
    const dir = await project(USER_SCHEMA, {
      "20240101000000_init": `CREATE TABLE "User" ("id" SERIAL NOT NULL, "email" TEXT NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
-- semicolons inside a function body and a string literal: the script must not be split on them
CREATE FUNCTION normalize_email() RETURNS trigger AS $$
BEGIN
  NEW.email := lower(NEW.email);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
INSERT INTO "User" ("email") VALUES ('semi;colon@example.org');
`,
    });

    const deploy = await prisma(dir, ["migrate", "deploy"], { DATABASE_URL: db.url });
    expect(deploy.code, output(deploy)).toBe(0);
    expect(deploy.stdout).toContain("20240101000000_init");
    expect(deploy.stdout).toContain("All migrations have been successfully applied.");

    const applied = await sql(db.url, `SELECT migration_name, finished_at FROM _prisma_migrations`);
    expect(applied).toEqual([{ migration_name: "20240101000000_init", finished_at: expect.any(Date) }]);
    expect(await sql(db.url, `SELECT email FROM "User"`)).toEqual([{ email: "semi;colon@example.org" }]);
    expect(await sql(db.url, `SELECT proname FROM pg_proc WHERE proname = 'normalize_email'`)).toHaveLength(1);

    const status = await prisma(dir, ["migrate", "status"], { DATABASE_URL: db.url });
    expect(status.code, output(status)).toBe(0);
    expect(status.stdout).toContain("1 migration found in prisma/migrations");
    expect(status.stdout).toContain("Database schema is up to date!");
  });

  it("migrate diff prints the SQL script (print notification) and passes --exit-code through", {
    timeout: TIMEOUT,
  }, async () => {
    const db = await database();
    const dir = await project(USER_SCHEMA);

    const diff = await prisma(
      dir,
      ["migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script"],
      {
        DATABASE_URL: db.url,
      },
    );
    expect(diff.code, output(diff)).toBe(0);
    expect(diff.stdout).toMatch(/CREATE TABLE "User" \(\s+"id" SERIAL NOT NULL,/);
    expect(diff.stdout).toContain('CREATE UNIQUE INDEX "User_email_key" ON "User"("email");');

    // The empty database differs from the schema: the engine's exitCode (2) must reach the CLI.
    const check = await prisma(
      dir,
      ["migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--exit-code"],
      { DATABASE_URL: db.url },
    );
    expect(check.code, output(check)).toBe(2);
    expect(check.stdout).toContain("[+] Added tables\n  - User");
  });

  it("migrate dev creates migrations with a temporary shadow database and never touches the main data", {
    timeout: TIMEOUT,
  }, async () => {
    const db = await database();
    const dir = await project(USER_SCHEMA);
    const env = { DATABASE_URL: db.url };

    const init = await prisma(dir, ["migrate", "dev", "--name", "init"], env);
    expect(init.code, output(init)).toBe(0);
    expect(init.stdout).toContain("Your database is now in sync with your schema.");
    await sql(db.url, `INSERT INTO "User" ("email") VALUES ('keep@example.org')`);

    await writeFile(path.join(dir, "prisma/schema.prisma"), USER_SCHEMA + POST_MODEL);
    const draft = await prisma(dir, ["migrate", "dev", "--name", "add_post", "--create-only"], env);
    expect(draft.code, output(draft)).toBe(0);
    expect(draft.stdout).toContain("Prisma Migrate created the following migration without applying it");
    const migrationDirs = (await readdir(path.join(dir, "prisma/migrations"))).filter((name) => /^\d+_/.test(name));
    expect(migrationDirs).toHaveLength(2);
    const addPost = migrationDirs.find((name) => name.endsWith("_add_post"));
    expect(addPost).toBeDefined();
    const script = await readFile(path.join(dir, "prisma/migrations", addPost as string, "migration.sql"), "utf8");
    expect(script).toContain('CREATE TABLE "Post"');
    expect(script).not.toContain('"User"');

    // The shadow database was a different database: the main one still has its row and no Post table yet.
    expect(await sql(db.url, `SELECT email FROM "User"`)).toEqual([{ email: "keep@example.org" }]);
    expect(await sql(db.url, `SELECT to_regclass('"Post"') AS post`)).toEqual([{ post: null }]);
    expect(await leftoverShadowDatabases()).toEqual([]);

    // Apply the draft, then create and apply another migration in the same engine
    // (applyMigrations -> evaluateDataLoss -> createMigration -> applyMigrations).
    await writeFile(
      path.join(dir, "prisma/schema.prisma"),
      USER_SCHEMA + POST_MODEL.replace("title String", "title String\n  body  String?"),
    );
    const dev = await prisma(dir, ["migrate", "dev", "--name", "add_body"], env);
    expect(dev.code, output(dev)).toBe(0);
    expect(dev.stdout).toContain("_add_post");
    expect(dev.stdout).toContain("_add_body");
    expect(await sql(db.url, `SELECT email FROM "User"`)).toEqual([{ email: "keep@example.org" }]);
    const columns = await sql(
      db.url,
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'Post' ORDER BY 1`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(["body", "id", "title"]);
    expect(await sql(db.url, `SELECT count(*)::int AS n FROM _prisma_migrations`)).toEqual([{ n: 3 }]);
    expect(await leftoverShadowDatabases()).toEqual([]);
  });

  it('introspects and diffs a database with "char" columns', { timeout: TIMEOUT }, async () => {
    const db = await database();
    // "char" in a user table, plus CHECK/foreign-key constraints so the engine's catalog
    // queries (pg_constraint.contype, confdeltype: also "char") return rows.
    await sql(
      db.url,
      `CREATE TABLE "Flag" (id int PRIMARY KEY, kind "char" NOT NULL DEFAULT 'a', CONSTRAINT kind_check CHECK (kind IN ('a', 'b')));
       CREATE TABLE "Vote" (id int PRIMARY KEY, flag_id int NOT NULL REFERENCES "Flag"(id) ON DELETE CASCADE);
       INSERT INTO "Flag" VALUES (1, 'b');`,
    );
    const dir = await project(USER_SCHEMA);

    const pull = await prisma(dir, ["db", "pull", "--print"], { DATABASE_URL: db.url });
    expect(pull.code, output(pull)).toBe(0);
    expect(pull.stdout).toMatch(/model Flag \{[^}]*kind\s+String/);
    expect(pull.stdout).toMatch(/model Vote \{[^}]*onDelete: Cascade/);
    // Only visible if pg_constraint.contype ("char") was read correctly as 'c':
    expect(pull.stdout).toMatch(/This table contains check constraints[^\n]*\nmodel Flag \{/);

    const diff = await prisma(
      dir,
      ["migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--script"],
      {
        DATABASE_URL: db.url,
      },
    );
    expect(diff.code, output(diff)).toBe(0);
    expect(diff.stdout).toContain('DROP TABLE "Flag";');
    expect(diff.stdout).toContain('CREATE TABLE "User"');
  });

  it("answers `cli can-connect-to-database` / `cli create-database` like the native engine", {
    timeout: TIMEOUT,
  }, async () => {
    const existing = await database();
    const missing = await database({ create: false });
    const engine = (url: string, command: string) =>
      run(ENGINE, ["--datasource", JSON.stringify({ url }), "cli", command], ROOT, {});

    const ok = await engine(existing.url, "can-connect-to-database");
    expect(ok.code, output(ok)).toBe(0);

    // The CLI skips the first stderr line and looks for an ERROR log with an error code.
    const notFound = await engine(missing.url, "can-connect-to-database");
    expect(notFound.code).toBe(1);
    const logs = notFound.stderr
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => JSON.parse(line));
    expect(logs).toContainEqual(
      expect.objectContaining({
        level: "ERROR",
        target: "schema_engine::logger",
        fields: expect.objectContaining({ error_code: "P1003" }),
      }),
    );

    const unreachable = await engine("postgresql://postgres@127.0.0.1:1/x", "can-connect-to-database");
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toContain('"error_code":"P1001"');

    const created = await engine(missing.url, "create-database");
    expect(created.code, output(created)).toBe(0);
    expect((await engine(missing.url, "can-connect-to-database")).code).toBe(0);

    // Through the CLI: migrate deploy creates a missing database via `cli create-database`.
    const another = await database({ create: false });
    const dir = await project(USER_SCHEMA);
    const deploy = await prisma(dir, ["migrate", "deploy"], { DATABASE_URL: another.url });
    expect(deploy.code, output(deploy)).toBe(0);
    expect(deploy.stdout).toContain(`PostgreSQL database ${another.name} created`);

    const version = await run(ENGINE, ["--version"], ROOT, {});
    expect(version.stdout).toMatch(/^schema-engine-cli [0-9a-f]{40} \(schema-engine-wasm bridge\)\n$/);
  });

  it("uses PRISMA_SHADOW_DATABASE_URL as the shadow (wiping it) and refuses the main database", {
    timeout: TIMEOUT,
  }, async () => {
    const db = await database();
    const shadow = await database();
    await sql(shadow.url, `CREATE TABLE leftover (id int)`);
    const dir = await project(USER_SCHEMA);
    const init = await prisma(dir, ["migrate", "dev", "--name", "init"], { DATABASE_URL: db.url });
    expect(init.code, output(init)).toBe(0);
    await sql(db.url, `INSERT INTO "User" ("email") VALUES ('keep@example.org')`);
    await writeFile(path.join(dir, "prisma/schema.prisma"), USER_SCHEMA + POST_MODEL);

    const refused = await prisma(dir, ["migrate", "dev", "--name", "add_post", "--create-only"], {
      DATABASE_URL: db.url,
      PRISMA_SHADOW_DATABASE_URL: db.url,
    });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain("The shadow database URL points to the main database");
    expect(await sql(db.url, `SELECT email FROM "User"`)).toEqual([{ email: "keep@example.org" }]);

    const draft = await prisma(dir, ["migrate", "dev", "--name", "add_post", "--create-only"], {
      DATABASE_URL: db.url,
      PRISMA_SHADOW_DATABASE_URL: shadow.url,
    });
    expect(draft.code, output(draft)).toBe(0);
    expect(draft.stdout).toMatch(/_add_post/);
    expect(await sql(shadow.url, `SELECT to_regclass('leftover') AS t`)).toEqual([{ t: null }]);
    expect(await sql(db.url, `SELECT email FROM "User"`)).toEqual([{ email: "keep@example.org" }]);
    expect(await leftoverShadowDatabases()).toEqual([]);
  });

  it("reports Wasm panics with their message (PRISMA_WASM_PANIC_REGISTRY)", { timeout: TIMEOUT }, async () => {
    const db = await database();
    const dir = await project(USER_SCHEMA);
    const result = await prisma(dir, ["migrate", "status"], { DATABASE_URL: db.url, FORCE_PANIC_SCHEMA_ENGINE: "1" });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("This is the debugPanic artificial panic");
    expect(result.stderr).not.toContain("set_message");
  });
});

// ---------------------------------------------------------------- PGlite (laptop setup)

describe("schema engine bridge on PGlite served over the wire protocol", () => {
  const servers: { stop(): Promise<void> }[] = [];
  let mainUrl = "";
  let shadowUrl = "";

  beforeAll(async () => {
    const { PGlite } = await import("@electric-sql/pglite");
    const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
    const serve = async () => {
      // Each PGlite is a separate in-memory database; the second one is the shadow. A port the
      // system just gave out, tried again if something took it in between (a fixed range of ports
      // once collided with the system's own outgoing connections).
      for (let attempt = 1; ; attempt++) {
        const port = await freePort();
        const server = new PGLiteSocketServer({
          db: await PGlite.create(),
          host: "127.0.0.1",
          port,
          maxConnections: 20,
        });
        try {
          await server.start();
        } catch (error) {
          if (attempt < 5 && (error as NodeJS.ErrnoException).code === "EADDRINUSE") continue;
          throw error;
        }
        servers.push(server);
        return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
      }
    };
    mainUrl = await serve();
    shadowUrl = await serve();
  }, TIMEOUT);

  afterAll(async () => {
    for (const server of servers) await server.stop();
  });

  it("needs a separate shadow instance: refuses a same-server shadow, works with shadowDatabaseUrl", {
    timeout: TIMEOUT,
  }, async () => {
    const dir = await project(USER_SCHEMA);
    const init = await prisma(dir, ["migrate", "dev", "--name", "init"], {
      DATABASE_URL: mainUrl,
      CONFIG_SHADOW_URL: shadowUrl,
    });
    expect(init.code, output(init)).toBe(0);
    await sql(mainUrl, `INSERT INTO "User" ("email") VALUES ('keep@example.org')`);
    await writeFile(path.join(dir, "prisma/schema.prisma"), USER_SCHEMA + POST_MODEL);

    // PGlite ignores database names: a "CREATE DATABASE" shadow would be the main database.
    const refused = await prisma(dir, ["migrate", "dev", "--name", "add_post"], { DATABASE_URL: mainUrl });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain("ignores the database name");
    expect(await sql(mainUrl, `SELECT email FROM "User"`)).toEqual([{ email: "keep@example.org" }]);

    const dev = await prisma(dir, ["migrate", "dev", "--name", "add_post"], {
      DATABASE_URL: mainUrl,
      CONFIG_SHADOW_URL: shadowUrl,
    });
    expect(dev.code, output(dev)).toBe(0);
    expect(dev.stdout).toContain("_add_post");
    expect(await sql(mainUrl, `SELECT email FROM "User"`)).toEqual([{ email: "keep@example.org" }]);
    expect(await sql(mainUrl, `SELECT count(*)::int AS n FROM "Post"`)).toEqual([{ n: 0 }]);
  });
});
