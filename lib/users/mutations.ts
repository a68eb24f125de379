import "server-only";
import { appendAuditEvent } from "@/lib/audit/log";
import { db } from "@/lib/db";
import { type ProfileInput, type RoleValue, roleValues } from "./schema";

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

/** An administrator's change of a person's roles, logged with the roles before and after. */
export async function setUserRoles(actorId: string, userId: string, roles: RoleValue[]) {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { roles: true } });
    const ordered = roleValues.filter((r) => roles.includes(r));
    await tx.user.update({ where: { id: userId }, data: { roles: ordered } });
    await appendAuditEvent(tx, {
      actorId,
      action: "user.roles_changed",
      entityType: "User",
      entityId: userId,
      data: { before: before.roles, after: ordered },
    });
  });
}
