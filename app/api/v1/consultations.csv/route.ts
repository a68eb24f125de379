import { consultationsCsvEndpoint } from "@/lib/opendata/endpoints";

export const dynamic = "force-dynamic";

/** Published consultations as CSV. */
export const { GET, OPTIONS } = consultationsCsvEndpoint;
