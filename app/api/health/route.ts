import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** For load balancers and the start script: the app answers and its database does. */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "database_unavailable" }, { status: 503 });
  }
}
