#!/usr/bin/env node
// Drop-in replacement for Prisma's native `schema-engine` binary, built on
// @prisma/schema-engine-wasm + @prisma/adapter-pg. See README.md.
//
//   PRISMA_SCHEMA_ENGINE_BINARY=prisma/engine/schema-engine.mjs npx prisma migrate deploy
//
// Contract (as used by the Prisma 7.10 CLI):
//   schema-engine --version
//   schema-engine [--datamodels <file>]... [--datasource <json>] [--enabled-preview-features a,b] [--extension-types <json>]
//       -> JSON-RPC 2.0, one message per line on stdin/stdout; logs as JSON lines on stderr
//   schema-engine --datasource '{"url":"..."}' cli can-connect-to-database|create-database
//       -> exit 0 on success; on failure exit 1 and an ERROR log line with fields.error_code on stderr
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { createAdapterFactory, location, pgConfig, runSql } from "./pg-adapter.mjs";
import { loadWasm, panicMessage } from "./wasm.mjs";

function log(level, message, fields = {}) {
  const line = {
    timestamp: new Date().toISOString(),
    level,
    fields: { message, ...fields },
    target: "schema_engine::logger",
  };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  strict: false,
  options: {
    datamodels: { type: "string", multiple: true },
    datasource: { type: "string" },
    version: { type: "boolean", short: "V" },
    help: { type: "boolean", short: "h" },
  },
});

const datasource = args.datasource ? JSON.parse(args.datasource) : {};
const url = datasource.url ?? process.env.DATABASE_URL;
const shadowUrl = datasource.shadowDatabaseUrl ?? process.env.PRISMA_SHADOW_DATABASE_URL;

if (args.version) {
  const { version } = await loadWasm();
  process.stdout.write(`schema-engine-cli ${version()} (schema-engine-wasm bridge)\n`);
  process.exit(0);
}
if (args.help) {
  process.stdout.write("Usage: schema-engine.mjs [--datamodels <file>]... [--datasource <json>] [cli <command>]\n");
  process.exit(0);
}
if (positionals[0] === "cli") await runCliCommand(positionals[1]);
else await serveJsonRpc();

// ---------------------------------------------------------------- cli subcommands

/** Maps a pg / network error to the native engine's P1xxx user-facing errors. */
function connectionError(error, { user, host, port, database }) {
  const at = `${host ?? "localhost"}:${port ?? 5432}`;
  switch (error.code) {
    case "3D000":
      return ["P1003", `Database \`${database}\` does not exist on the database server at \`${at}\`.`];
    case "28P01":
    case "28000":
      return [
        "P1000",
        `Authentication failed against database server, the provided database credentials for \`${user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at the configured address.`,
      ];
    case "42501":
      return ["P1010", `User \`${user}\` was denied access on the database \`${database}\``];
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EHOSTUNREACH":
    case "ETIMEDOUT":
    case "ENOENT":
      return [
        "P1001",
        `Can't reach database server at \`${at}\`\n\nPlease make sure your database server is running at \`${at}\`.`,
      ];
    default:
      return [undefined, error.message];
  }
}

async function runCliCommand(command) {
  // The CLI skips the first stderr line and JSON-parses the rest.
  log("INFO", `Starting schema engine bridge CLI (${command})`);
  let config;
  try {
    if (!url) throw new Error("No datasource URL was provided (--datasource).");
    config = pgConfig(url).config;
    if (command === "can-connect-to-database") {
      await runSql(config, "SELECT 1");
    } else if (command === "create-database") {
      await createDatabase(config);
    } else {
      throw new Error(`Unknown cli command: ${command}`);
    }
    process.exit(0);
  } catch (error) {
    const [errorCode, message] = config ? connectionError(error, config) : [undefined, error.message];
    log("ERROR", message, errorCode ? { error_code: errorCode } : {});
    process.exit(1);
  }
}

async function createDatabase(config) {
  const name = config.database;
  for (const maintenanceDb of ["postgres", "template1"]) {
    try {
      await runSql({ ...config, database: maintenanceDb }, `CREATE DATABASE "${name.replaceAll('"', '""')}"`);
      return name;
    } catch (error) {
      if (error.code !== "3D000" || maintenanceDb === "template1") throw error;
    }
  }
}

// ---------------------------------------------------------------- JSON-RPC

