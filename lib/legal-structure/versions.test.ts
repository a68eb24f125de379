import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDraft } from "./parse";
import type { LegalUnit } from "./schema";
import { matchVersions, type UnitLike, type VersionEntry } from "./versions";

const original = readFileSync(path.join(__dirname, "fixtures", "konsultacje-uchwala.txt"), "utf8");
const units = (text: string) => parseDraft(text).units;
const view = (e: VersionEntry<UnitLike>) => [e.type, e.previous?.citation ?? null, e.next?.citation ?? null];
const entryFor = (entries: VersionEntry<LegalUnit>[], previousCitation: string) => {
  const entry = entries.find((e) => e.previous?.citation === previousCitation);
  if (!entry) throw new Error(`no entry for ${previousCitation}`);
  return entry;
};

/** Renumbers every `§ n.` at a line start with n ≥ from by `by`, as a clerk inserting a § would. */
const shiftParagraphs = (text: string, from: number, by: number) =>
  text.replace(/^§ (\d+)\./gm, (m, n: string) => (Number(n) >= from ? `§ ${Number(n) + by}.` : m));

/** Checks that every unit of both versions appears exactly once and the new ones in their order. */
function expectCompleteAndOrdered(previous: LegalUnit[], next: LegalUnit[], entries: VersionEntry<LegalUnit>[]) {
  expect(
    entries
      .filter((e) => e.previous)
      .map((e) => e.previous?.key)
      .sort(),
  ).toEqual(previous.map((u) => u.key).sort());
  expect(entries.filter((e) => e.next).map((e) => e.next?.key)).toEqual(next.map((u) => u.key));
}

