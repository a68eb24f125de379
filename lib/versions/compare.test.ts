import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { provisionRows } from "@/lib/consultations/provisions";
import { parseDraft } from "@/lib/legal-structure/parse";
import { compareVersions, isChange, type ProvisionForCompare, type RedlineRow } from "./compare";

const read = (file: string) => readFileSync(file, "utf8");
const v1Text = read(path.join(__dirname, "..", "legal-structure", "fixtures", "konsultacje-uchwala.txt"));
const v2Text = read(path.join(__dirname, "fixtures", "konsultacje-uchwala-v2.txt"));

/** The units as the database holds them (ids, parent ids, upper-case kinds), with comment counts. */
function stored(versionId: string, text: string, comments: Record<string, number> = {}): ProvisionForCompare[] {
  return provisionRows(versionId, parseDraft(text).units).map((row) => ({
    ...row,
    commentCount: comments[row.citation] ?? 0,
  }));
}

const citationsOf = (rows: RedlineRow[], pick: (row: RedlineRow) => boolean) =>
  rows.filter(pick).map((row) => (row.type === "removed" ? row.previous.citation : row.next.citation));

describe("compareVersions on the seed's version 1 and version 2", () => {
  const v1 = stored("v1", v1Text, { "§ 4 ust. 1": 1, "§ 6 ust. 2": 2 });
  const v2 = stored("v2", v2Text);
  const { rows, summary } = compareVersions(v1, v2);

  it("finds the three amended units, the added § 7, the removed § 6 ust. 3 and the renumbered § 8 and § 9", () => {
    expect(citationsOf(rows, (r) => r.type === "matched" && r.changed)).toEqual([
      "§ 3 ust. 2 pkt 5 lit. b",
      "§ 4 ust. 1",
      "§ 4 ust. 2",
    ]);
    expect(citationsOf(rows, (r) => r.type === "added")).toEqual(["§ 7"]);
    expect(citationsOf(rows, (r) => r.type === "removed")).toEqual(["§ 6 ust. 3"]);
    const moved = rows.filter((r) => r.type === "matched" && r.moved);
    expect(moved.map((r) => r.type === "matched" && [r.previous.citation, r.next.citation])).toEqual([
      ["§ 7", "§ 8"],
      ["§ 8", "§ 9"],
    ]);
    expect(summary).toMatchObject({ changed: 3, added: 1, removed: 1, moved: 2 });
    expect(summary.unchanged).toBe(v2.length - 3 - 1 - 2);
  });

  it("gives the word-level redline of § 4 ust. 1: 7 deleted, 10 inserted, the rest equal", () => {
    const row = rows.find((r) => r.type === "matched" && r.next.citation === "§ 4 ust. 1");
    if (row?.type !== "matched") throw new Error("§ 4 ust. 1 not matched");
    expect(row.parts.filter((p) => p.type !== "equal")).toEqual([
      { type: "delete", text: "7" },
      { type: "insert", text: "10" },
    ]);
    expect(
      row.parts
        .filter((p) => p.type !== "delete")
        .map((p) => p.text)
        .join(""),
    ).toBe(v2.find((u) => u.citation === "§ 4 ust. 1")?.text);
  });

  it("marks the added clause of § 4 ust. 2 as inserted and deletes nothing", () => {
    const row = rows.find((r) => r.type === "matched" && r.next.citation === "§ 4 ust. 2");
    if (row?.type !== "matched") throw new Error("§ 4 ust. 2 not matched");
    const inserted = row.parts.filter((p) => p.type === "insert").map((p) => p.text.trim());
    expect(inserted.join(" ")).toContain("przyczynę skrócenia podaje się w informacji o konsultacjach");
    expect(row.parts.filter((p) => p.type === "delete")).toEqual([]);
  });

  it("keeps the old version's comment counts on the rows of the units they were made on", () => {
    const commented = rows.filter((r) => r.type !== "added" && r.previous.commentCount > 0);
    expect(commented.map((r) => r.type !== "added" && [r.previous.citation, r.previous.commentCount])).toEqual([
      ["§ 4 ust. 1", 1],
      ["§ 6 ust. 2", 2],
    ]);
  });

  it("lists every unit of both versions once, in the new version's order with the removed one in place", () => {
    expect(rows.flatMap((r) => (r.type === "removed" ? [] : [r.next.key]))).toEqual(v2.map((u) => u.key));
    expect(rows.flatMap((r) => (r.type === "added" ? [] : [r.previous.key])).sort()).toEqual(
      v1.map((u) => u.key).sort(),
    );
    const removedAt = rows.findIndex((r) => r.type === "removed");
    const before = rows[removedAt - 1];
    expect(before?.type !== "removed" && before?.next.citation).toBe("§ 6 ust. 2");
  });

  it("counts as changes only the rows that are added, removed, moved or reworded", () => {
    expect(rows.filter(isChange)).toHaveLength(3 + 1 + 1 + 2);
  });
});

describe("compareVersions on identical and reversed versions", () => {
  it("reports no change when a version is compared with an identical one", () => {
    const { rows, summary } = compareVersions(stored("a", v1Text), stored("b", v1Text));
    expect(rows.some(isChange)).toBe(false);
    expect(summary).toMatchObject({ changed: 0, added: 0, removed: 0, moved: 0 });
  });

  it("shows the reverse redline when the newer version is given first", () => {
    const { rows, summary } = compareVersions(stored("v2", v2Text), stored("v1", v1Text));
    expect(summary).toMatchObject({ changed: 3, added: 1, removed: 1, moved: 2 });
    expect(citationsOf(rows, (r) => r.type === "added")).toEqual(["§ 6 ust. 3"]);
    expect(citationsOf(rows, (r) => r.type === "removed")).toEqual(["§ 7"]);
  });
});
