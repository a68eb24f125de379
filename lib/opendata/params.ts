import { z } from "zod";
import { PUBLIC_STATUSES } from "./schema";

// Query parameters of the open-data API. Messages are Polish: they go into the `detail` of a
// 400 problem document, which is what a developer reads when a request is wrong.

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 200;
export const MAX_PAGE = 100_000;

function intBetween(min: number, max: number, fallback: number, message: string) {
  return z.coerce
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message })
    .default(fallback);
}

export const pagingParams = z.object({
  page: intBetween(1, MAX_PAGE, 1, `Numer strony (page) musi być liczbą całkowitą od 1 do ${MAX_PAGE}.`),
  per_page: intBetween(
    1,
    MAX_PER_PAGE,
    DEFAULT_PER_PAGE,
    `Liczba wyników na stronie (per_page) musi być liczbą całkowitą od 1 do ${MAX_PER_PAGE}.`,
  ),
});

export const consultationFilterParams = z.object({
  status: z
    .preprocess(
      (value) => (typeof value === "string" ? value.toUpperCase() : value),
      z.enum(PUBLIC_STATUSES, { error: `Stan (status) musi być jednym z: ${PUBLIC_STATUSES.join(", ")}.` }),
    )
    .optional(),
  owner_unit: z
    .string()
    .min(1, { error: "Komórka (owner_unit) musi być niepustym identyfikatorem (slug)." })
    .max(200, { error: "Komórka (owner_unit) może mieć najwyżej 200 znaków." })
    .optional(),
});

export const consultationListParams = pagingParams.extend(consultationFilterParams.shape);

export type Paging = z.infer<typeof pagingParams>;
export type ConsultationFilter = z.infer<typeof consultationFilterParams>;

export type ParamProblem = { parameter: string; detail: string };

/** The query string as an object (a repeated parameter: its last value). */
export function queryObject(url: URL): Record<string, string> {
  return Object.fromEntries(url.searchParams.entries());
}

/** Parses the query with a schema; the problems name the parameter and say what is allowed. */
export function parseQuery<T extends z.ZodType>(
  schema: T,
  url: URL,
): { ok: true; value: z.infer<T> } | { ok: false; problems: ParamProblem[] } {
  const parsed = schema.safeParse(queryObject(url));
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({ parameter: String(issue.path[0] ?? ""), detail: issue.message })),
  };
}

/** A record id or slug from the path: checked before it reaches a query. */
export const idParam = z.string().min(1).max(200);
