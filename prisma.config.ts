import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma 7's CLI downloads a native schema engine on every command. Air-gapped
// servers (and this project's CI) reach only the npm registry, so by default we run
// the official WebAssembly engine through a small bridge (prisma/engine/README.md).
// Set PRISMA_SCHEMA_ENGINE_BINARY to a native engine to use that instead.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(__dirname, "prisma", "engine", "schema-engine.mjs");

export default defineConfig({
  schema: path.join("prisma"),
  migrations: {
    path: path.join("prisma", "migrations"),
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    // process.env, not env(): `prisma generate` must work with the variable unset.
    url: process.env.DATABASE_URL ?? "",
  },
});
