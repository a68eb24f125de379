import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_JOB_SCHEMA } from "./boss";

export type FailedJob = {
  id: string;
  queue: string;
  error: string;
  attempts: number;
  data: unknown;
  createdAt: Date;
  failedAt: Date | null;
};

type Row = {
  id: string;
  name: string;
  retry_count: number;
  output: unknown;
  data: unknown;
  created_on: Date;
  completed_on: Date | null;
};

/** The message of what a failed job stored as its output (pg-boss keeps the serialised error). */
function errorOf(output: unknown): string {
  if (output && typeof output === "object") {
    const o = output as { message?: unknown; value?: { message?: unknown } };
    if (typeof o.message === "string") return o.message;
    if (typeof o.value?.message === "string") return o.value.message;
  }
  return output == null ? "" : JSON.stringify(output);
}

/**
 * Jobs that failed for good (after their retries), newest first, read from pg-boss's own
 * tables: the live ones and those already moved to its archive. Empty when the queue was
 * never started on this database.
 */
export async function listFailedJobs(take = 100, schema = DEFAULT_JOB_SCHEMA): Promise<FailedJob[]> {
  if (!/^[a-z_][a-z0-9_]{0,49}$/.test(schema)) throw new Error(`unsafe job schema name: ${schema}`);
  const columns = "id::text AS id, name, retry_count, output, data, created_on, completed_on";
  try {
    const rows = await db.$queryRawUnsafe<Row[]>(
      `SELECT * FROM (
         SELECT ${columns} FROM "${schema}".job WHERE state = 'failed'
         UNION ALL
         SELECT ${columns} FROM "${schema}".archive WHERE state = 'failed'
       ) failed ORDER BY completed_on DESC NULLS LAST, created_on DESC LIMIT $1`,
      take,
    );
    return rows.map((r) => ({
      id: r.id,
      queue: r.name,
      error: errorOf(r.output),
      attempts: Number(r.retry_count) + 1,
      data: r.data,
      createdAt: r.created_on,
      failedAt: r.completed_on,
    }));
  } catch (error) {
    // 42P01: the schema's tables do not exist (no instance has started the queue here yet).
    if (/42P01|does not exist/.test(error instanceof Error ? error.message : String(error))) return [];
    throw error;
  }
}
