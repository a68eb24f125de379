import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import {
  canCreateConsultation,
  canEditConsultationDetails,
  canExtendConsultation,
  canManageConsultation,
  canOpenPanel,
  canPublishConsultation,
  canReadConsultation,
  canSeeAllConsultations,
  canUnpublishConsultation,
  detailsEditScope,
} from "./policy";

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

describe("consultation management policy", () => {
  const at = (status: string) => ({ ownerUnitId: "edu", status });

  it("lets a clerk create consultations for their own units only; CWOP clerks and admins for any", () => {
    expect(canCreateConsultation(educationClerk, "edu")).toBe(true);
    expect(canCreateConsultation(educationClerk, "social")).toBe(false);
    expect(canCreateConsultation(cwopClerk, "social")).toBe(true);
    expect(canCreateConsultation(admin, "social")).toBe(true);
    expect(canCreateConsultation(resident, "edu")).toBe(false);
    expect(canCreateConsultation(null)).toBe(false);
    expect(canCreateConsultation(educationClerk)).toBe(true);
    expect(canCreateConsultation(actor({ roles: ["CLERK"], clerkUnitIds: [] }))).toBe(false);
  });

  it("allows every detail of a draft, a few after publication and nothing after the report", () => {
    expect(detailsEditScope("DRAFT")).toBe("full");
    expect(detailsEditScope("SCHEDULED")).toBe("limited");
    expect(detailsEditScope("OPEN")).toBe("limited");
    expect(detailsEditScope("CLOSED")).toBe("limited");
    expect(detailsEditScope("REPORT_PUBLISHED")).toBe("none");
    expect(canEditConsultationDetails(educationClerk, at("DRAFT"))).toBe(true);
    expect(canEditConsultationDetails(educationClerk, at("OPEN"))).toBe(true);
    expect(canEditConsultationDetails(educationClerk, at("REPORT_PUBLISHED"))).toBe(false);
    expect(canEditConsultationDetails(educationClerk, { ...at("DRAFT"), ownerUnitId: "social" })).toBe(false);
    expect(canEditConsultationDetails(resident, at("DRAFT"))).toBe(false);
  });

  it("extends the end date only while the consultation is open", () => {
    expect(canExtendConsultation(educationClerk, at("OPEN"))).toBe(true);
    expect(canExtendConsultation(educationClerk, at("SCHEDULED"))).toBe(false);
    expect(canExtendConsultation(educationClerk, at("CLOSED"))).toBe(false);
    expect(canExtendConsultation(educationClerk, { ...at("OPEN"), ownerUnitId: "social" })).toBe(false);
  });

  it("publishes drafts only, and withdraws a publication only before the consultation opens", () => {
    expect(canPublishConsultation(educationClerk, at("DRAFT"))).toBe(true);
    expect(canPublishConsultation(educationClerk, at("SCHEDULED"))).toBe(false);
    expect(canPublishConsultation(cwopClerk, { ...at("DRAFT"), ownerUnitId: "social" })).toBe(true);
    expect(canPublishConsultation(educationClerk, { ...at("DRAFT"), ownerUnitId: "social" })).toBe(false);
    expect(canUnpublishConsultation(educationClerk, at("SCHEDULED"))).toBe(true);
    expect(canUnpublishConsultation(educationClerk, at("OPEN"))).toBe(false);
    expect(canUnpublishConsultation(educationClerk, at("CLOSED"))).toBe(false);
    expect(canUnpublishConsultation(educationClerk, at("DRAFT"))).toBe(false);
  });
});
