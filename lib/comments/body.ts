import { z } from "zod";

/** The most characters a comment, a proposed wording or a justification may have (the panel says so before sending). */
export const COMMENT_TEXT_MAX = 20_000;

// The comment editor allows paragraphs, bold, italic, lists and links only. What the
// browser sends is checked against exactly that on the server: unknown nodes or marks,
// attributes other than a link's href, and links other than http(s)/mailto are refused,
// so a stored comment can never carry markup of its own.

const SAFE_LINK = /^(https?:\/\/|mailto:)[^\s<>"'`]+$/i;

const linkMark = z
  .object({
    type: z.literal("link"),
    attrs: z
      .object({ href: z.string().max(2000).regex(SAFE_LINK, { error: "comment.body.link" }) })
      .loose()
      .transform(({ href }) => ({ href })),
  })
  .strict();
const simpleMark = z.object({ type: z.enum(["bold", "italic"]) }).strict();
const mark = z.union([simpleMark, linkMark]);

const textNode = z
  .object({
    type: z.literal("text"),
    text: z.string().min(1).max(COMMENT_TEXT_MAX, { error: "comment.text.tooLong" }),
    marks: z.array(mark).max(3).optional(),
  })
  .strict();
const hardBreak = z.object({ type: z.literal("hardBreak") }).strict();
const inline = z.union([textNode, hardBreak]);

const paragraph = z.object({ type: z.literal("paragraph"), content: z.array(inline).max(2_000).optional() }).strict();

type Block =
  | z.infer<typeof paragraph>
  | { type: "bulletList" | "orderedList"; content: { type: "listItem"; content: Block[] }[] };

const block: z.ZodType<Block> = z.lazy(() => z.union([paragraph, list]));
const listItem = z.object({ type: z.literal("listItem"), content: z.array(block).min(1).max(50) }).strict();
const list = z
  .object({
    type: z.enum(["bulletList", "orderedList"]),
    attrs: z.object({ start: z.number().int().optional() }).loose().optional(),
    content: z.array(listItem).min(1).max(200),
  })
  .strict()
  .transform(({ type, content }) => ({ type, content }));

/** The allowed structure, possibly empty: what an autosaved draft may hold. */
export const commentDocSchema = z.object({ type: z.literal("doc"), content: z.array(block).max(500) }).strict();

export const commentBodySchema = commentDocSchema
  .refine((doc) => plainText(doc).trim().length > 0, { error: "comment.body.required" })
  .refine((doc) => plainText(doc).length <= COMMENT_TEXT_MAX, { error: "comment.text.tooLong" });

export type CommentBody = z.infer<typeof commentBodySchema>;

type AnyNode = { type: string; text?: string; content?: AnyNode[] };

/** The comment as plain text (for search, e-mails, CSV): blocks on their own lines. */
export function plainText(doc: { content?: readonly unknown[] }): string {
  const lines: string[] = [];
  const walk = (node: AnyNode, prefix: string) => {
    if (node.type === "paragraph") {
      lines.push(prefix + (node.content ?? []).map((n) => (n.type === "text" ? (n.text ?? "") : "\n")).join(""));
      return;
    }
    if (node.type === "bulletList" || node.type === "orderedList") {
      (node.content ?? []).forEach((item, index) => {
        const marker = node.type === "bulletList" ? "– " : `${index + 1}. `;
        for (const [i, child] of (item.content ?? []).entries())
          walk(child, i === 0 ? `${prefix}${marker}` : `${prefix}   `);
      });
    }
  };
  for (const node of (doc.content ?? []) as AnyNode[]) walk(node, "");
  return lines.join("\n").trim();
}

/** A document with one paragraph per line of plain text (comments entered by a clerk from paper). */
export function docFromPlainText(text: string): CommentBody {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ type: "paragraph" as const, content: [{ type: "text" as const, text: p }] }));
  return { type: "doc", content: paragraphs };
}
