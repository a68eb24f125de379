import "server-only";
import { db } from "@/lib/db";

export async function listUnitsWithClerks() {
  return db.ownerUnit.findMany({
    orderBy: [{ isCoordinator: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      shortName: true,
      isCoordinator: true,
      email: true,
      _count: { select: { clerks: true } },
    },
  });
}

export async function getUnitWithClerks(id: string) {
  return db.ownerUnit.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      shortName: true,
      isCoordinator: true,
      email: true,
      clerks: {
        orderBy: { user: { email: "asc" } },
        select: { user: { select: { id: true, email: true, name: true } } },
      },
    },
  });
}

export async function listCouncilMembers() {
  return db.councilMember.findMany({
    orderBy: [{ isCoChair: "desc" }, { user: { email: "asc" } }],
    select: {
      appointedBy: true,
      isCoChair: true,
      isSecretary: true,
      termStart: true,
      termEnd: true,
      user: { select: { id: true, email: true, name: true } },
    },
  });
}

/** How many clerks a unit has on the platform (none: nobody can answer its consultations' comments). */
export function countUnitClerks(unitId: string) {
  return db.unitClerk.count({ where: { unitId } });
}

/** One person's seat on the Council (to change it), or null. */
export function getCouncilSeat(userId: string) {
  return db.councilMember.findUnique({
    where: { userId },
    select: {
      appointedBy: true,
      isCoChair: true,
      isSecretary: true,
      termStart: true,
      termEnd: true,
      user: { select: { email: true } },
    },
  });
}
