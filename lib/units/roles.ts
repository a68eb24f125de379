import type { RoleValue } from "@/lib/users/schema";

/** Adds or removes one role that follows a record (a unit's clerk, a Council seat); nobody is left without a role. */
export function withRole(roles: readonly RoleValue[], role: RoleValue, present: boolean): RoleValue[] {
  if (present) return roles.includes(role) ? [...roles] : [...roles, role];
  const others = roles.filter((r) => r !== role);
  return others.length > 0 ? others : ["RESIDENT"];
}
