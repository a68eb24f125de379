// How a comment is shown in lists: its status as people read it, and a short excerpt.

const EXCERPT_LENGTH = 280;

export type CommentDisplayStatus = "draft" | "submitted" | "withdrawn" | "hidden";

/** Hidden wins over the stored status: a hidden comment's text is no longer public. */
export function displayStatus(comment: { status: string; hiddenAt: Date | null }): CommentDisplayStatus {
  if (comment.hiddenAt) return "hidden";
  if (comment.status === "DRAFT") return "draft";
  if (comment.status === "WITHDRAWN") return "withdrawn";
  return "submitted";
}

/** The text on one line, cut at a word-independent length with an ellipsis. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}
