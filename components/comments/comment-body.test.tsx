import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CommentBody, safeHref } from "./comment-body";

const html = (body: unknown) => renderToStaticMarkup(createElement(CommentBody, { body }));

const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const doc = (...content: unknown[]) => ({ type: "doc", content });
const para = (...content: unknown[]) => ({ type: "paragraph", content });
const link = (href: unknown) => ({ type: "link", attrs: { href } });

const payloads = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  '<svg onload="alert(1)"><script>alert(2)</script></svg>',
  '"><iframe src="javascript:alert(1)">',
  "<a href='javascript:alert(1)'>klik</a>",
  "</p><p onclick=alert(1)>broken <b>markup",
  "<!-- --><style>body{display:none}</style>",
];

describe("rendering a stored comment body", () => {
  it("renders paragraphs, bold, italic, lists and safe links as elements", () => {
    const out = html(
      doc(
        para(text("Zwykły "), text("gruby", [{ type: "bold" }]), text(" i "), text("pochyły", [{ type: "italic" }])),
        { type: "bulletList", content: [{ type: "listItem", content: [para(text("punkt"))] }] },
        { type: "orderedList", content: [{ type: "listItem", content: [para(text("jeden"))] }] },
        para(
          text("strona", [link("https://bialystok.pl/a?b=1")]),
          { type: "hardBreak" },
          text("mail", [link("mailto:a@b.pl")]),
        ),
      ),
    );
    expect(out).toContain("<strong>gruby</strong>");
    expect(out).toContain("<em>pochyły</em>");
    expect(out).toContain('<ul class="list-disc pl-6"><li><p><span>punkt</span></p></li></ul>');
    expect(out).toContain("<ol");
    expect(out).toContain('<a href="https://bialystok.pl/a?b=1" rel="noopener noreferrer nofollow ugc">strona</a>');
    expect(out).toContain('<a href="mailto:a@b.pl" rel="noopener noreferrer nofollow ugc">mail</a>');
    expect(out).toContain("<br/>");
  });

  for (const payload of payloads) {
    it(`renders ${JSON.stringify(payload)} as inert text`, () => {
      const out = html(doc(para(text(payload, [{ type: "bold" }]))));
      // The only elements are the renderer's own, with no attribute but its class…
      const tags = [...out.matchAll(/<([a-z0-9]+)([^>]*)>/gi)].map((m) => [m[1], m[2]]);
      expect(tags).toEqual([
        ["div", ' class="comment-body space-y-2"'],
        ["p", ""],
        ["span", ""],
        ["strong", ""],
      ]);
      // …and the payload comes back, character for character, as escaped text.
      const shown = out
        .replace(/<[^>]*>/g, "")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&#x27;/g, "'")
        .replace(/&amp;/g, "&");
      expect(shown).toBe(payload);
    });
  }

  for (const href of [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "//evil.example/x",
    'https://ok.example/" onmouseover="alert(1)',
    42,
    null,
  ]) {
    it(`keeps the text but drops the link ${JSON.stringify(href)}`, () => {
      const out = html(doc(para(text("kliknij", [link(href)]))));
      expect(out).toBe('<div class="comment-body space-y-2"><p><span>kliknij</span></p></div>');
      expect(safeHref(href)).toBeNull();
    });
  }

  it("ignores unknown nodes, marks and attributes and never trusts raw HTML fields", () => {
    const out = html(
      doc(
        { type: "html", html: "<script>alert(1)</script>" },
        { type: "image", attrs: { src: "x", onerror: "alert(1)" } },
        para(text("ok", [{ type: "code" }, { type: "textStyle", attrs: { style: "x" } }]), {
          type: "mention",
          attrs: { label: "<b>x</b>" },
        }),
        { type: "paragraph", attrs: { class: "x", onclick: "alert(1)" }, content: [{ type: "text", text: 5 }] },
      ),
    );
    expect(out).toBe('<div class="comment-body space-y-2"><p><span>ok</span></p><p></p></div>');
  });

  it("renders nothing for broken documents", () => {
    for (const body of [null, "<script>alert(1)</script>", 42, [], { type: "paragraph" }, { content: "x" }]) {
      expect(html(body)).toBe("");
    }
    expect(html({ type: "doc", content: "<script>" })).toBe('<div class="comment-body space-y-2"></div>');
  });

  it("stops at absurd nesting instead of recursing without end", () => {
    let node: unknown = para(text("dno"));
    for (let i = 0; i < 100; i++) node = { type: "bulletList", content: [{ type: "listItem", content: [node] }] };
    expect(() => html(doc(node))).not.toThrow();
  });
});
