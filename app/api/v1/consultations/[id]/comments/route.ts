import { commentsEndpoint } from "@/lib/opendata/endpoints";

export const dynamic = "force-dynamic";

/** Public comments, paged; answers only once the report is published. */
export const { GET, OPTIONS } = commentsEndpoint;
