import { describe, expect, it } from "vitest";
import { withNgoRole } from "./roles";

describe("NGO_MEMBER follows active memberships", () => {
  it("is added with the first active membership, keeping the other roles", () => {
    expect(withNgoRole(["RESIDENT"], true)).toEqual(["RESIDENT", "NGO_MEMBER"]);
    expect(withNgoRole(["COUNCIL_MEMBER", "NGO_MEMBER"], true)).toEqual(["COUNCIL_MEMBER", "NGO_MEMBER"]);
  });

  it("goes with the last one; nobody is left without a role", () => {
    expect(withNgoRole(["CLERK", "NGO_MEMBER"], false)).toEqual(["CLERK"]);
    expect(withNgoRole(["NGO_MEMBER"], false)).toEqual(["RESIDENT"]);
  });
});
