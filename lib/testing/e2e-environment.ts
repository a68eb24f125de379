// Shared by playwright.config.ts, the test server and the specs: the config is
// evaluated again in each worker, so the database URL is fixed once in the environment.
export const E2E_PORT = 3100;
export const E2E_RESEND_APP_PORT = 3101;
/** A second app server on the same database (e2e/two-instances.spec.ts). */
export const E2E_SECOND_APP_PORT = 3102;
export const EMBEDDED_E2E_DB_PORT = 54331;
export const E2E_SECRET = "e2e-secret-e2e-secret-e2e-secret-e2e";

export function e2eDatabaseUrl(): string {
  if (!process.env.E2E_DATABASE_URL) {
    const server = process.env.DATABASE_URL;
    if (server) {
      const url = new URL(server);
      url.pathname = `/konsultacje_e2e_${Date.now()}`;
      process.env.E2E_DATABASE_URL = url.toString();
    } else {
      process.env.E2E_DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${EMBEDDED_E2E_DB_PORT}/postgres?sslmode=disable`;
    }
  }
  return process.env.E2E_DATABASE_URL;
}

/** The environment of an app server under test (the Resend one adds its key and base URL). */
export function appServerEnv(port: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: e2eDatabaseUrl(),
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: E2E_SECRET,
    APP_ENV: "test",
    SIGNIN_LIMIT_PER_IP: "10000",
    RESEND_API_KEY: "",
    NEXT_TELEMETRY_DISABLED: "1",
    ...extra,
  };
}
