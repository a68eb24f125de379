import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MembershipRef, OrganizationRef } from "./policy";

export const ORGANIZATIONS_PAGE_SIZE = 20;

/** The organisation's state and one person's membership, as the policies need them. */
export async function getMembershipContext(
  organizationId: string,
  userId: string | null,
): Promise<{ org: OrganizationRef | null; membership: MembershipRef; activeManagers: number }> {
  const [org, membership, activeManagers] = await Promise.all([
    db.organization.findUnique({ where: { id: organizationId }, select: { id: true, verification: true } }),
    userId
      ? db.membership.findUnique({
          where: { userId_organizationId: { userId, organizationId } },
          select: { userId: true, role: true, status: true },
        })
      : null,
    countActiveManagers(db, organizationId),
  ]);
  return { org, membership, activeManagers };
}

export function countActiveManagers(client: Prisma.TransactionClient, organizationId: string) {
  return client.membership.count({ where: { organizationId, role: "MANAGER", status: "ACTIVE" } });
}

/** Verified organisations, searched by name, register number or seat; paged. */
export async function searchVerifiedOrganizations(q: string, page: number) {
  const where: Prisma.OrganizationWhereInput = {
    verification: "VERIFIED",
    ...(q
      ? {
          OR: [
            { name: { contains: q, mode: "insensitive" } },
            { registerNumber: { contains: q.replace(/\s/g, "") } },
            { seatAddress: { contains: q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.organization.count({ where }),
    db.organization.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * ORGANIZATIONS_PAGE_SIZE,
      take: ORGANIZATIONS_PAGE_SIZE,
      select: { id: true, name: true, legalForm: true, registerKind: true, registerNumber: true, seatAddress: true },
    }),
  ]);
  return { total, rows };
}

/** Every membership of one person that is not LEFT: their organisations, invitations and requests. */
export async function listOwnMemberships(userId: string) {
  return db.membership.findMany({
    where: { userId, status: { not: "LEFT" } },
    orderBy: [{ status: "asc" }, { organization: { name: "asc" } }],
    select: {
      status: true,
      role: true,
      organization: { select: { id: true, name: true, verification: true } },
    },
  });
}

export async function getOrganization(id: string) {
  return db.organization.findUnique({
    where: { id },
    include: { verifiedBy: { select: { name: true, email: true } } },
  });
}

/** The members of an organisation (not those who left), managers first. */
export async function listMembers(organizationId: string) {
  return db.membership.findMany({
    where: { organizationId, status: { not: "LEFT" } },
    orderBy: [{ status: "asc" }, { role: "asc" }, { user: { email: "asc" } }],
    select: {
      role: true,
      status: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true } },
    },
  });
}

/** CWOP's verification queue: pending first, then the rest, newest first. */
export async function listOrganizationsForVerification() {
  const rows = await db.organization.findMany({
    orderBy: [{ createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      legalForm: true,
      registerKind: true,
      registerNumber: true,
      verification: true,
      createdAt: true,
    },
  });
  const rank = { PENDING: 0, REJECTED: 1, VERIFIED: 2 } as const;
  return rows.sort((a, b) => rank[a.verification] - rank[b.verification]);
}
