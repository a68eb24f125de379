import { warsawDate } from "@/lib/time/warsaw";
import type { RoleValue } from "@/lib/users/schema";

/** Who is acting, as the policies see it: plain data loaded from the database. */
export type Actor = {
  id: string;
  name: string | null;
  email: string;
  roles: readonly RoleValue[];
  locale: string;
  /** Owner units this person is a clerk of. */
  clerkUnitIds: readonly string[];
  /** A clerk of CWOP, which coordinates every consultation. */
  isCoordinatorClerk: boolean;
  memberships: readonly {
    organizationId: string;
    organizationName: string;
    verified: boolean;
    manager: boolean;
  }[];
  council: { isSecretary: boolean } | null;
};

/** Anonymous visitors are `null`. */
export type MaybeActor = Actor | null;

export function hasRole(actor: MaybeActor, role: RoleValue): boolean {
  return actor?.roles.includes(role) ?? false;
}

export function isAdmin(actor: MaybeActor): boolean {
  return hasRole(actor, "ADMIN");
}

export function isClerk(actor: MaybeActor): boolean {
  return hasRole(actor, "CLERK") && (actor?.clerkUnitIds.length ?? 0) > 0;
}

/** Whether a Council seat's term (dates, both days included) covers the Warsaw day of `at`. */
export function seatInTerm(seat: { termStart: Date; termEnd: Date }, at: Date): boolean {
  const today = warsawDate(at);
  return seat.termStart.toISOString().slice(0, 10) <= today && today <= seat.termEnd.toISOString().slice(0, 10);
}
