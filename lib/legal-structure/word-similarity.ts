import { normalizeWhitespace } from "./redline";

/**
 * Word similarity of two drafting units: 2·LCS / (|a| + |b|) over their words (letters and
 * digits, lower case, punctuation ignored), i.e. 1 − normalised word edit distance: the share of
 * words kept in order — what a redline of the two would show as unchanged. Word bigrams (Dice)
 * were rejected because points are often 2–4 words long, where one changed word leaves no common
 * bigram at all. jsdiff's `diffArrays` gives the same number but allocates change objects per
 * call; rule 2 of matchVersions makes tens of thousands of comparisons, hence the bit-parallel LCS.
 */

/** Lower-case, NFC, single spaces: texts equal in this form have similarity 1. */
export function comparableText(text: string): string {
  return normalizeWhitespace(text).toLowerCase();
}

/** Words are interned as numbers so that comparing them is an integer comparison. */
export class WordDictionary {
  private readonly ids = new Map<string, number>();

  /** `text` must come from `comparableText`. */
  tokenize(text: string): Int32Array {
    const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
    const out = new Int32Array(words.length);
    words.forEach((w, i) => {
      let id = this.ids.get(w);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(w, id);
      }
      out[i] = id;
    });
    return out;
  }
}

/**
 * Similarity in [0, 1]. Returns 0 at once when the length difference alone keeps it below `floor`,
 * which is most pairs of unrelated units.
 */
export function wordSimilarity(x: Int32Array, y: Int32Array, floor = 0): number {
  const total = x.length + y.length;
  if (total === 0) return 1;
  if (x.length === 0 || y.length === 0) return 0;
  if ((2 * Math.min(x.length, y.length)) / total < floor) return 0;
  return (2 * lcsLength(x, y)) / total;
}

/**
 * Length of the longest common subsequence, bit-parallel (Crochemore et al. 2001 / Hyyrö 2004):
 * O(|x|·⌈|y|/32⌉) word operations instead of the |x|·|y| cells of the textbook table, which matters
 * for a § compared by the whole text of its ustępy and points.
 */
export function lcsLength(x: Int32Array, y: Int32Array): number {
  const blocks = (y.length + 31) >>> 5;
  const masks = matchMasks(y);
  if (scratch.length < blocks) scratch = new Uint32Array(blocks * 2);
  // A zero bit j in v means y[j] ends a common subsequence; their count is the LCS length.
  const v = scratch;
  v.fill(0xffffffff, 0, blocks);
  for (const word of x) {
    const mask = masks.get(word);
    if (!mask) continue; // no match: v + 0 | v − 0 leaves v as it is
    let carry = 0;
    for (let k = 0; k < blocks; k++) {
      const vk = v[k] ?? 0;
      const u = (vk & (mask[k] ?? 0)) >>> 0;
      const sum = vk + u + carry;
      carry = sum > 0xffffffff ? 1 : 0;
      v[k] = ((sum >>> 0) | (vk - u)) >>> 0;
    }
  }
  let length = 0;
  for (let j = 0; j < y.length; j++) if (((v[j >>> 5] ?? 0) & (1 << (j & 31))) === 0) length++;
  return length;
}

// Reused between calls: one unit is compared with dozens of others, and allocating typed arrays
// for every comparison costs more than the comparison itself.
let scratch = new Uint32Array(64);
const maskCache = new WeakMap<Int32Array, Map<number, Uint32Array>>();

/** For each distinct word of y, the bit set of the positions where it occurs. */
function matchMasks(y: Int32Array): Map<number, Uint32Array> {
  const cached = maskCache.get(y);
  if (cached) return cached;
  const blocks = (y.length + 31) >>> 5;
  const masks = new Map<number, Uint32Array>();
  y.forEach((word, j) => {
    let mask = masks.get(word);
    if (!mask) {
      mask = new Uint32Array(blocks);
      masks.set(word, mask);
    }
    mask[j >>> 5] = ((mask[j >>> 5] ?? 0) | (1 << (j & 31))) >>> 0;
  });
  maskCache.set(y, masks);
  return masks;
}
