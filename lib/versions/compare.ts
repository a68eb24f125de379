import { type DiffPart, wordDiff } from "@/lib/legal-structure/redline";
import type { UnitKind } from "@/lib/legal-structure/schema";
import { matchVersions, type VersionSummary } from "@/lib/legal-structure/versions";

/** A drafting unit as stored (the provisions table), with the number of public comments made on it. */
export interface ProvisionForCompare {
  id: string;
  key: string;
  anchor: string;
  kind: string;
  label: string;
  marker: string | null;
  citation: string;
  text: string;
  order: number;
  depth: number;
  parentId: string | null;
  commentCount: number;
}

type Matchable<T> = {
  key: string;
  kind: UnitKind;
  citation: string;
  text: string;
  order: number;
  parentKey: string | null;
  row: T;
};

export type RedlineRow<T extends ProvisionForCompare = ProvisionForCompare> =
  | { type: "added"; next: T }
  | { type: "removed"; previous: T }
  | {
      type: "matched";
      previous: T;
      next: T;
      /** Renumbered or moved: the citation (or the structural key) differs. */
      moved: boolean;
      /** The wording differs beyond whitespace; `parts` is then the word-level redline. */
      changed: boolean;
      parts: DiffPart[];
    };

export interface Redline<T extends ProvisionForCompare = ProvisionForCompare> {
  rows: RedlineRow<T>[];
  summary: VersionSummary;
}

function toMatchable<T extends ProvisionForCompare>(rows: readonly T[]): Matchable<T>[] {
  const keyById = new Map(rows.map((r) => [r.id, r.key]));
  return rows.map((row) => ({
    key: row.key,
    kind: row.kind.toLowerCase() as UnitKind,
    citation: row.citation,
    text: row.text,
    order: row.order,
    parentKey: row.parentId === null ? null : (keyById.get(row.parentId) ?? null),
    row,
  }));
}

/**
 * The redline of two versions of a draft: the units matched by `matchVersions` (same unit, moved,
 * changed, added, removed) in the newer version's order, with a word-level diff for every unit
 * whose wording changed. Units of either version are rows as stored, so anchors, citations and
 * comment counts come along.
 */
export function compareVersions<T extends ProvisionForCompare>(previous: readonly T[], next: readonly T[]): Redline<T> {
  const { entries, summary } = matchVersions(toMatchable(previous), toMatchable(next));
  const rows = entries.map((entry): RedlineRow<T> => {
    if (entry.type === "added") return { type: "added", next: entry.next.row };
    if (entry.type === "removed") return { type: "removed", previous: entry.previous.row };
    const { previous: a, next: b } = entry;
    return {
      type: "matched",
      previous: a.row,
      next: b.row,
      moved: entry.moved,
      changed: entry.changed,
      parts: entry.changed ? wordDiff(a.text, b.text) : [{ type: "equal", text: b.text }],
    };
  });
  return { rows, summary };
}

/** Whether a row is a change at all (the "changes only" view leaves the others out). */
export function isChange(row: RedlineRow): boolean {
  return row.type !== "matched" || row.moved || row.changed;
}
