/** Which two versions the redline compares, from the GET form's `od` and `do`. */
export interface VersionPair {
  from: number;
  to: number;
}

function versionNumber(value: string | string[] | undefined): number | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || !/^\d{1,6}$/.test(raw.trim())) return null;
  return Number(raw.trim());
}

/**
 * The pair to compare: the numbers asked for when they exist, otherwise the previous and the
 * newest version. Null when there are fewer than two versions. Any two may be chosen, in any
 * order (comparing newer → older shows what a later version took back).
 */
export function selectVersionPair(
  available: readonly number[],
  query: { od?: string | string[]; do?: string | string[] },
): VersionPair | null {
  const numbers = [...new Set(available)].sort((x, y) => x - y);
  if (numbers.length < 2) return null;
  const newest = numbers.at(-1) as number;
  const asked = (value: string | string[] | undefined) => {
    const n = versionNumber(value);
    return n !== null && numbers.includes(n) ? n : null;
  };
  const to = asked(query.do) ?? newest;
  const from = asked(query.od) ?? numbers.filter((n) => n < to).at(-1) ?? numbers[0] ?? newest;
  return { from, to };
}

/** `?wersja=N` on the reading page: the number asked for, or null for the newest. */
export function parseVersionParam(value: string | string[] | undefined): number | null {
  return versionNumber(value);
}
