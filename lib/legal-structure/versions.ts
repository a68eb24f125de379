import type { LegalUnit } from "./schema";
import { layoutEntries } from "./versions-layout";
import { comparableText, WordDictionary, wordSimilarity } from "./word-similarity";

/**
 * Matches the units of a new version of a draft to those of the previous one, so that comments
 * follow their unit and the public page can render a redline top to bottom.
 *
 * Rules, in this order:
 * 1. Same key and kind, the same words and a consistent parent (both at the top, or the parents
 *    already matched to each other) → matched in place. Any other key pair is only tentative:
 *    inserting `§ 2` shifts every later key, and the old `§ 3` must then find its words under
 *    `§ 4` rather than stay on a key that now holds a text differing in one number.
 * 2. Units left over (tentative key pairs included) are compared within the same kind, by word
 *    similarity (see word-similarity.ts); pairs with similarity ≥ threshold are matched greedily,
 *    best similarity first — identical texts in a first, cheap pass by hash. Ties go to the pair
 *    whose parents are matched to each other, then to the same key, then to the nearest position.
 * 3. Tentative key pairs whose both sides are still free are matched after all (a unit rewritten
 *    in place keeps its comments); everything else is `removed` (old) or `added` (new).
 *
 * A unit with no text of its own (`§ 2.` directly followed by `1.`) is compared by the text of
 * its descendants; otherwise every such § would look identical to every other.
 */
export type UnitLike = Pick<LegalUnit, "key" | "kind" | "citation" | "text" | "order" | "parentKey">;

export type VersionEntry<T extends UnitLike> =
  | {
      type: "matched";
      previous: T;
      next: T;
      /** The key or the citation differs: the unit was renumbered or moved. */
      moved: boolean;
      /** The text differs beyond whitespace. */
      changed: boolean;
      similarity: number;
      matchedBy: "key" | "text";
    }
  | { type: "added"; previous?: undefined; next: T; moved: false; changed: false; similarity: 0 }
  | { type: "removed"; previous: T; next?: undefined; moved: false; changed: false; similarity: 0 };

export interface VersionSummary {
  matched: number;
  /** Matched, same place and same text. */
  unchanged: number;
  /** Matched with a different text (moved or not). */
  changed: number;
  /** Matched under another key or citation (changed or not). */
  moved: number;
  added: number;
  removed: number;
}

export interface VersionDiff<T extends UnitLike> {
  entries: VersionEntry<T>[];
  summary: VersionSummary;
}

export interface MatchVersionsOptions {
  /** Minimum similarity (0–1) for a match by text. */
  threshold?: number;
  /**
   * Rule 2 compares a leftover old unit with the leftover new units of its kind within this many
   * positions (default 20) of where it would stand if the leftovers were spread evenly; identical
   * texts are found at any distance. Bounds the work to O(n·window) when a renumbering leaves most
   * units over; the price is that a unit both edited and moved further than that is not found.
   */
  window?: number;
}

interface Side<T extends UnitLike> {
  units: T[];
  byKey: Map<string, number>;
  parent: number[];
  /** Nearest ancestor that is not a chapter: keys skip chapters, so must the parent check. */
  keyParent: number[];
  /** `comparableText` of the unit (or of its descendants when it has no text of its own). */
  text: string[];
  /** Words and their joined form (equal signatures mean similarity 1), computed when first needed. */
  words: (Int32Array | undefined)[];
  signature: (string | undefined)[];
  dictionary: WordDictionary;
  match: Int32Array;
}

interface Candidate {
  i: number;
  j: number;
  similarity: number;
  distance: number;
}

