import { describe, expect, it } from "vitest";
import { buildCommentGroups, signatoriesKey, UnionFind } from "./groups";

const sorted = (sets: string[][]) =>
  sets.map((s) => [...s].sort()).sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));

describe("union-find", () => {
  it("joins pairs transitively: a~b and b~c make one set", () => {
    const sets = new UnionFind();
    sets.union("a", "b");
    sets.union("b", "c");
    sets.union("x", "y");
    sets.add("z");
    expect(sorted(sets.sets())).toEqual([["a", "b", "c"], ["x", "y"], ["z"]]);
    expect(sets.find("a")).toBe(sets.find("c"));
    expect(sets.find("a")).not.toBe(sets.find("x"));
  });

  it("joins two sets into one when a pair links them, in either order", () => {
    const sets = new UnionFind();
    sets.union("a", "b");
    sets.union("c", "d");
    sets.union("d", "a");
    expect(sorted(sets.sets())).toEqual([["a", "b", "c", "d"]]);
  });

  it("keeps a long chain in one set and stays consistent after repeated unions", () => {
    const sets = new UnionFind();
    const ids = Array.from({ length: 1_000 }, (_, i) => `c${i}`);
    for (let i = 1; i < ids.length; i++) sets.union(ids[i - 1] as string, ids[i] as string);
    sets.union("c0", "c999");
    const all = sets.sets();
    expect(all).toHaveLength(1);
    expect(all[0]).toHaveLength(1_000);
  });
});

describe("groups of comments", () => {
  it("makes groups of two or more similar comments and leaves the rest out", () => {
    const groups = buildCommentGroups(
      [
        ["a", "b"],
        ["b", "c"],
        ["p", "q"],
      ],
      [],
    );
    expect(groups.map((g) => [...g.memberIds].sort())).toEqual([
      ["a", "b", "c"],
      ["p", "q"],
    ]);
    expect(groups.every((g) => g.similar && !g.joint)).toBe(true);
  });

  it("shows a joint submission as a group even alone, and joins the same signatories' comments on one unit", () => {
    const groups = buildCommentGroups(
      [],
      [
        { id: "j1", provisionId: "p1", signatories: ["Fundacja A", "Stowarzyszenie B"] },
        { id: "j2", provisionId: "p1", signatories: ["stowarzyszenie  b", "FUNDACJA A"] },
        { id: "j3", provisionId: "p2", signatories: ["Fundacja A", "Stowarzyszenie B"] },
        { id: "j4", provisionId: "p1", signatories: ["Fundacja A", "Stowarzyszenie C"] },
      ],
    );
    expect(sorted(groups.map((g) => g.memberIds))).toEqual([["j1", "j2"], ["j3"], ["j4"]]);
    expect(groups.every((g) => g.joint && !g.similar)).toBe(true);
  });

  it("merges a joint submission with comments similar to it", () => {
    const groups = buildCommentGroups([["j1", "x"]], [{ id: "j1", provisionId: null, signatories: ["A", "B"] }]);
    expect(groups).toEqual([{ memberIds: ["j1", "x"], similar: true, joint: true }]);
  });

  it("compares signatories whatever their case, spacing and order", () => {
    expect(signatoriesKey(["Zielone  Podlasie", "Aktywni Seniorzy"])).toBe(
      signatoriesKey(["aktywni seniorzy", "ZIELONE PODLASIE", " "]),
    );
    expect(signatoriesKey(["A"])).not.toBe(signatoriesKey(["A", "B"]));
  });
});
