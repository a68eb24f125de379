import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { canOpenPreferences, checkEditPreferences } from "./policy";

const person = (id: string, overrides: Partial<Actor> = {}): Actor => ({
  id,
  name: null,
  email: `${id}@example.org`,
  roles: ["RESIDENT"],
  locale: "pl",
  clerkUnitIds: [],
  isCoordinatorClerk: false,
  memberships: [],
  council: null,
  ...overrides,
});

const membership = (organizationId: string, manager: boolean) => ({
  organizationId,
  organizationName: organizationId,
  verified: true,
  manager,
});

const people = {
  anonymous: null,
  resident: person("resident"),
  ngoMember: person("member", { roles: ["NGO_MEMBER"], memberships: [membership("org-1", false)] }),
  manager: person("manager", { roles: ["NGO_MEMBER"], memberships: [membership("org-1", true)] }),
  otherOrgManager: person("other", { roles: ["NGO_MEMBER"], memberships: [membership("org-2", true)] }),
  admin: person("admin", { roles: ["ADMIN"] }),
} as const;

const own = { kind: "user" } as const;
const org1 = { kind: "organization", organizationId: "org-1" } as const;

describe("who may change notification preferences", () => {
  it.each([
    // who, own subscription, organisation org-1's subscription
    ["anonymous", "unauthenticated", "unauthenticated"],
    ["resident", "ok", "forbidden"],
    ["ngoMember", "ok", "forbidden"],
    ["manager", "ok", "ok"],
    ["otherOrgManager", "ok", "forbidden"],
    ["admin", "ok", "ok"],
  ] as const)("%s: own %s, the organisation's %s", (who, forOwn, forOrg) => {
    const actor = people[who];
    const outcome = (decision: ReturnType<typeof checkEditPreferences>) => (decision.ok ? "ok" : decision.reason);
    expect(outcome(checkEditPreferences(actor, own))).toBe(forOwn);
    expect(outcome(checkEditPreferences(actor, org1))).toBe(forOrg);
    expect(canOpenPreferences(actor)).toBe(who !== "anonymous");
  });
});
