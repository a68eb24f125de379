import { inject } from "vitest";

// Every test process talks to the run's own database (see global-setup.ts).
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret";
