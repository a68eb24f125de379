import { describe, expect, it } from "vitest";
import { COMMENT_TEXT_MAX, commentBodySchema, docFromPlainText, plainText } from "./body";

const doc = (content: unknown[]) => ({ type: "doc", content });
const para = (...content: unknown[]) => ({ type: "paragraph", content });
const text = (value: string, marks?: unknown[]) =>
  marks ? { type: "text", text: value, marks } : { type: "text", text: value };

describe("comment body (Tiptap JSON) on the server", () => {
  it("accepts paragraphs, bold, italic, lists and safe links", () => {
    const body = doc([
      para(text("Proponujemy "), text("zmianę", [{ type: "bold" }]), text(" zapisu.")),
      { type: "bulletList", content: [{ type: "listItem", content: [para(text("punkt"))] }] },
      para(text("źródło", [{ type: "link", attrs: { href: "https://bialystok.pl/a?b=1", target: "_blank" } }])),
    ]);
    const parsed = commentBodySchema.parse(body);
    expect(parsed.content).toHaveLength(3);
    // Only the href is kept on a link.
    expect(JSON.stringify(parsed)).not.toContain("_blank");
  });

  it.each([
    ["a script node", doc([{ type: "script", content: [text("alert(1)")] }])],
    ["an image", doc([{ type: "image", attrs: { src: "x", onerror: "alert(1)" } }])],
    ["a javascript: link", doc([para(text("x", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]))])],
    [
      "a data: link",
      doc([para(text("x", [{ type: "link", attrs: { href: "data:text/html,<script>alert(1)</script>" } }]))]),
    ],
    ["an unknown mark", doc([para(text("x", [{ type: "textStyle", attrs: { style: "background:url(x)" } }]))])],
    ["attributes on a paragraph", doc([{ type: "paragraph", attrs: { onclick: "alert(1)" }, content: [text("x")] }])],
    ["raw HTML as a node", "<p onclick=alert(1)>x</p>"],
    ["an empty comment", doc([para()])],
  ])("refuses %s", (_name, body) => {
    expect(commentBodySchema.safeParse(body).success).toBe(false);
  });

  it("keeps markup-looking text as plain text", () => {
    const parsed = commentBodySchema.parse(doc([para(text('<img src=x onerror="alert(1)">'))]));
    expect(plainText(parsed)).toBe('<img src=x onerror="alert(1)">');
  });

  it("turns the document into plain text with list markers", () => {
    const body = doc([
      para(text("Wstęp")),
      {
        type: "orderedList",
        content: [
          { type: "listItem", content: [para(text("a"))] },
          { type: "listItem", content: [para(text("b"))] },
        ],
      },
    ]);
    expect(plainText(commentBodySchema.parse(body))).toBe("Wstęp\n1. a\n2. b");
  });

  it("builds a document from plain text typed by a clerk", () => {
    expect(plainText(docFromPlainText("Pierwszy akapit.\n\nDrugi akapit."))).toBe("Pierwszy akapit.\nDrugi akapit.");
  });
});

describe("length", () => {
  const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
  const issues = (doc: unknown) => {
    const result = commentBodySchema.safeParse(doc);
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };

  it("takes a comment of exactly the limit", () => {
    expect(issues({ type: "doc", content: [paragraph("a".repeat(COMMENT_TEXT_MAX))] })).toEqual([]);
  });

  it("says the text is too long, for one long paragraph and for many that add up", () => {
    expect(issues({ type: "doc", content: [paragraph("a".repeat(COMMENT_TEXT_MAX + 1))] })).toContain(
      "comment.text.tooLong",
    );
    const half = paragraph("b".repeat(COMMENT_TEXT_MAX / 2));
    expect(issues({ type: "doc", content: [half, half, half] })).toEqual(["comment.text.tooLong"]);
  });
});
