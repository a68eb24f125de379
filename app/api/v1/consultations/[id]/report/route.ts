import { consultationReportEndpoint } from "@/lib/opendata/endpoints";

export const dynamic = "force-dynamic";

/** The consultation's published report. */
export const { GET, OPTIONS } = consultationReportEndpoint;
