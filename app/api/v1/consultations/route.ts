import { consultationsEndpoint } from "@/lib/opendata/endpoints";

export const dynamic = "force-dynamic";

/** Published consultations, paged (see lib/opendata/openapi.ts). */
export const { GET, OPTIONS } = consultationsEndpoint;