async function serveJsonRpc() {
  const datamodels = (args.datamodels ?? []).map((path) => [path, readFileSync(path, "utf8")]);
  let adapters;
  try {
    adapters = createAdapterFactory({ url, shadowUrl, log });
  } catch (error) {
    adapters = { setupError: error, dropLeftoverShadows: async () => {} };
  }
  const { adapterFactory, dropLeftoverShadows, setupError } = adapters;
  let enginePromise;
  // Trap 4: one engine for the whole process (its state carries over between calls).
  const engine = () => {
    if (setupError) return Promise.reject(setupError);
    enginePromise ??= loadWasm().then(({ SchemaEngine }) =>
      SchemaEngine.new(
        { datamodels: datamodels.length ? datamodels : undefined },
        (line) => process.stderr.write(`${line}\n`),
        adapterFactory,
      ),
    );
    return enginePromise;
  };

  const send = (message) => process.stdout.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`);
  let nextOwnId = 1;
  let needsDevDiagnostic = false;

  async function call(method, params) {
    const e = await engine();
    switch (method) {
      case "getDatabaseVersion":
        return e.version(params ?? null);
      case "createDatabase": {
        if (params?.datasource?.tag !== "ConnectionString")
          throw new Error("createDatabase: only a connection string is supported");
        return { databaseName: await createDatabase(pgConfig(params.datasource.url).config) };
      }
      case "debugPanic":
        return e.debugPanic();
      case "diff": {
        // Trap 5: the Wasm engine returns the script; the CLI expects a `print` request.
        const { exitCode, stdout } = await e.diff(params);
        if (typeof stdout === "string")
          send({ id: `print-${nextOwnId++}`, method: "print", params: { content: stdout } });
        return { exitCode };
      }
      case "applyMigrations": {
        const result = await e.applyMigrations(params);
        needsDevDiagnostic = result.appliedMigrationNames.length > 0;
        return result;
      }
      case "evaluateDataLoss":
      case "createMigration":
        // Trap 4: after applying migrations, the Wasm engine loses its shadow-database
        // factory until devDiagnostic runs again ("shadow DB must be provided through an
        // external factory"). Re-run it (read-only, same input) before these two calls.
        if (needsDevDiagnostic) {
          await e.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters });
          needsDevDiagnostic = false;
        }
        return e[method](params);
      default:
        if (method === "constructor" || method === "free" || typeof e[method] !== "function") {
          throw Object.assign(new Error(`Method not found: ${method}`), { rpcCode: -32601 });
        }
        return e[method](params);
    }
  }

  // Errors thrown by JS driver-adapter code reach us as "External error id#N".
  function unwrap(error) {
    const id = /External error id#(\d+)/.exec(error?.message ?? "")?.[1];
    return (id && adapterFactory?.errorRegistry.consumeError(Number(id))?.error) || error;
  }

  let current; // id of the request being served
  async function handle({ id, method, params }) {
    current = id;
    try {
      const result = await call(method, params);
      send({ id, result: result ?? {} });
    } catch (thrown) {
      if (panicMessage(thrown) !== null) return reportPanic(thrown);
      const error = unwrap(thrown);
      const message = error?.message ?? String(error);
      const data = { is_panic: false, message, meta: error?.meta ?? null, error_code: error?.code ?? null };
      send({ id, error: { code: error?.rpcCode ?? 4466, message, data } });
    } finally {
      current = undefined;
      await dropLeftoverShadows(); // Trap 3: never leave a temporary shadow database behind
    }
  }

  // A Rust panic (also one thrown from an async Wasm task) makes the instance unusable.
  async function reportPanic(error) {
    const message = panicMessage(error) ?? `${error?.stack ?? error}`;
    log("ERROR", message, { is_panic: true });
    if (current !== undefined)
      send({ id: current, error: { code: 4466, message, data: { is_panic: true, message, backtrace: error?.stack } } });
    await shutdown(101);
  }
  process.on("uncaughtException", reportPanic);

  let queue = Promise.resolve(); // one request at a time, in order
  let stopping = false;
  async function shutdown(code = 0) {
    if (stopping) return;
    stopping = true;
    await dropLeftoverShadows();
    process.exit(code);
  }

  createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })
    .on("line", (line) => {
      if (!line.trim()) return;
      let message;
      try {
        message = JSON.parse(line);
      } catch {
        send({ id: null, error: { code: -32700, message: "Parse error" } });
        return;
      }
      // Requests only; responses to our `print` requests and notifications need no answer.
      if (message.method === undefined || message.id === undefined) return;
      queue = queue.then(() => handle(message));
    })
    .on("close", () => queue.then(() => shutdown(0)));
  process.on("SIGTERM", () => queue.then(() => shutdown(0)));
  process.on("SIGINT", () => queue.then(() => shutdown(130)));
  log(
    "INFO",
    `Schema engine bridge ready (${setupError ? setupError.message : url ? location(pgConfig(url).config) : "no datasource URL"})`,
  );
}
