import { describe, expect, it } from "vitest";
import { comparableText, lcsLength, WordDictionary, wordSimilarity } from "./word-similarity";

function lcsTable(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const width = y.length + 1;
  const cells = new Int32Array((x.length + 1) * width);
  const at = (i: number, j: number) => cells[i * width + j] ?? 0;
  for (let i = 1; i <= x.length; i++)
    for (let j = 1; j <= y.length; j++)
      cells[i * width + j] = x[i - 1] === y[j - 1] ? at(i - 1, j - 1) + 1 : Math.max(at(i - 1, j), at(i, j - 1));
  return at(x.length, y.length);
}

describe("word similarity", () => {
  const dictionary = new WordDictionary();
  const words = (text: string) => dictionary.tokenize(comparableText(text));

  it("ignores case, punctuation, whitespace and the encoding of Polish letters", () => {
    expect(wordSimilarity(words("Uwagi zgłoszone po terminie;"), words("uwagi  ZGŁOSZONE po\nterminie."))).toBe(1);
    expect(wordSimilarity(words("uwzględnia"), words("uwzgle\u0328dnia"))).toBe(1);
  });

  it("is the share of words kept in order: one of four words replaced gives 0.75", () => {
    expect(wordSimilarity(words("termin wynosi 7 dni"), words("termin wynosi 14 dni"))).toBe(0.75);
  });

  it("counts word order: the same words reversed are far less similar", () => {
    expect(wordSimilarity(words("a b c d e f"), words("f e d c b a"))).toBeCloseTo(2 / 12);
  });

  it("is 1 for two empty texts and 0 when only one is empty", () => {
    expect(wordSimilarity(words(""), words("..."))).toBe(1);
    expect(wordSimilarity(words(""), words("tekst"))).toBe(0);
  });

  it("returns 0 when the lengths alone keep the similarity below the floor", () => {
    expect(wordSimilarity(words("jeden"), words("jeden dwa trzy cztery pięć sześć"), 0.6)).toBe(0);
    expect(wordSimilarity(words("jeden"), words("jeden dwa trzy cztery pięć sześć"))).toBeCloseTo(2 / 7);
  });

  it("computes the same LCS as the textbook table, across 32-word block boundaries", () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      const alphabet = 1 + random(8);
      const x = Int32Array.from({ length: random(80) }, () => random(alphabet));
      const y = Int32Array.from({ length: random(80) }, () => random(alphabet));
      expect(lcsLength(x, y)).toBe(lcsTable(x, y));
    }
  });
});