export function matchVersions<T extends UnitLike>(
  previous: readonly T[],
  next: readonly T[],
  options: MatchVersionsOptions = {},
): VersionDiff<T> {
  const threshold = options.threshold ?? 0.6;
  const window = Math.max(1, options.window ?? 20);
  const dictionary = new WordDictionary();
  const a = buildSide(previous, dictionary);
  const b = buildSide(next, dictionary);
  const similarity = new Map<number, number>();
  const matchedBy = new Map<number, "key" | "text">();
  const keyPartner = new Int32Array(a.units.length).fill(-1);
  const link = (i: number, j: number, sim: number) => {
    a.match[i] = j;
    b.match[j] = i;
    similarity.set(i, sim);
    matchedBy.set(i, keyPartner[i] === j ? "key" : "text");
  };

  // Rule 1. Old units in document order, so a parent is settled before its children.
  a.units.forEach((unit, i) => {
    const j = b.byKey.get(unit.key);
    if (j === undefined || b.units[j]?.kind !== unit.kind) return;
    keyPartner[i] = j;
    const pi = a.keyParent[i] ?? -1;
    const pj = b.keyParent[j] ?? -1;
    if (pi === -1 ? pj !== -1 : a.match[pi] !== pj) return;
    if (a.text[i] === b.text[j] || signatureOf(a, i) === signatureOf(b, j)) link(i, j, 1);
  });

  // Rule 2, in two passes over the leftovers: identical words, then similar words.
  const parentScore = (i: number, j: number): number => {
    const pi = a.keyParent[i] ?? -1;
    const pj = b.keyParent[j] ?? -1;
    if (pi === -1 || pj === -1) return pi === pj ? 2 : 0;
    if (a.match[pi] === pj) return 2;
    const bothFree = a.match[pi] === -1 && b.match[pj] === -1;
    return bothFree && a.units[pi]?.key === b.units[pj]?.key ? 1 : 0;
  };
  const tieScore = (c: Candidate) => parentScore(c.i, c.j) * 1e7 + (keyPartner[c.i] === c.j ? 1e6 : 0) - c.distance;
  linkGreedily(
    collectCandidates(a, b, window, "identical", () => 1),
    a,
    b,
    tieScore,
    link,
  );
  const similar = (i: number, j: number) => wordSimilarity(wordsOf(a, i), wordsOf(b, j), threshold);
  const fuzzy = collectCandidates(a, b, window, "similar", similar).filter((c) => c.similarity >= threshold);
  linkGreedily(fuzzy, a, b, tieScore, link);

  // Rule 3.
  keyPartner.forEach((j, i) => {
    if (j !== -1 && a.match[i] === -1 && b.match[j] === -1) link(i, j, wordSimilarity(wordsOf(a, i), wordsOf(b, j)));
  });

  return layoutEntries(a, b, similarity, matchedBy);
}

function buildSide<T extends UnitLike>(input: readonly T[], dictionary: WordDictionary): Side<T> {
  const units = [...input].sort((x, y) => x.order - y.order);
  const byKey = new Map<string, number>();
  units.forEach((u, i) => {
    if (!byKey.has(u.key)) byKey.set(u.key, i);
  });
  const parent = units.map((u) => (u.parentKey === null ? -1 : (byKey.get(u.parentKey) ?? -1)));
  const keyParent = parent.map((p) => {
    while (p !== -1 && units[p]?.kind === "chapter") p = parent[p] ?? -1;
    return p;
  });
  const children = units.map((): number[] => []);
  parent.forEach((p, i) => {
    if (p !== -1) children[p]?.push(i);
  });
  const subtreeText = (i: number): string =>
    [units[i]?.text ?? "", ...(children[i] ?? []).map(subtreeText)].filter((t) => t.trim() !== "").join(" ");
  return {
    units,
    byKey,
    parent,
    keyParent,
    text: units.map((u, i) => comparableText(u.text.trim() === "" ? subtreeText(i) : u.text)),
    words: [],
    signature: [],
    dictionary,
    match: new Int32Array(units.length).fill(-1),
  };
}

/**
 * Candidates are taken best first: similarity, then the old unit's position, so parents come
 * before their children and a child's tie can be settled by its parent's match. Among equally good
 * candidates of one old unit, the highest tie score wins.
 */
