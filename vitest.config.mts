import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));
const alias = {
  "@": root,
  // Server modules import "server-only", which throws outside React Server Components.
  "server-only": path.join(root, "lib/testing/server-only-stub.ts"),
};
const sources = "{lib,prisma,components,emails}/**";

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    projects: [
      {
        // `extends: true`: the projects take the root options above (timeouts, pool).
        extends: true,
        resolve: { alias },
        test: {
          name: "unit",
          include: [`${sources}/*.test.{ts,tsx}`],
          exclude: [`${sources}/*.int.test.{ts,tsx}`, "**/node_modules/**"],
          environment: "node",
        },
      },
      {
        extends: true,
        resolve: { alias },
        test: {
          // Integration tests: a real PostgreSQL database of their own, migrated at start.
          name: "integration",
          include: [`${sources}/*.int.test.{ts,tsx}`],
          environment: "node",
          globalSetup: ["lib/testing/global-setup.ts"],
          setupFiles: ["lib/testing/setup-env.ts"],
        },
      },
    ],
  },
});
