import { z } from "zod";

// The one place that reads process.env (style.md). Everything else imports `env`.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** "production" on a real deployment: the local outbox is off and Resend is required. */
  APP_ENV: z.enum(["production", "demo", "test"]).default("demo"),
  DATABASE_URL: z.string().min(1).optional(),
  NEXTAUTH_URL: z.url().default("http://localhost:3000"),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  RESEND_API_KEY: z.string().min(1).optional(),
  RESEND_BASE_URL: z.url().optional(),
  EMAIL_FROM: z.string().min(3).default("Konsultacje Białystok <konsultacje@localhost>"),
  ADMIN_EMAIL: z.email().optional(),
  SIGNIN_LIMIT_PER_EMAIL: z.coerce.number().int().positive().default(5),
  SIGNIN_LIMIT_PER_IP: z.coerce.number().int().positive().default(30),
  SIGNIN_LIMIT_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  /** Comment submissions (and edits) per person per minute. */
  COMMENT_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(30),
  /** Comment submissions and edits one app server handles at once; more are answered "busy". */
  COMMENT_MAX_IN_FLIGHT: z.coerce.number().int().positive().default(48),
  /** Open-data API requests per client IP per minute. */
  API_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(300),
  SIGNIN_LINK_MINUTES: z.coerce.number().int().positive().default(30),
  /** "off": public pages are rendered for every anonymous reader too (lib/http/page-cache.ts). */
  PAGE_CACHE: z.enum(["on", "off"]).default("on"),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  // An empty variable (`RESEND_API_KEY=`) means "not set", as in most shells' .env files.
  const present = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  const value = parsed.data;
  if (value.APP_ENV === "production" && !value.RESEND_API_KEY) {
    throw new Error("Invalid environment: RESEND_API_KEY is required when APP_ENV=production");
  }
  return value;
}

export const env: Env = load();

/** The local outbox (/dev/outbox) is used whenever no Resend key is configured, never in production. */
export const outboxEnabled = !env.RESEND_API_KEY && env.APP_ENV !== "production";

/**
 * Where this server can reach itself: set by our server (lib/cli/serve.ts) as it starts, or by
 * `next start` once it listens; read when asked because it is set after this module loads.
 */
export function ownOrigin(): string | null {
  return process.env.SERVER_ORIGIN || process.env.__NEXT_PRIVATE_ORIGIN || null;
}

export function requireDatabaseUrl(): string {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides a database");
  }
  return env.DATABASE_URL;
}
