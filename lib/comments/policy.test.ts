import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { behalfChoices, canModifyComment, checkCommentOnBehalf } from "./policy";

const base: Actor = {
  id: "u",
  name: "U",
  email: "u@example.org",
  roles: ["NGO_MEMBER"],
  locale: "pl",
  clerkUnitIds: [],
  isCoordinatorClerk: false,
  memberships: [
    { organizationId: "verified", organizationName: "A", verified: true, manager: false },
    { organizationId: "pending", organizationName: "B", verified: false, manager: true },
  ],
  council: null,
};
const organisationsOnly = { whoMayComment: "ORGANIZATIONS" } as const;
const withResidents = { whoMayComment: "ORGANIZATIONS_AND_RESIDENTS" } as const;

describe("commenting on whose behalf", () => {
  it("lets a member comment for a verified organisation only", () => {
    expect(checkCommentOnBehalf(base, organisationsOnly, { kind: "organization", organizationId: "verified" })).toEqual(
      { ok: true },
    );
    expect(checkCommentOnBehalf(base, organisationsOnly, { kind: "organization", organizationId: "pending" })).toEqual({
      ok: false,
      reason: "unverified",
    });
    expect(checkCommentOnBehalf(base, organisationsOnly, { kind: "organization", organizationId: "other" })).toEqual({
      ok: false,
      reason: "not_member",
    });
  });

  it("lets individuals comment only where residents may", () => {
    expect(checkCommentOnBehalf(base, organisationsOnly, { kind: "individual" })).toEqual({
      ok: false,
      reason: "residents_not_allowed",
    });
    expect(checkCommentOnBehalf(base, withResidents, { kind: "individual" })).toEqual({ ok: true });
  });

  it("lets only the Council's secretary comment as the Council (it speaks as a body, not through any member)", () => {
    expect(checkCommentOnBehalf(base, organisationsOnly, { kind: "council" })).toEqual({
      ok: false,
      reason: "not_council",
    });
    expect(
      checkCommentOnBehalf({ ...base, council: { isSecretary: false } }, organisationsOnly, { kind: "council" }),
    ).toEqual({ ok: false, reason: "not_council" });
    expect(
      checkCommentOnBehalf({ ...base, council: { isSecretary: true } }, organisationsOnly, { kind: "council" }),
    ).toEqual({ ok: true });
  });

  it("refuses anonymous visitors", () => {
    expect(checkCommentOnBehalf(null, withResidents, { kind: "individual" })).toEqual({
      ok: false,
      reason: "unauthenticated",
    });
  });
});

describe("editing and withdrawing a comment", () => {
  const comment = { authorId: "someone-else", organizationId: "verified", asCouncil: false, enteredById: null };

  it("is allowed to the author and to members of the same verified organisation", () => {
    expect(canModifyComment({ ...base, id: "someone-else" }, { ...comment, organizationId: null })).toBe(true);
    expect(canModifyComment(base, comment)).toBe(true);
  });

  it("is refused to members of other or unverified organisations and to visitors", () => {
    expect(canModifyComment(base, { ...comment, organizationId: "pending" })).toBe(false);
    expect(canModifyComment(base, { ...comment, organizationId: "other" })).toBe(false);
    expect(canModifyComment(base, { ...comment, organizationId: null })).toBe(false);
    expect(canModifyComment(null, comment)).toBe(false);
  });

  it("is refused to an author who has left the organisation, or whose Council seat has ended", () => {
    const author = { ...base, id: "someone-else" };
    expect(canModifyComment({ ...author, memberships: [] }, comment)).toBe(false);
    const asCouncil = { ...comment, organizationId: null, asCouncil: true };
    expect(canModifyComment({ ...author, council: { isSecretary: false } }, asCouncil)).toBe(true);
    expect(canModifyComment(author, asCouncil)).toBe(false);
    expect(canModifyComment({ ...base, council: { isSecretary: false } }, asCouncil)).toBe(false);
  });

  it("is refused to everybody for a letter a clerk typed in, even to that clerk and the organisation", () => {
    const letter = { ...comment, enteredById: "clerk" };
    expect(canModifyComment(base, letter)).toBe(false);
    expect(canModifyComment({ ...base, id: "someone-else" }, letter)).toBe(false);
  });
});

describe("the choices offered in the panel", () => {
  it("offer the Council only to its secretary: each choice passes the server's check", () => {
    const consultation = { whoMayComment: "ORGANIZATIONS" as const };
    for (const council of [null, { isSecretary: false }, { isSecretary: true }]) {
      const actor = { ...base, council };
      const { choices } = behalfChoices(actor, consultation);
      expect(choices.some((c) => c.kind === "council")).toBe(council?.isSecretary === true);
      for (const choice of choices) {
        const onBehalf =
          choice.kind === "organization" ? { kind: choice.kind, organizationId: choice.organizationId } : choice;
        expect(checkCommentOnBehalf(actor, consultation, onBehalf)).toEqual({ ok: true });
      }
    }
  });
});
