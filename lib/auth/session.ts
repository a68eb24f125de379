import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { db } from "@/lib/db";
import { now } from "@/lib/time/clock";
import type { RoleValue } from "@/lib/users/schema";
import { type Actor, seatInTerm } from "./actor";
import { buildAuthOptions } from "./options";

/** The signed-in person with roles, units and memberships read from the database, or null. */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(buildAuthOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  return loadActor(id);
});

type ActorRow = {
  id: string;
  name: string | null;
  email: string;
  roles: RoleValue[];
  locale: string;
  clerk_of: { unitId: string; isCoordinator: boolean }[];
  memberships: { organizationId: string; organizationName: string; verification: string; role: string }[];
  is_secretary: boolean | null;
  term_start: string | null;
  term_end: string | null;
};

/**
 * The person with clerk units, active memberships and Council seat, in one statement: it runs
 * on every signed-in request (it was five).
 */
export async function loadActor(userId: string): Promise<Actor | null> {
  const [user] = await db.$queryRaw<ActorRow[]>`
    SELECT u.id, u.name, u.email, u.roles::text[] AS roles, u.locale,
      COALESCE((SELECT json_agg(json_build_object('unitId', uc.unit_id, 'isCoordinator', ou.is_coordinator)
                                ORDER BY uc.unit_id)
                FROM unit_clerks uc JOIN owner_units ou ON ou.id = uc.unit_id
                WHERE uc.user_id = u.id), '[]'::json) AS clerk_of,
      COALESCE((SELECT json_agg(json_build_object('organizationId', m.organization_id, 'organizationName', o.name,
                                                  'verification', o.verification, 'role', m.role)
                                ORDER BY o.name, o.id)
                FROM memberships m JOIN organizations o ON o.id = m.organization_id
                WHERE m.user_id = u.id AND m.status = 'ACTIVE'), '[]'::json) AS memberships,
      cm.is_secretary, to_char(cm.term_start, 'YYYY-MM-DD') AS term_start, to_char(cm.term_end, 'YYYY-MM-DD') AS term_end
    FROM users u LEFT JOIN council_members cm ON cm.user_id = u.id
    WHERE u.id = ${userId}`;
  if (!user) return null;
  const seat =
    user.term_start && user.term_end
      ? {
          isSecretary: user.is_secretary === true,
          termStart: new Date(`${user.term_start}T00:00:00Z`),
          termEnd: new Date(`${user.term_end}T00:00:00Z`),
        }
      : null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    roles: user.roles,
    locale: user.locale,
    clerkUnitIds: user.clerk_of.map((c) => c.unitId),
    isCoordinatorClerk: user.roles.includes("CLERK") && user.clerk_of.some((c) => c.isCoordinator),
    memberships: user.memberships.map((m) => ({
      organizationId: m.organizationId,
      organizationName: m.organizationName,
      verified: m.verification === "VERIFIED",
      manager: m.role === "MANAGER",
    })),
    // A seat counts during its term only (3 years by default): a past member keeps the role, not the rights.
    council:
      seat && user.roles.includes("COUNCIL_MEMBER") && seatInTerm(seat, now())
        ? { isSecretary: seat.isSecretary }
        : null,
  };
}
