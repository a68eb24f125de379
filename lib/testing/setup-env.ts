import { inject } from "vitest";

// Every test process talks to the run's own database (see global-setup.ts).
process.env.DATABASE_URL = inject("databaseUrl");
// Tests that need a database of their own create it on the same server.
if (inject("serverDatabaseUrl")) process.env.TEST_SERVER_DATABASE_URL = inject("serverDatabaseUrl");
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret";
