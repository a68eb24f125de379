import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import pl from "./messages/pl.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogues", () => {
  it("have the same keys in Polish and English", () => {
    const polish = new Set(keys(pl));
    const english = new Set(keys(en));
    expect([...polish].filter((k) => !english.has(k))).toEqual([]);
    expect([...english].filter((k) => !polish.has(k))).toEqual([]);
  });

  it("have no empty message", () => {
    const empty = [pl, en].flatMap((catalogue) =>
      keys(catalogue).filter(
        (k) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], catalogue) === "",
      ),
    );
    expect(empty).toEqual([]);
  });
});
