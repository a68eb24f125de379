import "server-only";
import { db } from "@/lib/db";
import type { AccountDeletionContext } from "./policy";

export async function getProfile(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { showNamePublicly: true, clerkOf: { select: { unit: { select: { name: true } } } } },
  });
  return { showNamePublicly: user.showNamePublicly, units: user.clerkOf.map((c) => c.unit.name) };
}

export const USERS_PAGE_SIZE = 25;

export async function findUserIdByEmail(email: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  return user?.id ?? null;
}

/** The administrators' list: search by e-mail or name, one page at a time. */
export async function searchUsers(q: string, page: number) {
  const where = q
    ? {
        OR: [
          { email: { contains: q, mode: "insensitive" as const } },
          { name: { contains: q, mode: "insensitive" as const } },
        ],
      }
    : {};
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ email: "asc" }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: { id: true, email: true, name: true, roles: true },
    }),
  ]);
  return { total, rows };
}

export async function getUserForAdmin(id: string) {
  return db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      roles: true,
      createdAt: true,
      clerkOf: { select: { unit: { select: { name: true } } } },
      memberships: {
        where: { status: "ACTIVE" },
        select: { role: true, organization: { select: { id: true, name: true } } },
      },
      councilSeat: { select: { appointedBy: true } },
    },
  });
}

export async function findUserById(id: string) {
  return db.user.findUnique({ where: { id }, select: { id: true, email: true, roles: true } });
}

/** What `checkDeleteOwnAccount` needs. */
export async function accountDeletionContext(userId: string): Promise<AccountDeletionContext> {
  const [otherAdmins, managed] = await Promise.all([
    db.user.count({ where: { id: { not: userId }, roles: { has: "ADMIN" } } }),
    db.membership.findMany({
      where: { userId, role: "MANAGER", status: "ACTIVE" },
      select: {
        organization: {
          select: {
            name: true,
            _count: { select: { memberships: { where: { role: "MANAGER", status: "ACTIVE" } } } },
          },
        },
      },
    }),
  ]);
  return {
    otherAdmins,
    soleManagerOf: managed.filter((m) => m.organization._count.memberships === 1).map((m) => m.organization.name),
  };
}

/**
 * Everything the platform holds about a person, for them to download (RODO art. 15 and 20):
 * the account, memberships, Council seat and units, their comments (drafts too) with every
 * version, their notification settings, and what the audit log records them doing. Sign-in
 * tokens and session secrets are left out (they are keys, not data about the person).
 */
export async function personalDataExport(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      roles: true,
      locale: true,
      showNamePublicly: true,
      createdAt: true,
      updatedAt: true,
      memberships: {
        select: { role: true, status: true, createdAt: true, organization: { select: { id: true, name: true } } },
      },
      councilSeat: {
        select: { appointedBy: true, isCoChair: true, isSecretary: true, termStart: true, termEnd: true },
      },
      clerkOf: { select: { unit: { select: { name: true } } } },
      notificationSubscription: {
        select: { allTopics: true, frequency: true, topics: { select: { ownerUnit: { select: { name: true } } } } },
      },
      comments: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          status: true,
          channel: true,
          asCouncil: true,
          bodyText: true,
          proposedWording: true,
          justification: true,
          receiptNumber: true,
          submittedAt: true,
          createdAt: true,
          hiddenAt: true,
          hiddenReason: true,
          consultation: { select: { slug: true, title: true } },
          provision: { select: { citation: true } },
          organization: { select: { name: true } },
          revisions: {
            orderBy: { revision: "asc" },
            select: {
              revision: true,
              status: true,
              proposedWording: true,
              justification: true,
              receiptNumber: true,
              createdAt: true,
            },
          },
        },
      },
      _count: { select: { sessions: true } },
    },
  });
  const events = await db.auditEvent.findMany({
    where: { actorId: userId },
    orderBy: { seq: "asc" },
    select: { at: true, action: true, entityType: true, entityId: true },
  });
  const { _count, ...account } = user;
  return { account, activeSessions: _count.sessions, auditEvents: events };
}
