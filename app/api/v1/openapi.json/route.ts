import { openApiEndpoint } from "@/lib/opendata/endpoints";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 document of /api/v1. */
export const { GET, OPTIONS } = openApiEndpoint;
