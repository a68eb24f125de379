import type { JSONContent } from "@tiptap/react";
import type { Locale } from "@/lib/i18n/config";

/** What the page tells each comment island: serialisable, no secrets. */
export type CommentingContext = {
  consultationId: string;
  slug: string;
  signedIn: boolean;
  justificationRequired: boolean;
  /** Choices of "on behalf of", in order; empty: the person may not comment. */
  behalf: BehalfOption[];
  /** Names of the person's organisations still waiting for verification. */
  unverified: string[];
  /** The page's language: the islands bring their own words (CommentingWords). */
  locale: Locale;
  /** Shown while the panel's code loads. */
  loadingLabel: string;
  /**
   * New comments are made on the newest version only; on an earlier one (corrected during the
   * consultation) the people who commented on it may still change or withdraw their comments.
   */
  newComments: boolean;
};

export type BehalfOption =
  | { kind: "organization"; organizationId: string; name: string }
  | { kind: "council" }
  | { kind: "individual" };

export type UnitRef = {
  /** Null: the whole draft. */
  provisionId: string | null;
  anchor: string;
  citation: string | null;
  text: string | null;
};

export type EditTarget = {
  commentId: string;
  receiptNumber: string;
  body: JSONContent;
  proposedWording: string | null;
  justification: string | null;
};

export function behalfValue(option: BehalfOption): string {
  return option.kind === "organization" ? `org:${option.organizationId}` : option.kind;
}

export function behalfFromValue(value: string) {
  if (value.startsWith("org:")) return { kind: "organization" as const, organizationId: value.slice(4) };
  if (value === "council" || value === "individual") return { kind: value };
  return null;
}

/** Where an anonymous visitor or an expired session signs in, to come back to the same unit. */
export function signInHref(slug: string, openId: string, anchor: string): string {
  const back = `/konsultacje/${slug}?uwaga=${encodeURIComponent(openId)}#${anchor}`;
  return `/logowanie?callbackUrl=${encodeURIComponent(back)}`;
}
