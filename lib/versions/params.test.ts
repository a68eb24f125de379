import { describe, expect, it } from "vitest";
import { parseVersionParam, selectVersionPair } from "./params";

describe("selectVersionPair", () => {
  it("compares the previous version with the newest by default", () => {
    expect(selectVersionPair([1, 2, 3], {})).toEqual({ from: 2, to: 3 });
  });

  it("takes the two versions asked for, in the order asked", () => {
    expect(selectVersionPair([1, 2, 3], { od: "1", do: "3" })).toEqual({ from: 1, to: 3 });
    expect(selectVersionPair([1, 2, 3], { od: "3", do: "1" })).toEqual({ from: 3, to: 1 });
  });

  it("defaults `od` to the version before the `do` asked for", () => {
    expect(selectVersionPair([1, 2, 3], { do: "2" })).toEqual({ from: 1, to: 2 });
  });

  it("ignores numbers that are not versions and values that are not numbers", () => {
    expect(selectVersionPair([1, 2], { od: "7", do: "abc" })).toEqual({ from: 1, to: 2 });
    expect(selectVersionPair([1, 2], { od: ["2", "1"], do: "-1" })).toEqual({ from: 2, to: 2 });
  });

  it("has nothing to compare with fewer than two versions", () => {
    expect(selectVersionPair([1], { od: "1", do: "1" })).toBeNull();
    expect(selectVersionPair([], {})).toBeNull();
  });
});

describe("parseVersionParam", () => {
  it("reads a version number and rejects anything else", () => {
    expect(parseVersionParam("2")).toBe(2);
    expect(parseVersionParam(undefined)).toBeNull();
    expect(parseVersionParam("2a")).toBeNull();
    expect(parseVersionParam(["1", "2"])).toBe(1);
  });
});
