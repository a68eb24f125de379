import { isSameText } from "./redline";
import type { UnitLike, VersionDiff, VersionEntry, VersionSummary } from "./versions";

/** One version's units in document order, with parent indices and partner indices (−1: none). */
export interface MatchedSide<T extends UnitLike> {
  units: readonly T[];
  parent: readonly number[];
  match: Int32Array;
}

/**
 * Lays matched units out for a redline read top to bottom: the new version's order, with each
 * removed unit where it stood — after the new place of its nearest matched earlier sibling (after
 * that sibling's whole subtree, so it does not land among the sibling's children), else right
 * after its parent, else together with its removed parent; at the very start when it had none.
 */
export function layoutEntries<T extends UnitLike>(
  a: MatchedSide<T>,
  b: MatchedSide<T>,
  similarity: Map<number, number>,
  matchedBy: Map<number, "key" | "text">,
): VersionDiff<T> {
  const subtreeEnd = b.units.map((_, j) => j);
  for (let j = b.units.length - 1; j >= 0; j--) {
    const p = b.parent[j] ?? -1;
    if (p !== -1) subtreeEnd[p] = Math.max(subtreeEnd[p] ?? p, subtreeEnd[j] ?? j);
  }
  const previousSibling = new Int32Array(a.units.length).fill(-1);
  const lastChild = new Map<number, number>();
  a.parent.forEach((p, i) => {
    previousSibling[i] = lastChild.get(p) ?? -1;
    lastChild.set(p, i);
  });
  const slotOf = new Int32Array(a.units.length).fill(-1);
  const slots = new Map<number, number[]>();
  a.units.forEach((_, i) => {
    if (a.match[i] !== -1) return;
    let s = previousSibling[i] ?? -1;
    while (s !== -1 && a.match[s] === -1) s = previousSibling[s] ?? -1;
    const p = a.parent[i] ?? -1;
    let slot = -1;
    if (s !== -1) slot = subtreeEnd[a.match[s] ?? -1] ?? -1;
    else if (p !== -1) slot = a.match[p] !== -1 ? (a.match[p] ?? -1) : (slotOf[p] ?? -1);
    slotOf[i] = slot;
    const list = slots.get(slot);
    if (list) list.push(i);
    else slots.set(slot, [i]);
  });

  const entries: VersionEntry<T>[] = [];
  const summary: VersionSummary = { matched: 0, unchanged: 0, changed: 0, moved: 0, added: 0, removed: 0 };
  const pushRemoved = (slot: number) => {
    for (const i of slots.get(slot) ?? []) {
      entries.push({ type: "removed", previous: a.units[i] as T, moved: false, changed: false, similarity: 0 });
      summary.removed++;
    }
  };
  pushRemoved(-1);
  b.units.forEach((next, j) => {
    const i = b.match[j] ?? -1;
    const previous = a.units[i];
    if (previous === undefined) {
      entries.push({ type: "added", next, moved: false, changed: false, similarity: 0 });
      summary.added++;
    } else {
      const moved = previous.key !== next.key || previous.citation !== next.citation;
      const changed = !isSameText(previous.text, next.text);
      const matchedVia = matchedBy.get(i) ?? "key";
      entries.push({
        type: "matched",
        previous,
        next,
        moved,
        changed,
        similarity: similarity.get(i) ?? 0,
        matchedBy: matchedVia,
      });
      summary.matched++;
      if (moved) summary.moved++;
      if (changed) summary.changed++;
      if (!moved && !changed) summary.unchanged++;
    }
    pushRemoved(j);
  });
  return { entries, summary };
}
