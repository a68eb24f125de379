import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { db } from "@/lib/db";
import { now } from "@/lib/time/clock";
import { type Actor, seatInTerm } from "./actor";
import { buildAuthOptions } from "./options";

/** The signed-in person with roles, units and memberships read from the database, or null. */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(buildAuthOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  return loadActor(id);
});

export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: {
      clerkOf: { include: { unit: { select: { isCoordinator: true } } } },
      memberships: {
        where: { status: "ACTIVE" },
        include: { organization: { select: { name: true, verification: true } } },
        orderBy: { organization: { name: "asc" } },
      },
      councilSeat: { select: { isSecretary: true, termStart: true, termEnd: true } },
    },
  });
  if (!user) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    roles: user.roles,
    locale: user.locale,
    clerkUnitIds: user.clerkOf.map((c) => c.unitId),
    isCoordinatorClerk: user.roles.includes("CLERK") && user.clerkOf.some((c) => c.unit.isCoordinator),
    memberships: user.memberships.map((m) => ({
      organizationId: m.organizationId,
      organizationName: m.organization.name,
      verified: m.organization.verification === "VERIFIED",
      manager: m.role === "MANAGER",
    })),
    // A seat counts during its term only (3 years by default): a past member keeps the role, not the rights.
    council:
      user.councilSeat && user.roles.includes("COUNCIL_MEMBER") && seatInTerm(user.councilSeat, now())
        ? { isSecretary: user.councilSeat.isSecretary }
        : null,
  };
}
