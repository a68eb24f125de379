import { reportsEndpoint } from "@/lib/opendata/endpoints";

export const dynamic = "force-dynamic";

/** Published reports, paged. */
export const { GET, OPTIONS } = reportsEndpoint;