describe("matchVersions", () => {
  it("matches every unit of an unchanged draft by key, as unchanged with similarity 1", () => {
    const before = units(original);
    const { entries, summary } = matchVersions(before, units(original));
    expect(summary).toEqual({
      matched: before.length,
      unchanged: before.length,
      changed: 0,
      moved: 0,
      added: 0,
      removed: 0,
    });
    expect(entries.every((e) => e.type === "matched" && e.matchedBy === "key" && e.similarity === 1)).toBe(true);
  });

  it("marks a unit with an edited number as changed in place, and only that unit", () => {
    const before = units(original);
    const after = units(original.replace("krótszy niż 7 dni", "krótszy niż 14 dni"));
    const { entries, summary } = matchVersions(before, after);
    const edited = entryFor(entries, "§ 4 ust. 1");
    expect(edited).toMatchObject({ type: "matched", moved: false, changed: true, matchedBy: "key" });
    expect(edited.similarity).toBeGreaterThan(0.9);
    expect(edited.similarity).toBeLessThan(1);
    expect(summary).toMatchObject({ changed: 1, moved: 0, added: 0, removed: 0 });
  });

  it("ignores whitespace-only edits when deciding whether a unit changed", () => {
    const after = units(original.replace("Uwagi zgłoszone po terminie", "Uwagi  zgłoszone   po terminie"));
    expect(matchVersions(units(original), after).summary.changed).toBe(0);
  });

  it("follows the text, not the key, when a new § 2 shifts the numbers of the later paragraphs", () => {
    const inserted = "§ 2. Konsultacje prowadzi Centrum Współpracy Organizacji Pozarządowych.\n";
    const text = shiftParagraphs(original, 2, 1).replace(
      "§ 3. 1. Konsultacje przeprowadza",
      `${inserted}§ 3. 1. Konsultacje przeprowadza`,
    );
    const before = units(original);
    const after = units(text);
    const { entries, summary } = matchVersions(before, after);
    expectCompleteAndOrdered(before, after, entries);
    expect(entries.filter((e) => e.type === "added").map((e) => e.next?.citation)).toEqual(["§ 2"]);
    expect(entryFor(entries, "§ 5 pkt 3").next?.citation).toBe("§ 6 pkt 3");
    expect(entryFor(entries, "§ 3 ust. 2 pkt 5 lit. b")).toMatchObject({
      type: "matched",
      moved: true,
      changed: false,
      matchedBy: "text",
      next: { citation: "§ 4 ust. 2 pkt 5 lit. b", key: "par4.ust2.pkt5.litb" },
    });
    expect(summary).toMatchObject({ added: 1, removed: 0, changed: 0, matched: before.length });
  });

  it("matches a § without text of its own by the text under it", () => {
    // "§ 2." has an empty text: only its ustępy tell it apart from "§ 3.".
    const text = shiftParagraphs(original, 2, 1).replace(
      "§ 3. 1. Konsultacje przeprowadza",
      "§ 2. 1. Nowy ustęp pierwszy.\n2. Nowy ustęp drugi.\n§ 3. 1. Konsultacje przeprowadza",
    );
    const { entries } = matchVersions(units(original), units(text));
    expect(entryFor(entries, "§ 2").next?.citation).toBe("§ 3");
    expect(entries.filter((e) => e.type === "added").map((e) => e.next?.citation)).toEqual([
      "§ 2",
      "§ 2 ust. 1",
      "§ 2 ust. 2",
    ]);
  });

  it("places a removed § with its points where it stood, between its old neighbours", () => {
    const without5 = original.replace(/§ 5\. Uwagę zgłasza[\s\S]*?organizacji\.\n\n/, "");
    const before = units(original);
    const after = units(shiftParagraphs(without5, 6, -1));
    const { entries, summary } = matchVersions(before, after);
    expectCompleteAndOrdered(before, after, entries);
    const views = entries.map(view);
    const start = views.findIndex((v) => v[0] === "removed");
    expect(views.slice(start - 1, start + 7)).toEqual([
      ["matched", "§ 4 ust. 3", "§ 4 ust. 3"],
      ["removed", "§ 5", null],
      ["removed", "§ 5 pkt 1", null],
      ["removed", "§ 5 pkt 2", null],
      ["removed", "§ 5 pkt 3", null],
      ["removed", "§ 5 pkt 4", null],
      ["removed", "§ 5 pkt 5", null],
      ["matched", "§ 6", "§ 5"],
    ]);
    expect(summary).toMatchObject({ removed: 6, added: 0, changed: 0 });
  });

  it("places a removed point after its previous sibling and keeps the renumbered next one", () => {
    const text = original.replace("2) na stronie internetowej Miasta;\n3) na elektronicznej", "2) na elektronicznej");
    const { entries } = matchVersions(units(original), units(text));
    const views = entries.map(view);
    const at = views.findIndex((v) => v[0] === "removed");
    expect(views.slice(at - 1, at + 2)).toEqual([
      ["matched", "§ 3 ust. 1 pkt 1", "§ 3 ust. 1 pkt 1"],
      ["removed", "§ 3 ust. 1 pkt 2", null],
      ["matched", "§ 3 ust. 1 pkt 3", "§ 3 ust. 1 pkt 2"],
    ]);
    expect(entries[at + 1]).toMatchObject({ moved: true, changed: false });
  });

  it("keeps a unit rewritten beyond recognition on its key, as changed with a low similarity", () => {
    const text = original.replace(
      "Wykonanie uchwały powierza się Prezydentowi Miasta Białegostoku.",
      "Traci moc dotychczasowa regulacja z roku 2011.",
    );
    const entry = entryFor(matchVersions(units(original), units(text)).entries, "§ 7");
    expect(entry).toMatchObject({ type: "matched", moved: false, changed: true, matchedBy: "key" });
    expect(entry.similarity).toBeLessThan(0.6);
  });

  it("matches a renumbered and edited unit when the similarity reaches the threshold, and not above it", () => {
    const prev: UnitLike[] = [
      {
        key: "par1",
        kind: "paragraph",
        citation: "§ 1",
        text: "Uchwała wchodzi w życie po upływie 14 dni od dnia ogłoszenia.",
        order: 0,
        parentKey: null,
      },
    ];
    const next: UnitLike[] = [
      {
        key: "par2",
        kind: "paragraph",
        citation: "§ 2",
        text: "Uchwała wchodzi w życie z dniem 1 stycznia 2027 r.",
        order: 0,
        parentKey: null,
      },
      {
        key: "par3",
        kind: "paragraph",
        citation: "§ 3",
        text: "Uchwała wchodzi w życie po upływie 7 dni od dnia ogłoszenia.",
        order: 1,
        parentKey: null,
      },
    ];
    const loose = matchVersions(prev, next);
    expect(loose.entries.map(view)).toEqual([
      ["added", null, "§ 2"],
      ["matched", "§ 1", "§ 3"],
    ]);
    expect(loose.entries[1]).toMatchObject({ moved: true, changed: true });
    const strict = matchVersions(prev, next, { threshold: 0.95 });
    expect(strict.summary).toMatchObject({ matched: 0, added: 2, removed: 1 });
  });

  it("never matches units of different kinds, even with the same text", () => {
    const prev: UnitLike[] = [
      { key: "par1.pkt1", kind: "point", citation: "§ 1 pkt 1", text: "Rada.", order: 0, parentKey: null },
    ];
    const next: UnitLike[] = [
      { key: "par1.ust1", kind: "section", citation: "§ 1 ust. 1", text: "Rada.", order: 0, parentKey: null },
    ];
    expect(matchVersions(prev, next).entries.map(view)).toEqual([
      ["removed", "§ 1 pkt 1", null],
      ["added", null, "§ 1 ust. 1"],
    ]);
  });

  it("gives each unit at most one partner, the most similar one", () => {
    const unit = (key: string, text: string, order: number): UnitLike => ({
      key,
      kind: "point",
      citation: key,
      text,
      order,
      parentKey: null,
    });
    const prev = [
      unit("a", "zestawienie zgłoszonych uwag wraz z informacją", 0),
      unit("b", "zestawienie zgłoszonych uwag wraz z informacją o ich uwzględnieniu", 1),
    ];
    const next = [unit("c", "zestawienie zgłoszonych uwag wraz z informacją o ich uwzględnieniu lub nie", 0)];
    const { entries } = matchVersions(prev, next);
    expect(entries.map(view)).toEqual([
      ["removed", "a", null],
      ["matched", "b", "c"],
    ]);
  });

  it("returns the caller's own objects, extra fields included", () => {
    const prev = units(original).map((u) => ({ ...u, id: `old-${u.key}` }));
    const next = units(original).map((u) => ({ ...u, id: `new-${u.key}` }));
    const [first] = matchVersions(prev, next).entries;
    expect(first?.previous?.id).toBe("old-tytul");
    expect(first?.next).toBe(next[0]);
  });

  it("finds a § moved to the end with identical text even beyond the comparison window", () => {
    const para = (n: number, text: string): UnitLike => ({
      key: `par${n}`,
      kind: "paragraph",
      citation: `§ ${n}`,
      text,
      order: n,
      parentKey: null,
    });
    const texts = Array.from({ length: 40 }, (_, i) => `Przepis${i} dotyczy${i} sprawy${i} numer${i}.`);
    const prev = texts.map((t, i) => para(i + 1, t));
    const next = [...texts.slice(1), texts[0] as string].map((t, i) => para(i + 1, t));
    const { entries, summary } = matchVersions(prev, next, { window: 2 });
    expect(summary).toMatchObject({ matched: 40, added: 0, removed: 0, changed: 0, moved: 40 });
    expect(entries.at(-1)?.previous?.citation).toBe("§ 1");
  });
});

