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

const HISTORY_ACTIONS = [
  "organization.registered",
  "organization.updated",
  "organization.verified",
  "organization.rejected",
] as const;

export type OrganizationHistoryEntry = {
  at: Date;
  action: (typeof HISTORY_ACTIONS)[number];
  who: string | null;
  /** organization.rejected: the reason given then (the record keeps only the current one). */
  reason: string | null;
  /** organization.updated: the fields changed, and the register values before and after. */
  changed: string[];
  /** organization.updated: the change sent it (back) to CWOP for verification. */
  resubmitted: boolean;
  before: Record<string, string | null>;
  after: Record<string, string | null>;
};

const fields = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

const texts = (value: unknown): Record<string, string | null> =>
  Object.fromEntries(Object.entries(fields(value)).map(([k, v]) => [k, typeof v === "string" ? v : null]));

/**
 * The organisation's registration, corrections and CWOP's decisions from the audit log, oldest
 * first: a verifier sees why it was rejected before and what was corrected since.
 */
export async function organizationHistory(organizationId: string): Promise<OrganizationHistoryEntry[]> {
  const events = await db.auditEvent.findMany({
    where: { entityType: "Organization", entityId: organizationId, action: { in: [...HISTORY_ACTIONS] } },
    orderBy: { seq: "asc" },
    select: { at: true, action: true, actorId: true, data: true },
  });
  const actorIds = [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const actors = await db.user.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, name: true, email: true },
  });
  const names = new Map(actors.map((a) => [a.id, a.name ?? a.email]));
  return events.map((event) => {
    const data = fields(event.data);
    return {
      at: event.at,
      action: event.action as OrganizationHistoryEntry["action"],
      who: event.actorId ? (names.get(event.actorId) ?? null) : null,
      reason: typeof data.reason === "string" ? data.reason : null,
      changed: Array.isArray(data.changed) ? data.changed.filter((f): f is string => typeof f === "string") : [],
      resubmitted: fields(data.verification).to === "PENDING" && fields(data.verification).from !== "PENDING",
      before: texts(data.before),
      after: texts(data.after),
    };
  });
}
