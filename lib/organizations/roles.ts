import type { RoleValue } from "@/lib/users/schema";

/**
 * The roles a person keeps when NGO_MEMBER follows their active memberships: added with
 * the first, removed with the last; somebody left with no role is a resident.
 */
export function withNgoRole(roles: readonly RoleValue[], hasActiveMembership: boolean): RoleValue[] {
  if (hasActiveMembership) return roles.includes("NGO_MEMBER") ? [...roles] : [...roles, "NGO_MEMBER"];
  const others = roles.filter((r) => r !== "NGO_MEMBER");
  return others.length > 0 ? others : ["RESIDENT"];
}
