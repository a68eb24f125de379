import "server-only";
import { appendAuditEvent } from "@/lib/audit/log";
import { db } from "@/lib/db";

/**
 * Ends the session behind this cookie value, or every session of its person
 * ("sign out everywhere": other browsers and devices too). Unknown tokens end nothing.
 */
export async function endSessions(sessionToken: string, everywhere: boolean): Promise<number> {
  const session = await db.session.findUnique({ where: { sessionToken }, select: { userId: true } });
  if (!session) return 0;
  return db.$transaction(async (tx) => {
    const ended = await tx.session.deleteMany({
      where: everywhere ? { userId: session.userId } : { sessionToken },
    });
    if (everywhere) {
      await appendAuditEvent(tx, {
        actorId: session.userId,
        action: "user.signed-out-everywhere",
        entityType: "User",
        entityId: session.userId,
        data: { sessions: ended.count },
      });
    }
    return ended.count;
  });
}
