import "server-only";
import { appendAuditEvent } from "@/lib/audit/log";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RoleValue } from "@/lib/users/schema";
import { withRole } from "./roles";
import type { CouncilSeatInput } from "./schema";
import { unitSlug } from "./schema";

type Tx = Prisma.TransactionClient;

export type MutationResult<T = undefined> = { ok: true; data: T } | { ok: false; reason: "conflict"; code: string };

async function userByEmail(tx: Tx, email: string, role: RoleValue) {
  return (
    (await tx.user.findUnique({ where: { email }, select: { id: true, roles: true } })) ??
    (await tx.user.create({ data: { email, roles: [role] }, select: { id: true, roles: true } }))
  );
}

async function setRole(tx: Tx, userId: string, role: RoleValue, present: boolean) {
  const { roles } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { roles: true } });
  const next = withRole(roles, role, present);
  if (next.join() !== roles.join()) await tx.user.update({ where: { id: userId }, data: { roles: next } });
}

/**
 * An administrator corrects a unit (a department renamed, its e-mail, or the coordinating tick set
 * by mistake: it gives its clerks every consultation and organisation verification), logged with
 * what changed before and after. The address (slug) stays, so that links keep working.
 */
export async function updateUnit(
  actorId: string,
  unitId: string,
  input: { name: string; shortName: string; isCoordinator: boolean; email: string },
): Promise<MutationResult<{ changed: string[] }>> {
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.ownerUnit.findUnique({
        where: { id: unitId },
        select: { name: true, shortName: true, isCoordinator: true, email: true },
      });
      if (!current) return { ok: false as const, reason: "conflict" as const, code: "unit.missing" };
      const next = {
        name: input.name,
        shortName: input.shortName,
        isCoordinator: input.isCoordinator,
        email: input.email || null,
      };
      const changed = (Object.keys(next) as (keyof typeof next)[]).filter((key) => current[key] !== next[key]);
      if (changed.length > 0) {
        await tx.ownerUnit.update({ where: { id: unitId }, data: next });
        await appendAuditEvent(tx, {
          actorId,
          action: "unit.updated",
          entityType: "OwnerUnit",
          entityId: unitId,
          data: {
            before: Object.fromEntries(changed.map((key) => [key, current[key]])),
            after: Object.fromEntries(changed.map((key) => [key, next[key]])),
          },
        });
      }
      return { ok: true as const, data: { changed } };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, reason: "conflict", code: "unit.duplicate" };
    }
    throw error;
  }
}

export async function createUnit(
  actorId: string,
  input: { name: string; shortName: string; isCoordinator: boolean; email: string },
): Promise<MutationResult<{ id: string }>> {
  const slug = unitSlug(input.shortName) || unitSlug(input.name);
  try {
    return await db.$transaction(async (tx) => {
      const unit = await tx.ownerUnit.create({
        data: {
          slug,
          name: input.name,
          shortName: input.shortName,
          isCoordinator: input.isCoordinator,
          email: input.email || null,
        },
        select: { id: true },
      });
      await appendAuditEvent(tx, {
        actorId,
        action: "unit.created",
        entityType: "OwnerUnit",
        entityId: unit.id,
        data: { name: input.name, slug, isCoordinator: input.isCoordinator },
      });
      return { ok: true as const, data: unit };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, reason: "conflict", code: "unit.duplicate" };
    }
    throw error;
  }
}

/** Makes the person a clerk of the unit (creating their account if needed) and gives them CLERK. */
export async function addUnitClerk(actorId: string, unitId: string, email: string): Promise<MutationResult> {
  return db.$transaction(async (tx) => {
    if (!(await tx.ownerUnit.findUnique({ where: { id: unitId }, select: { id: true } }))) {
      return { ok: false as const, reason: "conflict" as const, code: "unit.missing" };
    }
    const user = await userByEmail(tx, email, "CLERK");
    const existing = await tx.unitClerk.findUnique({ where: { unitId_userId: { unitId, userId: user.id } } });
    if (existing) return { ok: false as const, reason: "conflict" as const, code: "unit.clerkExists" };
    await tx.unitClerk.create({ data: { unitId, userId: user.id } });
    await setRole(tx, user.id, "CLERK", true);
    await appendAuditEvent(tx, {
      actorId,
      action: "unit.clerk_added",
      entityType: "OwnerUnit",
      entityId: unitId,
      data: { userId: user.id },
    });
    return { ok: true as const, data: undefined };
  });
}

/** Removes a clerk from a unit; CLERK goes with their last unit. */
export async function removeUnitClerk(actorId: string, unitId: string, userId: string): Promise<MutationResult> {
  return db.$transaction(async (tx) => {
    const removed = await tx.unitClerk.deleteMany({ where: { unitId, userId } });
    if (removed.count === 0) return { ok: false as const, reason: "conflict" as const, code: "unit.clerkMissing" };
    const remaining = await tx.unitClerk.count({ where: { userId } });
    await setRole(tx, userId, "CLERK", remaining > 0);
    await appendAuditEvent(tx, {
      actorId,
      action: "unit.clerk_removed",
      entityType: "OwnerUnit",
      entityId: unitId,
      data: { userId },
    });
    return { ok: true as const, data: undefined };
  });
}

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Gives (or changes) a Council seat to the person with this e-mail, with COUNCIL_MEMBER. */
const isoDate = (value: Date) => value.toISOString().slice(0, 10);

export async function setCouncilSeat(actorId: string, input: CouncilSeatInput): Promise<MutationResult> {
  return db.$transaction(async (tx) => {
    const user = await userByEmail(tx, input.email, "COUNCIL_MEMBER");
    const seat = {
      appointedBy: input.appointedBy,
      isCoChair: input.isCoChair,
      isSecretary: input.isSecretary,
      termStart: date(input.termStart),
      termEnd: date(input.termEnd),
    };
    const before = await tx.councilMember.findUnique({
      where: { userId: user.id },
      select: { appointedBy: true, isCoChair: true, isSecretary: true, termStart: true, termEnd: true },
    });
    await tx.councilMember.upsert({ where: { userId: user.id }, create: { userId: user.id, ...seat }, update: seat });
    await setRole(tx, user.id, "COUNCIL_MEMBER", true);
    await appendAuditEvent(tx, {
      actorId,
      action: "council.seat_set",
      entityType: "CouncilMember",
      entityId: user.id,
      // The seat as it was too, so that a change (not only a new seat) can be read back.
      data: {
        ...input,
        email: undefined,
        before: before ? { ...before, termStart: isoDate(before.termStart), termEnd: isoDate(before.termEnd) } : null,
      },
    });
    return { ok: true as const, data: undefined };
  });
}

export async function removeCouncilSeat(actorId: string, userId: string): Promise<MutationResult> {
  return db.$transaction(async (tx) => {
    const removed = await tx.councilMember.deleteMany({ where: { userId } });
    if (removed.count === 0) return { ok: false as const, reason: "conflict" as const, code: "council.seatMissing" };
    await setRole(tx, userId, "COUNCIL_MEMBER", false);
    await appendAuditEvent(tx, {
      actorId,
      action: "council.seat_removed",
      entityType: "CouncilMember",
      entityId: userId,
    });
    return { ok: true as const, data: undefined };
  });
}
