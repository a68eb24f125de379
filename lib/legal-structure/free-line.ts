import type { UnitKind } from "./schema";

/** What to do with a line that starts no unit, inside the articulated text. */
export type FreeLinePlacement =
  /** The open unit has no text yet ("§ 2." on a line of its own). */
  | "own_text"
  /** The open unit's sentence was cut mid-way: continue it. */
  | "continuation"
  /** After an enumeration item ending with "," or a dash: the closing common part of the enclosing unit. */
  | "common_part"
  /** Structure was expected here (after ":", ";" or "."): keep the text, but warn. */
  | "unrecognised";

const ENUMERATION_ITEMS: ReadonlySet<UnitKind> = new Set(["point", "letter", "tiret", "double_tiret"]);
const OPENS_COMMON_PART = /[,\u2013\u2014-]$/;
const ENDS_CLAUSE = /[.;:,!?\u2013\u2014-]$/;

export function placeFreeLine(openKind: UnitKind, openText: string, hasParent: boolean): FreeLinePlacement {
  if (openText === "") return "own_text";
  if (!ENDS_CLAUSE.test(openText)) return "continuation";
  if (ENUMERATION_ITEMS.has(openKind) && OPENS_COMMON_PART.test(openText) && hasParent) return "common_part";
  return "unrecognised";
}
