import "server-only";
import { db } from "@/lib/db";

export async function getProfile(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { showNamePublicly: true, clerkOf: { select: { unit: { select: { name: true } } } } },
  });
  return { showNamePublicly: user.showNamePublicly, units: user.clerkOf.map((c) => c.unit.name) };
}
