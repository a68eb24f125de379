import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { displayStatus, excerpt } from "./comment-display";
import {
  canEditCouncilOpinion,
  canModerateComments,
  canRecordCouncilOpinion,
  canSeeCouncilPanel,
  canSeeMyComments,
} from "./policy";

function actor(overrides: Partial<Actor> = {}): Actor {
  return {
    id: "u",
    name: null,
    email: "u@example.org",
    roles: ["RESIDENT"],
    locale: "pl",
    clerkUnitIds: [],
    isCoordinatorClerk: false,
    memberships: [],
    council: null,
    ...overrides,
  };
}

const secretary = actor({ roles: ["COUNCIL_MEMBER"], council: { isSecretary: true } });
const member = actor({ roles: ["COUNCIL_MEMBER"], council: { isSecretary: false } });
const unitClerk = actor({ roles: ["CLERK"], clerkUnitIds: ["unit-a"] });
const otherClerk = actor({ roles: ["CLERK"], clerkUnitIds: ["unit-b"] });
const cwop = actor({ roles: ["CLERK"], clerkUnitIds: ["unit-cwop"], isCoordinatorClerk: true });
const admin = actor({ roles: ["ADMIN"] });

describe("council policies", () => {
  it("lets only a Council member with the secretary right record the opinion", () => {
    expect(canRecordCouncilOpinion(secretary)).toBe(true);
    for (const who of [member, unitClerk, cwop, admin, actor(), null]) expect(canRecordCouncilOpinion(who)).toBe(false);
  });

  it("shows the Council's page to every Council member and nobody else", () => {
    expect(canSeeCouncilPanel(secretary)).toBe(true);
    expect(canSeeCouncilPanel(member)).toBe(true);
    for (const who of [unitClerk, admin, actor(), null]) expect(canSeeCouncilPanel(who)).toBe(false);
  });

  it("keeps the opinion editable from publication until the report is published", () => {
    for (const status of ["SCHEDULED", "OPEN", "CLOSED"])
      expect(canEditCouncilOpinion(secretary, { status })).toBe(true);
    expect(canEditCouncilOpinion(secretary, { status: "DRAFT" })).toBe(false);
    expect(canEditCouncilOpinion(secretary, { status: "REPORT_PUBLISHED" })).toBe(false);
    expect(canEditCouncilOpinion(member, { status: "OPEN" })).toBe(false);
  });

  it("lets clerks of the owner unit, CWOP clerks and admins moderate comments", () => {
    const consultation = { ownerUnitId: "unit-a", status: "OPEN" };
    expect(canModerateComments(unitClerk, consultation)).toBe(true);
    expect(canModerateComments(cwop, consultation)).toBe(true);
    expect(canModerateComments(admin, consultation)).toBe(true);
    for (const who of [otherClerk, secretary, member, actor(), null]) {
      expect(canModerateComments(who, consultation)).toBe(false);
    }
  });

  it("shows My comments to anybody signed in", () => {
    expect(canSeeMyComments(actor())).toBe(true);
    expect(canSeeMyComments(null)).toBe(false);
  });
});

describe("comment display", () => {
  it("shows a hidden comment as hidden whatever its stored status", () => {
    const hiddenAt = new Date();
    expect(displayStatus({ status: "SUBMITTED", hiddenAt })).toBe("hidden");
    expect(displayStatus({ status: "WITHDRAWN", hiddenAt: null })).toBe("withdrawn");
    expect(displayStatus({ status: "DRAFT", hiddenAt: null })).toBe("draft");
    expect(displayStatus({ status: "SUBMITTED", hiddenAt: null })).toBe("submitted");
  });

  it("cuts long text to an excerpt on one line", () => {
    expect(excerpt("Krótka\n uwaga")).toBe("Krótka uwaga");
    expect(excerpt("a".repeat(300), 10)).toBe(`${"a".repeat(9)}…`);
  });
});
