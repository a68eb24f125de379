// Groups of comments answered together: near-identical comments on the same unit (pairs found by
// pg_trgm in SQL) and joint submissions (comments signed by the same set of organisations).
// The pairs are joined into groups here, with a union-find, so that A~B and B~C make one group.

/** Disjoint sets over string ids, with path halving and union by size. */
export class UnionFind {
  private parent = new Map<string, string>();
  private size = new Map<string, number>();

  add(id: string): void {
    if (!this.parent.has(id)) {
      this.parent.set(id, id);
      this.size.set(id, 1);
    }
  }

  find(id: string): string {
    this.add(id);
    let node = id;
    for (;;) {
      const parent = this.parent.get(node) as string;
      if (parent === node) return node;
      const grandparent = this.parent.get(parent) as string;
      this.parent.set(node, grandparent);
      node = grandparent;
    }
  }

  union(a: string, b: string): void {
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) return;
    if ((this.size.get(rootA) ?? 1) < (this.size.get(rootB) ?? 1)) [rootA, rootB] = [rootB, rootA];
    this.parent.set(rootB, rootA);
    this.size.set(rootA, (this.size.get(rootA) ?? 1) + (this.size.get(rootB) ?? 1));
  }

  /** The sets, each in the order its members were first added; sets in the order of their first member. */
  sets(): string[][] {
    const byRoot = new Map<string, string[]>();
    for (const id of this.parent.keys()) {
      const root = this.find(id);
      const members = byRoot.get(root);
      if (members) members.push(id);
      else byRoot.set(root, [id]);
    }
    return [...byRoot.values()];
  }
}

/** A comment signed by several organisations; `provisionId` null: on the draft as a whole. */
export type JointComment = { id: string; provisionId: string | null; signatories: readonly string[] };

export type CommentGroup = {
  memberIds: string[];
  /** Some members are near-identical texts on the same unit. */
  similar: boolean;
  /** Some members were signed jointly by several organisations. */
  joint: boolean;
};

/** The same organisations however they were typed: case, spacing and order do not matter. */
export function signatoriesKey(names: readonly string[]): string {
  return [...new Set(names.map((n) => n.trim().replace(/\s+/g, " ").toLocaleLowerCase("pl")).filter(Boolean))]
    .sort()
    .join("\n");
}

/**
 * Joins similar pairs and joint submissions into groups. Every group of similar comments has two
 * or more members; a joint submission is a group even alone (it is answered to all its signatories),
 * and the same signatories' comments on the same unit form one group.
 */
export function buildCommentGroups(
  similarPairs: readonly (readonly [string, string])[],
  jointComments: readonly JointComment[],
): CommentGroup[] {
  const sets = new UnionFind();
  const similar = new Set<string>();
  for (const [a, b] of similarPairs) {
    sets.union(a, b);
    similar.add(a);
    similar.add(b);
  }
  const joint = new Set<string>();
  const firstByKey = new Map<string, string>();
  for (const comment of jointComments) {
    sets.add(comment.id);
    joint.add(comment.id);
    // Only on the same unit: one letter's comments on different units need different answers.
    const key = `${comment.provisionId ?? ""}\u0000${signatoriesKey(comment.signatories)}`;
    const first = firstByKey.get(key);
    if (first) sets.union(first, comment.id);
    else firstByKey.set(key, comment.id);
  }
  return sets.sets().map((memberIds) => ({
    memberIds,
    similar: memberIds.some((id) => similar.has(id)),
    joint: memberIds.some((id) => joint.has(id)),
  }));
}
