import { diffWords } from "diff";

export type DiffPartType = "equal" | "insert" | "delete";

export interface DiffPart {
  type: DiffPartType;
  text: string;
}

export interface WordDiffOptions {
  /**
   * Give up on a word-by-word diff beyond this many inserted plus deleted words and show the
   * whole text as replaced: such a diff is unreadable anyway, and Myers' algorithm is O(N·D).
   */
  maxEditLength?: number;
}

const DEFAULT_MAX_EDIT_LENGTH = 2000;

/**
 * Collapses whitespace (NBSP and line breaks included) and composes diacritics, so that a draft
 * re-typed, re-wrapped or pasted from a PDF with decomposed "ą" counts as the same text.
 */
export function normalizeWhitespace(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** True when two wordings differ only in whitespace (or in how diacritics are encoded). */
export function isSameText(a: string, b: string): boolean {
  return normalizeWhitespace(a) === normalizeWhitespace(b);
}

/**
 * Word-level diff for a redline: current wording → proposed wording.
 *
 * jsdiff's `diffWords` (not `diffWordsWithSpace`) is used on purpose: it glues whitespace to the
 * neighbouring word, so a common space between two changed words cannot "anchor" a perverse diff
 * that deletes and re-inserts real words, and whitespace-only changes do not show at all. Its word
 * characters include Latin Extended-A, so Polish words stay whole; punctuation is a token of its
 * own, so "ogłoszenia." → "ogłoszeniu." changes the word and keeps the full stop.
 *
 * The parts are merged into clean runs: never two parts of the same type in a row, and within a
 * change the deletion always comes before the insertion. Joining the "equal" and "insert" parts
 * gives `after` exactly (NFC); joining "equal" and "delete" gives `before` only up to whitespace
 * (equal runs carry the new spacing, which may add or drop a space next to punctuation).
 */
export function wordDiff(before: string, after: string, options: WordDiffOptions = {}): DiffPart[] {
  const a = before.normalize("NFC");
  const b = after.normalize("NFC");
  if (a === b) return a === "" ? [] : [{ type: "equal", text: b }];
  const changes = diffWords(a, b, { maxEditLength: options.maxEditLength ?? DEFAULT_MAX_EDIT_LENGTH });
  if (changes === undefined) return cleanRuns([part("delete", a), part("insert", b)]);
  return cleanRuns(changes.map((c) => part(c.added ? "insert" : c.removed ? "delete" : "equal", c.value)));
}

function part(type: DiffPartType, text: string): DiffPart {
  return { type, text };
}

/**
 * A whitespace-only "equal" run between two changes is folded into both sides of the change
 * (it would otherwise split one replacement into two struck-out fragments), then each block of
 * consecutive changes is rewritten as one deletion followed by one insertion.
 */
function cleanRuns(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let deleted = "";
  let inserted = "";
  let pendingSpace = "";
  const pushEqual = (text: string) => {
    const last = out.at(-1);
    if (last?.type === "equal") last.text += text;
    else out.push(part("equal", text));
  };
  // Whitespace alone is never shown as a change: a deleted space is dropped (`before` is only
  // rebuilt up to whitespace) and an inserted one is kept as equal text (`after` stays exact).
  const flushChange = () => {
    if (deleted.trim() !== "") out.push(part("delete", deleted));
    if (inserted.trim() !== "") out.push(part("insert", inserted));
    else if (inserted !== "") pushEqual(inserted);
    deleted = "";
    inserted = "";
  };
  for (const p of parts) {
    if (p.text === "") continue;
    if (p.type === "equal") {
      const inChange = deleted !== "" || inserted !== "";
      if (inChange && p.text.trim() === "" && pendingSpace === "") {
        pendingSpace = p.text;
        continue;
      }
      flushChange();
      pushEqual(pendingSpace + p.text);
      pendingSpace = "";
      continue;
    }
    if (pendingSpace !== "") {
      deleted += pendingSpace;
      inserted += pendingSpace;
      pendingSpace = "";
    }
    if (p.type === "delete") deleted += p.text;
    else inserted += p.text;
  }
  flushChange();
  if (pendingSpace !== "") pushEqual(pendingSpace);
  return out;
}
