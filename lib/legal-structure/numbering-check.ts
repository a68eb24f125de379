import { unitLabel } from "./citation";
import { indexToLetter, letterToIndex, splitNumber } from "./patterns";
import type { UnitKind, WarningCode } from "./schema";

export interface NumberingProblem {
  code: Extract<WarningCode, "numbering_gap" | "numbering_repeat" | "numbering_out_of_order">;
  message: string;
}

// Polish texts often skip q, v and x, which are not in the Polish alphabet; neither spelling is an error.
const OPTIONAL_LETTERS = new Set(["q", "v", "x"]);

function position(kind: UnitKind, number: string): { base: number; suffix: string } {
  if (kind === "letter") return { base: letterToIndex(number), suffix: "" };
  return splitNumber(number);
}

function firstNumber(kind: UnitKind): string {
  return kind === "letter" ? "a" : "1";
}

function name(kind: UnitKind, number: string): string {
  return unitLabel(kind, number);
}

function missingRange(kind: UnitKind, from: number, to: number): string {
  const fmt = (i: number) => name(kind, kind === "letter" ? indexToLetter(i) : String(i));
  return from === to ? fmt(from) : `od ${fmt(from)} do ${fmt(to)}`;
}

function onlyOptionalLettersSkipped(from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    if (!OPTIONAL_LETTERS.has(indexToLetter(i))) return false;
  }
  return true;
}

/**
 * Compares a number with the previous sibling of the same kind. `where` names the enclosing
 * unit for the message ("w § 3"), so a clerk can find the place without line numbers.
 */
export function checkNumbering(
  kind: UnitKind,
  previous: string | null,
  current: string,
  where: string,
): NumberingProblem | null {
  const cur = position(kind, current);
  if (Number.isNaN(cur.base)) return null;
  const label = name(kind, current);
  const place = where ? ` ${where}` : "";
  if (previous === null) {
    if (cur.base === 1 && cur.suffix === "") return null;
    const expected = name(kind, firstNumber(kind));
    return {
      code: "numbering_gap",
      message: `Numeracja${place} zaczyna się od ${label} zamiast od ${expected}.`,
    };
  }
  const prev = position(kind, previous);
  const prevLabel = name(kind, previous);
  if (cur.base === prev.base && cur.suffix === prev.suffix) {
    return {
      code: "numbering_repeat",
      message: `Powtórzony numer${place}: ${label} występuje drugi raz.`,
    };
  }
  const isNext = cur.base === prev.base + 1 && cur.suffix === "";
  const isInserted = cur.base === prev.base && cur.suffix > prev.suffix;
  if (isNext || isInserted) return null;
  if (cur.base > prev.base + 1 || (cur.base === prev.base + 1 && cur.suffix !== "")) {
    const from = prev.base + 1;
    const to = cur.suffix === "" ? cur.base - 1 : cur.base;
    if (kind === "letter" && onlyOptionalLettersSkipped(from, to)) return null;
    return {
      code: "numbering_gap",
      message: `Luka w numeracji${place}: po ${prevLabel} występuje ${label} – brakuje ${missingRange(kind, from, to)}.`,
    };
  }
  return {
    code: "numbering_out_of_order",
    message: `Zła kolejność numeracji${place}: ${label} występuje po ${prevLabel}.`,
  };
}
