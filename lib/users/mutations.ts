import "server-only";
import { appendAuditEvent } from "@/lib/audit/log";
import { db } from "@/lib/db";
import type { ProfileInput } from "./schema";

export async function updateProfile(userId: string, input: ProfileInput) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: userId }, data: input, select: { id: true, name: true } });
    await appendAuditEvent(tx, {
      actorId: userId,
      action: "user.profile_updated",
      entityType: "User",
      entityId: userId,
      data: { showNamePublicly: input.showNamePublicly },
    });
    return user;
  });
}