function linkGreedily<T extends UnitLike>(
  candidates: Candidate[],
  a: Side<T>,
  b: Side<T>,
  tieScore: (c: Candidate) => number,
  link: (i: number, j: number, similarity: number) => void,
): void {
  candidates.sort((x, y) => y.similarity - x.similarity || x.i - y.i || x.j - y.j);
  for (let k = 0; k < candidates.length; ) {
    const first = candidates[k] as Candidate;
    let end = k + 1;
    while (candidates[end]?.i === first.i && candidates[end]?.similarity === first.similarity) end++;
    if (a.match[first.i] === -1) {
      let best: Candidate | undefined;
      let bestScore = Number.NEGATIVE_INFINITY;
      for (let c = k; c < end; c++) {
        const candidate = candidates[c] as Candidate;
        if (b.match[candidate.j] !== -1) continue;
        const score = tieScore(candidate);
        if (score > bestScore) [best, bestScore] = [candidate, score];
      }
      if (best) link(best.i, best.j, best.similarity);
    }
    k = end;
  }
}

/**
 * Leftover pairs of the same kind. "identical": new units with the same words, at any distance (a
 * § moved to the end is found), the `window` nearest ones on each side. "similar": new units
 * within `window` positions of where the old one would stand if the leftovers were spread evenly.
 */
function collectCandidates<T extends UnitLike>(
  a: Side<T>,
  b: Side<T>,
  window: number,
  mode: "identical" | "similar",
  similarity: (i: number, j: number) => number,
): Candidate[] {
  const newPool = leftoversByKind(b);
  const out: Candidate[] = [];
  for (const [kind, olds] of leftoversByKind(a)) {
    const news = newPool.get(kind);
    if (!news) continue;
    const positions = mode === "identical" ? positionsBySignature(b, news) : null;
    olds.forEach((i, p) => {
      const projected = olds.length === 1 ? 0 : Math.round((p * (news.length - 1)) / (olds.length - 1));
      const consider = (q: number) => {
        const j = news[q] as number;
        const s = similarity(i, j);
        if (s > 0) out.push({ i, j, similarity: s, distance: Math.abs(q - projected) });
      };
      if (positions === null) {
        const to = Math.min(news.length - 1, projected + window);
        for (let q = Math.max(0, projected - window); q <= to; q++) consider(q);
        return;
      }
      const same = positions.get(signatureOf(a, i)) ?? [];
      if (same.length > 2 * window) same.sort((x, y) => Math.abs(x - projected) - Math.abs(y - projected));
      for (const q of same.slice(0, 2 * window)) consider(q);
    });
  }
  return out;
}

function leftoversByKind<T extends UnitLike>(side: Side<T>): Map<string, number[]> {
  const byKind = new Map<string, number[]>();
  side.units.forEach((u, i) => {
    if (side.match[i] !== -1) return;
    const list = byKind.get(u.kind);
    if (list) list.push(i);
    else byKind.set(u.kind, [i]);
  });
  return byKind;
}

function wordsOf<T extends UnitLike>(side: Side<T>, i: number): Int32Array {
  let words = side.words[i];
  if (words === undefined) {
    words = side.dictionary.tokenize(side.text[i] ?? "");
    side.words[i] = words;
  }
  return words;
}

function signatureOf<T extends UnitLike>(side: Side<T>, i: number): string {
  let signature = side.signature[i];
  if (signature === undefined) {
    signature = wordsOf(side, i).join(",");
    side.signature[i] = signature;
  }
  return signature;
}

function positionsBySignature<T extends UnitLike>(side: Side<T>, pool: number[]): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  pool.forEach((j, q) => {
    const signature = signatureOf(side, j);
    const list = positions.get(signature);
    if (list) list.push(q);
    else positions.set(signature, [q]);
  });
  return positions;
}
