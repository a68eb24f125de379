import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDraft } from "@/lib/legal-structure/parse";
import type { LegalUnit } from "@/lib/legal-structure/schema";
import { draftDocSchema } from "./schema";
import { docToText, unitsToDoc } from "./tiptap-doc";

const fixture = (name: string) => readFileSync(path.join(__dirname, "../legal-structure/fixtures", name), "utf8");
const withoutLines = (units: LegalUnit[]) => units.map(({ line: _l, lineEnd: _e, ...rest }) => rest);

describe("unitsToDoc / docToText", () => {
  it.each(["konsultacje-uchwala.txt", "program-wspolpracy-2027.txt"])(
    "round-trips %s: parse → doc → text → parse gives the same units",
    (name) => {
      const first = parseDraft(fixture(name));
      const doc = unitsToDoc(first.units);
      const second = parseDraft(docToText(doc));
      expect(withoutLines(second.units)).toEqual(withoutLines(first.units));
      expect(second.warnings.filter((w) => w.severity === "warning")).toEqual([]);
    },
  );

  it("gives every unit a block carrying its key, kind and citation, and passes the server's validation", () => {
    const { units } = parseDraft(fixture("konsultacje-uchwala.txt"));
    const doc = unitsToDoc(units);
    const keys = new Set(doc.content.map((b) => b.attrs?.unitKey));
    for (const unit of units) expect(keys.has(unit.key)).toBe(true);
    const letter = units.find((u) => u.kind === "letter") as LegalUnit;
    expect(doc.content.find((b) => b.attrs?.unitKey === letter.key)?.attrs).toMatchObject({
      kind: "letter",
      citation: letter.citation,
    });
    expect(draftDocSchema.safeParse(JSON.parse(JSON.stringify(doc))).success).toBe(true);
  });

  it("round-trips a closing common part, tirets and a § whose first ust. shares its line", () => {
    const source = [
      "§ 1. Dotację przekazuje się:",
      "1) na zadania:",
      "a) pomocy społecznej, obejmujące:",
      "– pomoc rodzinom,",
      "– – opiekę domową,",
      "b) kultury,",
      "",
      "w terminie 14 dni od dnia zawarcia umowy;",
      "2) w transzach.",
      "§ 2. 1. Uchwała wchodzi w życie po upływie 14 dni.",
      "2. Podlega ogłoszeniu.",
    ].join("\n");
    const first = parseDraft(source);
    const doc = unitsToDoc(first.units);
    expect(doc.content.some((b) => b.attrs?.kind === "tail")).toBe(true);
    expect(withoutLines(parseDraft(docToText(doc)).units)).toEqual(withoutLines(first.units));
  });

  it("reads blocks typed in the editor (no unit attributes) as separate lines", () => {
    const text = docToText({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "§ 1. Pierwszy." }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "§ 2. Drugi " },
            { type: "text", text: "tekst.", marks: [{ type: "bold" }] },
          ],
        },
      ],
    });
    expect(parseDraft(text).units.map((u) => u.citation)).toEqual(["§ 1", "§ 2"]);
  });
});

describe("draftDocSchema", () => {
  it("refuses node types, marks and attributes the draft editor does not produce", () => {
    const bad = [
      { type: "doc", content: [{ type: "image", attrs: { src: "x" } }] },
      {
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [{ type: "text", text: "a", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }],
          },
        ],
      },
      { type: "doc", content: [{ type: "paragraph", attrs: { onclick: "x" }, content: [] }] },
      { type: "doc", content: [{ type: "paragraph", attrs: { unitKey: 'par1"><script>' } }] },
      { type: "doc", content: [{ type: "heading", attrs: { level: 7 } }] },
      { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "" }] }] },
      { type: "html", content: [] },
    ];
    for (const doc of bad) expect(draftDocSchema.safeParse(doc).success, JSON.stringify(doc)).toBe(false);
  });

  it("accepts what Tiptap sends: null attributes, headings with a level, hard breaks, bold and italic", () => {
    const doc = {
      type: "doc",
      content: [
        {
          type: "heading",
          attrs: { level: 1, unitKey: "tytul", kind: "title", citation: "tytuł" },
          content: [{ type: "text", text: "UCHWAŁA" }],
        },
        { type: "paragraph", attrs: { unitKey: null, kind: null, citation: null } },
        {
          type: "paragraph",
          attrs: { unitKey: "par1", kind: "paragraph", citation: "§ 1" },
          content: [
            { type: "text", text: "§ 1.", marks: [{ type: "bold" }] },
            { type: "hardBreak" },
            { type: "text", text: "x", marks: [{ type: "italic" }] },
          ],
        },
      ],
    };
    expect(draftDocSchema.safeParse(doc).success).toBe(true);
  });
});
