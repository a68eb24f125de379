import { commentsCsvEndpoint } from "@/lib/opendata/endpoints";

export const dynamic = "force-dynamic";

/** Public comments as CSV. */
export const { GET, OPTIONS } = commentsCsvEndpoint;
