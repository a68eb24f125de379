import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "./slug";

describe("slugs", () => {
  it("transliterates Polish letters", () => {
    expect(slugify("Program współpracy Miasta Białystok z organizacjami pozarządowymi na rok 2027")).toBe(
      "program-wspolpracy-miasta-bialystok-z-organizacjami-pozarzadowymi-na-rok-2027",
    );
    expect(slugify("ŻÓŁĆ gęślą jaźń")).toBe("zolc-gesla-jazn");
  });

  it("drops punctuation and cuts long titles at a word boundary", () => {
    const slug = slugify(`Uchwała „w sprawie” ${"bardzo długiego tytułu ".repeat(10)}`, 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug.startsWith("uchwala-w-sprawie-bardzo")).toBe(true);
  });

  it("never returns an empty slug", () => {
    expect(slugify("§§§ — !!!")).toBe("konsultacja");
  });

  it("adds a number when the slug is taken", () => {
    expect(uniqueSlug("program", new Set(["program", "program-2"]))).toBe("program-3");
    expect(uniqueSlug("program", new Set())).toBe("program");
  });
});
