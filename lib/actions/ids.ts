import { z } from "zod";

/** A record id from a URL or a client call (cuid or a seeded id): checked before it reaches a query. */
export const recordId = z.string().min(1).max(64);
