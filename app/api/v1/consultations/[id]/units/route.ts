import { unitsEndpoint } from "@/lib/opendata/endpoints";

export const dynamic = "force-dynamic";

/** The drafting units of the current published version, paged. */
export const { GET, OPTIONS } = unitsEndpoint;
