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

/**
 * Roles that follow a record and are given with it: a unit's clerk (on the unit's page), a Council
 * seat (on the Council's page), an organisation's membership (NGO_MEMBER follows memberships).
 * Ticked here, they would grant nothing; NGO_MEMBER untucked here would disagree with the memberships.
 */
const GIVEN_ELSEWHERE: readonly RoleValue[] = ["CLERK", "COUNCIL_MEMBER", "NGO_MEMBER"];

/**
 * An administrator's change of a person's roles, logged with the roles before and after. Taking
 * away CLERK or COUNCIL_MEMBER also takes away what they stand for (the unit clerkships, the seat),
 * so that no stale clerk or member keeps showing; giving them is refused (done with the record).
 */
export async function setUserRoles(
  actorId: string,
  userId: string,
  roles: RoleValue[],
): Promise<{ ok: true } | { ok: false; code: string }> {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { roles: true } });
    const ordered = roleValues.filter((r) => roles.includes(r));
    const added = ordered.filter((r) => !before.roles.includes(r));
    const removed = before.roles.filter((r) => !ordered.includes(r));
    if (added.some((r) => GIVEN_ELSEWHERE.includes(r)) || removed.includes("NGO_MEMBER")) {
      return { ok: false as const, code: "roles.givenElsewhere" };
    }
    const clerkships = removed.includes("CLERK") ? await tx.unitClerk.deleteMany({ where: { userId } }) : { count: 0 };
    const seats = removed.includes("COUNCIL_MEMBER")
      ? await tx.councilMember.deleteMany({ where: { userId } })
      : { count: 0 };
    await tx.user.update({ where: { id: userId }, data: { roles: ordered } });
    await appendAuditEvent(tx, {
      actorId,
      action: "user.roles_changed",
      entityType: "User",
      entityId: userId,
      data: { before: before.roles, after: ordered, clerkshipsRemoved: clerkships.count, seatRemoved: seats.count > 0 },
    });
    return { ok: true as const };
  });
}

/** The address a deleted account keeps (unique, and never a mailbox: `.invalid` is reserved, RFC 2606). */
export function deletedAccountEmail(userId: string): string {
  return `usuniete-konto-${userId}@konsultacje.invalid`;
}

/**
 * Deletes a person's account (RODO art. 17) by taking out everything that identifies them while
 * keeping what the consultations' record needs: their submitted comments stay (an organisation's
 * under its name; their own as "Mieszkaniec/Mieszkanka", the name being gone), answers and reports
 * are untouched. Gone: name and address, sign-in (sessions, accounts, tokens), roles beyond
 * resident, memberships, the Council seat and unit clerkships, notification settings, unsent drafts
 * and the e-mails sent to them. The audit log keeps its entries (append-only, no e-mail in them)
 * and gets one more, without personal data.
 */
export async function deleteAccount(userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    await tx.session.deleteMany({ where: { userId } });
    await tx.account.deleteMany({ where: { userId } });
    await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
    await tx.unitClerk.deleteMany({ where: { userId } });
    await tx.councilMember.deleteMany({ where: { userId } });
    await tx.notificationSubscription.deleteMany({ where: { userId } });
    await tx.membership.deleteMany({ where: { userId } });
    await tx.comment.deleteMany({ where: { authorId: userId, status: "DRAFT" } });
    await tx.emailMessage.deleteMany({ where: { to: user.email } });
    await tx.user.update({
      where: { id: userId },
      data: {
        email: deletedAccountEmail(userId),
        name: null,
        emailVerified: null,
        image: null,
        showNamePublicly: false,
        roles: ["RESIDENT"],
        locale: "pl",
      },
    });
    await appendAuditEvent(tx, {
      actorId: userId,
      action: "user.deleted",
      entityType: "User",
      entityId: userId,
      data: {},
    });
  });
}
