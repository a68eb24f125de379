import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { WORDS } from "./commenting-words";

// The comment panel and the withdraw button load with their own words (CommentingWords), not the
// page's: every namespace any component they import translates must be among them, or the
// reader sees a message key.
const ROOT = path.resolve(__dirname, "..", "..");
const ENTRIES = ["components/comments/comment-region.tsx", "components/comments/withdraw.tsx"];

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.tsx`, `${base}.ts`]) {
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

/** Namespaces translated by `entry` and the components and hooks it imports, followed through. */
function namespacesUsedFrom(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const namespaces = new Set<string>();
  const queue = entries.map((entry) => path.join(ROOT, entry));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const [, namespace] of source.matchAll(/useTranslations\(\s*"([^"]+)"\s*\)/g)) {
      namespaces.add((namespace as string).split(".")[0] as string);
    }
    if (/useTranslations\(\s*\)/.test(source)) namespaces.add("(every namespace)");
    for (const [, specifier] of source.matchAll(/from\s+"([^"]+)"/g)) {
      const target = resolve(file, specifier as string);
      if (target?.includes(`${path.sep}components${path.sep}`)) queue.push(target);
    }
  }
  return namespaces;
}

describe("CommentingWords", () => {
  const used = namespacesUsedFrom(ENTRIES);

  it("follows the panel's imports down to the fields' shared words", () => {
    expect(used).toContain("commenting");
    expect(used).toContain("form");
  });

  it.each(["pl", "en"] as const)("gives the comment islands every namespace they translate (%s)", (locale) => {
    expect([...used].filter((namespace) => !(namespace in WORDS[locale]))).toEqual([]);
  });
});
