// Driver-adapter factory for the Wasm schema engine: @prisma/adapter-pg plus
// the fixes described in README.md ("char" columns, shadow databases, scripts).
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// Transitive dependencies, resolved from the packages that own them.
const require = createRequire(import.meta.url);
const { parseIntoClientConfig } = createRequire(require.resolve("pg"))("pg-connection-string");
const { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } = createRequire(require.resolve("@prisma/adapter-pg"))(
  "@prisma/driver-adapter-utils",
);

const PG_CHAR_OID = 18; // PostgreSQL's one-byte "char" type, unknown to adapter-pg
const PG_BPCHAR_OID = 1042; // character(n): adapter-pg reads it as text

/** Parses a postgres:// URL into explicit pg options (never a connectionString). */
export function pgConfig(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error("The datasource URL is not a valid URL.");
  }
  if (!["postgres:", "postgresql:"].includes(parsed.protocol)) {
    throw new Error(`This schema engine bridge supports only PostgreSQL URLs, got "${parsed.protocol}//...".`);
  }
  const schema = parsed.searchParams.get("schema") ?? undefined;
  for (const prismaOnly of ["schema", "connection_limit", "pool_timeout", "pgbouncer", "statement_cache_size"]) {
    parsed.searchParams.delete(prismaOnly);
  }
  const { connectionString: _ignored, ...config } = parseIntoClientConfig(parsed.toString());
  config.database ||= "postgres";
  return { config, schema };
}

/** Where a config points to, for messages. */
export const location = ({ host, port, database }) => `${host ?? "localhost"}:${port ?? 5432}/${database}`;

/** Which database a connection really lands in (PGlite ignores the requested name). */
async function identity(config) {
  const { rows } = await runSql(config, "SELECT current_database() AS db, pg_postmaster_start_time()::text AS started");
  return `${rows[0].db}@${rows[0].started}`;
}

/** Runs one SQL statement on a short-lived connection. */
export async function runSql(config, sql) {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

// Trap 1: adapter-pg throws UnsupportedNativeDataType on "char" (OID 18), which the
// engine's catalog queries return (pg_constraint.contype, confdeltype, ...). Let adapter-pg
// read such columns as character(n), then report them as Character, as the engine expects.
function fixCharColumns(queryable) {
  const charColumns = new WeakMap(); // query -> indexes of "char" columns
  const performIO = queryable.performIO.bind(queryable);
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    const indexes = [];
    result?.fields?.forEach((field, i) => {
      if (field.dataTypeID !== PG_CHAR_OID) return;
      field.dataTypeID = PG_BPCHAR_OID;
      indexes.push(i);
    });
    if (indexes.length > 0) charColumns.set(query, indexes);
    return result;
  };
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(query) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

async function connect({ config, schema }, onDispose) {
  const adapter = await new PrismaPg(config, { schema }).connect();
  fixCharColumns(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => fixCharColumns(await startTransaction(...args));
  // adapter-pg splits scripts on every ";" (breaks $$ bodies and string literals);
  // send the whole script as one simple query, like the native engine does.
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  if (onDispose) {
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      try {
        await dispose();
      } finally {
        await onDispose();
      }
    };
  }
  return adapter;
}

// Empties an explicitly configured shadow database (the native engine does too).
const WIPE_SHADOW = `DO $$ DECLARE s text; BEGIN
  FOR s IN SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
END $$; CREATE SCHEMA IF NOT EXISTS public;`;

/**
 * @param {{ url: string, shadowUrl?: string, log: (level: string, message: string) => void }} options
 * `shadowUrl`: a dedicated, disposable shadow database (wiped before each use).
 * Without it, a temporary database is created on the main server and dropped after use.
 */
export function createAdapterFactory({ url, shadowUrl, log }) {
  const main = url ? pgConfig(url) : null;
  const temporaryShadows = new Set();
  const requireUrl = () => {
    if (!main) throw new Error("No datasource URL: set `datasource.url` in prisma.config.ts.");
    return main;
  };

  async function dropShadow(name) {
    // Only reachable after a shadow was created, so `main` is set. Our own pool is
    // closed by now; FORCE also ends anything left behind (PostgreSQL >= 13).
    await runSql(main.config, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    temporaryShadows.delete(name);
    log("INFO", `Dropped shadow database ${name}`);
  }

  const factory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => connect(requireUrl()),
    async connectToShadowDb() {
      const main = requireUrl();
      const mainIdentity = await identity(main.config);
      if (shadowUrl) {
        const shadow = pgConfig(shadowUrl);
        if ((await identity(shadow.config)) === mainIdentity) {
          throw new Error("The shadow database URL points to the main database. Refusing to use it as a shadow.");
        }
        const adapter = await connect(shadow);
        await adapter.executeScript(WIPE_SHADOW);
        return adapter;
      }
      // Trap 2 and 3: explicit options (so the database name wins); we drop it ourselves after closing the pool.
      const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      await runSql(main.config, `CREATE DATABASE "${name}"`);
      temporaryShadows.add(name);
      log("INFO", `Created shadow database ${name}`);
      const config = { ...main.config, database: name };
      if ((await identity(config)) === mainIdentity) {
        // e.g. PGlite: it accepts CREATE DATABASE but serves the same database under every name.
        await dropShadow(name);
        throw new Error(
          "This database server ignores the database name, so a shadow database cannot be created on it. " +
            "Set PRISMA_SHADOW_DATABASE_URL (or datasource.shadowDatabaseUrl) to a separate, disposable database.",
        );
      }
      return connect({ ...main, config }, () => dropShadow(name));
    },
  };

  return {
    adapterFactory: bindMigrationAwareSqlAdapterFactory(factory),
    /** Drops temporary shadow databases the engine did not dispose of (errors, panics). */
    async dropLeftoverShadows() {
      for (const name of [...temporaryShadows]) {
        await dropShadow(name).catch((error) =>
          log("ERROR", `Could not drop shadow database ${name}: ${error.message}`),
        );
      }
    },
  };
}
