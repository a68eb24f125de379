import { describe, expect, it } from "vitest";
import type { Actor, MaybeActor } from "@/lib/auth/actor";
import {
  canAnswerComments,
  canAnswerGroup,
  canAssignComments,
  canEnterComment,
  canViewCouncilComments,
  canViewInbox,
  isValidAssignee,
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

const membership = (organizationId: string) => ({
  organizationId,
  organizationName: organizationId,
  verified: true,
  manager: false,
});

const actors: Record<string, MaybeActor> = {
  anonymous: null,
  resident: actor(),
  ngoMember: actor({ roles: ["NGO_MEMBER"], memberships: [membership("org-a")] }),
  otherOrgMember: actor({ roles: ["NGO_MEMBER"], memberships: [membership("org-b")] }),
  councilMember: actor({ roles: ["COUNCIL_MEMBER"], council: { isSecretary: false } }),
  ownerUnitClerk: actor({ roles: ["CLERK"], clerkUnitIds: ["unit-dss"] }),
  otherUnitClerk: actor({ roles: ["CLERK"], clerkUnitIds: ["unit-edu"] }),
  cwopClerk: actor({ roles: ["CLERK"], clerkUnitIds: ["unit-cwop"], isCoordinatorClerk: true }),
  admin: actor({ roles: ["ADMIN"] }),
};

const checks = {
  viewInbox: canViewInbox,
  answer: canAnswerComments,
  answerGroup: canAnswerGroup,
  assign: canAssignComments,
  enterComment: canEnterComment,
  councilView: canViewCouncilComments,
} as const;

type Row = Record<keyof typeof checks, boolean>;
const T = true;
const F = false;
const row = (...values: boolean[]): Row => {
  const [viewInbox, answer, answerGroup, assign, enterComment, councilView] = values as [
    boolean,
    boolean,
    boolean,
    boolean,
    boolean,
    boolean,
  ];
  return { viewInbox, answer, answerGroup, assign, enterComment, councilView };
};

// An open consultation of the Departament Spraw Społecznych (unit-dss).
//                                  view   answer group  assign enter  council
const expected: Record<keyof typeof actors, Row> = {
  anonymous: row(F, F, F, F, F, F),
  resident: row(F, F, F, F, F, F),
  ngoMember: row(F, F, F, F, F, F),
  otherOrgMember: row(F, F, F, F, F, F),
  councilMember: row(F, F, F, F, F, T),
  ownerUnitClerk: row(T, T, T, T, T, F),
  otherUnitClerk: row(F, F, F, F, F, F),
  cwopClerk: row(T, F, F, F, T, F),
  admin: row(T, F, F, F, F, F),
};

const open = { ownerUnitId: "unit-dss", status: "OPEN" };

describe("who may do what in the inbox (open consultation of another unit than CWOP)", () => {
  for (const [who, row] of Object.entries(expected)) {
    for (const [action, check] of Object.entries(checks)) {
      const allowed = row[action as keyof Row];
      it(`${allowed ? "lets" : "does not let"} ${who} ${action}`, () => {
        expect(check(actors[who] ?? null, open)).toBe(allowed);
      });
    }
  }

  it("covers every actor and action of the table", () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(actors).sort());
    expect(Object.keys(expected).length * Object.keys(checks).length).toBe(54);
  });
});

describe("answers follow the consultation's state", () => {
  const owner = actors.ownerUnitClerk ?? null;

  it("are given while the consultation is open and after it closed", () => {
    for (const status of ["OPEN", "CLOSED"]) {
      expect(canAnswerComments(owner, { ownerUnitId: "unit-dss", status })).toBe(true);
      expect(canAnswerGroup(owner, { ownerUnitId: "unit-dss", status })).toBe(true);
      expect(canAssignComments(owner, { ownerUnitId: "unit-dss", status })).toBe(true);
    }
  });

  it("are refused once the report is published, while the inbox stays readable", () => {
    const published = { ownerUnitId: "unit-dss", status: "REPORT_PUBLISHED" };
    expect(canAnswerComments(owner, published)).toBe(false);
    expect(canAnswerGroup(owner, published)).toBe(false);
    expect(canAssignComments(owner, published)).toBe(false);
    expect(canEnterComment(owner, published)).toBe(false);
    expect(canEnterComment(actors.cwopClerk ?? null, published)).toBe(false);
    expect(canViewInbox(owner, published)).toBe(true);
    expect(canViewCouncilComments(actors.councilMember ?? null, published)).toBe(true);
  });

  it("accepts no entered comment before the consultation opens", () => {
    expect(canEnterComment(owner, { ownerUnitId: "unit-dss", status: "SCHEDULED" })).toBe(false);
    expect(canEnterComment(owner, { ownerUnitId: "unit-dss", status: "DRAFT" })).toBe(false);
  });

  it("shows an unpublished consultation to nobody in the inbox or the Council's view", () => {
    const draft = { ownerUnitId: "unit-dss", status: "DRAFT" };
    expect(canViewInbox(owner, draft)).toBe(false);
    expect(canViewCouncilComments(actors.councilMember ?? null, draft)).toBe(false);
  });

  it("lets CWOP answer the consultations it owns itself", () => {
    const own = { ownerUnitId: "unit-cwop", status: "CLOSED" };
    expect(canAnswerComments(actors.cwopClerk ?? null, own)).toBe(true);
    expect(canAnswerComments(actors.admin ?? null, own)).toBe(false);
  });

  it("does not treat a unit membership without the clerk role as a clerk", () => {
    const formerClerk = actor({ roles: ["RESIDENT"], clerkUnitIds: ["unit-dss"] });
    expect(canAnswerComments(formerClerk, open)).toBe(false);
    expect(canEnterComment(formerClerk, open)).toBe(false);
  });
});

describe("assignees", () => {
  it("are clerks of the owner unit only", () => {
    expect(isValidAssignee({ roles: ["CLERK"], clerkUnitIds: ["unit-dss"] }, open)).toBe(true);
    expect(isValidAssignee({ roles: ["CLERK"], clerkUnitIds: ["unit-cwop"] }, open)).toBe(false);
    expect(isValidAssignee({ roles: ["ADMIN"], clerkUnitIds: ["unit-dss"] }, open)).toBe(false);
    expect(isValidAssignee({ roles: ["RESIDENT"], clerkUnitIds: [] }, open)).toBe(false);
  });
});
