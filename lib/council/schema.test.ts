import { describe, expect, it } from "vitest";
import { type CouncilOpinionInput, councilOpinionSchema, pageNumber } from "./schema";
import { hasQuorum, quorumOf, voteIssues } from "./votes";

const valid: CouncilOpinionInput = {
  kind: "POSITIVE_WITH_REMARKS",
  text: "Rada proponuje zwiększyć środki na małe granty.",
  resolutionNumber: "15/2026",
  adoptedOn: "2026-11-10",
  votesFor: "6",
  votesAgainst: "1",
  votesAbstaining: "1",
  membersPresent: "8",
  scanFileId: "",
  quorumConfirmed: false,
};

function errors(input: Partial<CouncilOpinionInput>, size = 10) {
  const result = councilOpinionSchema(size).safeParse({ ...valid, ...input });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("vote rules", () => {
  it("needs at least half of the Council present for a quorum", () => {
    expect(quorumOf(10)).toBe(5);
    expect(quorumOf(9)).toBe(5);
    expect(hasQuorum(5, 10)).toBe(true);
    expect(hasQuorum(4, 10)).toBe(false);
  });

  it("accepts votes that add up to the members present or fewer", () => {
    expect(voteIssues({ votesFor: 5, votesAgainst: 2, votesAbstaining: 1, membersPresent: 8 }, 10)).toEqual([]);
    expect(voteIssues({ votesFor: 5, votesAgainst: 0, votesAbstaining: 0, membersPresent: 8 }, 10)).toEqual([]);
  });

  it("refuses more votes than members present, more present than the Council has, and nobody present", () => {
    expect(voteIssues({ votesFor: 6, votesAgainst: 2, votesAbstaining: 1, membersPresent: 8 }, 10)).toEqual([
      { field: "votesFor", code: "sumAbovePresent" },
    ]);
    expect(voteIssues({ votesFor: 1, votesAgainst: 0, votesAbstaining: 0, membersPresent: 11 }, 10)).toEqual([
      { field: "membersPresent", code: "aboveCouncilSize" },
    ]);
    expect(voteIssues({ votesFor: 0, votesAgainst: 0, votesAbstaining: 0, membersPresent: 0 }, 10)).toEqual([
      { field: "membersPresent", code: "zero" },
    ]);
  });
});

describe("councilOpinionSchema", () => {
  it("accepts a complete opinion", () => {
    expect(errors({})).toEqual({});
  });

  it("requires the text for an opinion with remarks and a negative one, not for a positive one", () => {
    expect(errors({ text: "  " })).toEqual({ text: "councilOpinion.errors.textRequired" });
    expect(errors({ kind: "NEGATIVE", text: "" })).toEqual({ text: "councilOpinion.errors.textRequired" });
    expect(errors({ kind: "POSITIVE", text: "" })).toEqual({});
  });

  it("refuses WAIVED, which follows from the deadline and is never typed in", () => {
    expect(errors({ kind: "WAIVED" as CouncilOpinionInput["kind"] })).toEqual({
      kind: "councilOpinion.errors.kindRequired",
    });
  });

  it("requires whole-number counts, a resolution number and a real date", () => {
    expect(errors({ votesFor: "6,5", resolutionNumber: "", adoptedOn: "2026-02-30" })).toEqual({
      votesFor: "councilOpinion.errors.count",
      resolutionNumber: "councilOpinion.errors.resolutionRequired",
      adoptedOn: "councilOpinion.errors.adoptedOnInvalid",
    });
  });

  it("checks the votes against the members present and the Council's size setting", () => {
    expect(errors({ votesFor: "7" })).toEqual({ votesFor: "councilOpinion.errors.sumAbovePresent" });
    expect(errors({ membersPresent: "12", votesFor: "10" }, 10)).toEqual({
      membersPresent: "councilOpinion.errors.aboveCouncilSize",
    });
    expect(errors({ membersPresent: "12", votesFor: "10" }, 15)).toEqual({});
  });

  it("asks the secretary to confirm an opinion adopted without a quorum", () => {
    const below = { membersPresent: "4", votesFor: "3", votesAgainst: "1", votesAbstaining: "0" };
    expect(errors(below)).toEqual({ quorumConfirmed: "councilOpinion.errors.quorumNotConfirmed" });
    expect(errors({ ...below, quorumConfirmed: true })).toEqual({});
  });
});

describe("pageNumber", () => {
  it("reads ?strona=N and falls back to the first page", () => {
    expect(pageNumber("3")).toBe(3);
    expect(pageNumber(["2", "5"])).toBe(2);
    for (const bad of [undefined, "", "0", "-1", "1.5", "abc", "9999999"]) expect(pageNumber(bad)).toBe(1);
  });
});
