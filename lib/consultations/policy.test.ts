import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { canManageConsultation, canOpenPanel, canReadConsultation, canSeeAllConsultations } from "./policy";

function actor(overrides: Partial<Actor>): Actor {
  return {
    id: "u",
    name: "U",
    email: "u@example.pl",
    roles: ["RESIDENT"],
    locale: "pl",
    clerkUnitIds: [],
    isCoordinatorClerk: false,
    memberships: [],
    council: null,
    ...overrides,
  };
}

const resident = actor({});
const educationClerk = actor({ roles: ["CLERK"], clerkUnitIds: ["edu"] });
const cwopClerk = actor({ roles: ["CLERK"], clerkUnitIds: ["cwop"], isCoordinatorClerk: true });
const admin = actor({ roles: ["ADMIN"] });
const consultation = { ownerUnitId: "edu", status: "OPEN" };

describe("consultation policy", () => {
  it("opens the panel to clerks and admins only", () => {
    expect(canOpenPanel(null)).toBe(false);
    expect(canOpenPanel(resident)).toBe(false);
    expect(canOpenPanel(actor({ roles: ["CLERK"], clerkUnitIds: [] }))).toBe(false);
    expect(canOpenPanel(educationClerk)).toBe(true);
    expect(canOpenPanel(admin)).toBe(true);
  });

  it("lets a clerk manage the consultations of their own unit, CWOP clerks and admins all", () => {
    expect(canManageConsultation(educationClerk, consultation)).toBe(true);
    expect(canManageConsultation(educationClerk, { ...consultation, ownerUnitId: "social" })).toBe(false);
    expect(canManageConsultation(cwopClerk, { ...consultation, ownerUnitId: "social" })).toBe(true);
    expect(canManageConsultation(admin, consultation)).toBe(true);
    expect(canManageConsultation(resident, consultation)).toBe(false);
    expect(canSeeAllConsultations(educationClerk)).toBe(false);
    expect(canSeeAllConsultations(cwopClerk)).toBe(true);
  });

  it("hides drafts from the public and shows everything published", () => {
    const draft = { ...consultation, status: "DRAFT" };
    expect(canReadConsultation(null, draft)).toBe(false);
    expect(canReadConsultation(resident, draft)).toBe(false);
    expect(canReadConsultation(educationClerk, draft)).toBe(true);
    expect(canReadConsultation(null, consultation)).toBe(true);
  });
});
