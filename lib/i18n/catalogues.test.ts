import { describe, expect, it } from "vitest";
import { catalogueFiles, catalogues } from "./catalogues";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function valueAt(catalogue: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], catalogue);
}

describe("message catalogues", () => {
  it("have the same keys in Polish and English", () => {
    const polish = new Set(keys(catalogues.pl));
    const english = new Set(keys(catalogues.en));
    expect([...polish].filter((k) => !english.has(k))).toEqual([]);
    expect([...english].filter((k) => !polish.has(k))).toEqual([]);
  });

  it("have no empty message", () => {
    const empty = [catalogues.pl, catalogues.en].flatMap((c) => keys(c).filter((k) => valueAt(c, k) === ""));
    expect(empty).toEqual([]);
  });

  it("define each namespace in one file only", () => {
    for (const files of Object.values(catalogueFiles)) {
      const namespaces = Object.values(files).flatMap((file) => Object.keys(file));
      expect(namespaces.filter((n, i) => namespaces.indexOf(n) !== i)).toEqual([]);
    }
  });
});
