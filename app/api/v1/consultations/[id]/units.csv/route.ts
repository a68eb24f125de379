import { unitsCsvEndpoint } from "@/lib/opendata/endpoints";

export const dynamic = "force-dynamic";

/** The drafting units as CSV. */
export const { GET, OPTIONS } = unitsCsvEndpoint;
