import { consultationEndpoint } from "@/lib/opendata/endpoints";

export const dynamic = "force-dynamic";

/** One published consultation's details. */
export const { GET, OPTIONS } = consultationEndpoint;