/** An act of `count` paragraphs, 8 units each; texts name a topic id that does not follow the § number. */
function generateAct(count: number, insertAt: number | null): string {
  const lines = [
    "UCHWAŁA NR 1/26",
    "RADY MIASTA BIAŁYSTOK",
    "w sprawie testu wydajności",
    "Na podstawie art. 1 uchwala się, co następuje:",
  ];
  let number = 0;
  for (let topic = 0; topic < count; topic++) {
    if (topic === insertAt) lines.push(`§ ${++number}. Przepis dodany w nowej wersji projektu.`);
    lines.push(`§ ${++number}. 1. Ustęp pierwszy przepisu o sprawie ${topic} zawiera w szczególności:`);
    lines.push(`1) punkt pierwszy sprawy ${topic};`, `2) punkt drugi sprawy ${topic}, w tym:`);
    lines.push(`a) litera a sprawy ${topic},`, `b) litera b sprawy ${topic};`, `3) punkt trzeci sprawy ${topic}.`);
    lines.push(`2. Ustęp drugi przepisu o sprawie ${topic} kończy się kropką.`);
  }
  return lines.join("\n");
}

// Timings are printed by `npm run bench:import`; these tests check the results at size.
describe("matchVersions at 1,000 units", () => {
  it("matches 1,000 units against 1,000 renumbered units", () => {
    const before = units(generateAct(125, null));
    const after = units(generateAct(125, 0));
    expect(before.length).toBeGreaterThan(1000);
    const { summary } = matchVersions(before, after);
    expect(summary).toMatchObject({ matched: before.length, added: 1, removed: 0, changed: 0 });
  });

  it("matches every unit when each is both renumbered and edited (the comparison window at work)", () => {
    const before = units(generateAct(125, null));
    const after = units(generateAct(125, 0).replace(/([;,.:])$/gm, " w nowym brzmieniu$1"));
    const { summary } = matchVersions(before, after);
    expect(summary).toMatchObject({ matched: before.length, moved: before.length - 2, added: 1, removed: 0 });
  });

  it("matches 1,000 unchanged units by key", () => {
    const before = units(generateAct(125, null));
    const after = units(generateAct(125, null));
    const { summary } = matchVersions(before, after);
    expect(summary.unchanged).toBe(before.length);
  });
});
