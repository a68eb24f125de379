import type { ReactNode } from "react";

// Renders a stored comment (Tiptap JSON) as React elements. The stored body was
// validated on the way in, but this renderer trusts nothing: it knows a handful of node
// and mark types, outputs every string as React text (escaped), ignores anything else,
// and makes a link only of an http(s)/mailto address.

const SAFE_LINK = /^(https?:\/\/|mailto:)[^\s<>"'`]+$/i;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function children(node: Json): unknown[] {
  return Array.isArray(node.content) ? node.content.slice(0, 2_000) : [];
}

/** The href of a link mark when it is a safe address, otherwise null (the text stays, unlinked). */
export function safeHref(value: unknown): string | null {
  return typeof value === "string" && value.length <= 2_000 && SAFE_LINK.test(value) ? value : null;
}

function renderText(node: Json, key: number): ReactNode {
  if (typeof node.text !== "string") return null;
  let out: ReactNode = node.text;
  const marks = Array.isArray(node.marks) ? node.marks.filter(isObject).slice(0, 3) : [];
  for (const mark of marks) {
    if (mark.type === "bold") out = <strong>{out}</strong>;
    else if (mark.type === "italic") out = <em>{out}</em>;
    else if (mark.type === "link") {
      const href = isObject(mark.attrs) ? safeHref(mark.attrs.href) : null;
      if (href)
        out = (
          <a href={href} rel="noopener noreferrer nofollow ugc">
            {out}
          </a>
        );
    }
  }
  return <span key={key}>{out}</span>;
}

function renderInline(nodes: unknown[]): ReactNode[] {
  // The stored nodes have no ids: their position is their identity, and the list never reorders.
  return nodes.filter(isObject).map((node, i) => {
    if (node.type === "text") return renderText(node, i);
    // biome-ignore lint/suspicious/noArrayIndexKey: see above
    if (node.type === "hardBreak") return <br key={i} />;
    return null;
  });
}

function renderBlock(node: unknown, key: number, depth: number): ReactNode {
  if (!isObject(node) || depth > 20) return null;
  if (node.type === "paragraph") return <p key={key}>{renderInline(children(node))}</p>;
  if (node.type === "bulletList" || node.type === "orderedList") {
    const items = children(node)
      .filter(isObject)
      .filter((item) => item.type === "listItem")
      // biome-ignore lint/suspicious/noArrayIndexKey: stored list items have no ids and never reorder
      .map((item, i) => <li key={i}>{children(item).map((child, j) => renderBlock(child, j, depth + 1))}</li>);
    return node.type === "bulletList" ? (
      <ul key={key} className="list-disc pl-6">
        {items}
      </ul>
    ) : (
      <ol key={key} className="list-decimal pl-6">
        {items}
      </ol>
    );
  }
  return null;
}

/** A stored comment body as React elements: paragraphs, bold, italic, lists, safe links. */
export function CommentBody({ body }: { body: unknown }) {
  if (!isObject(body) || body.type !== "doc") return null;
  return <div className="comment-body space-y-2">{children(body).map((node, i) => renderBlock(node, i, 0))}</div>;
}
