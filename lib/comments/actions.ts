"use server";

import { revalidatePath } from "next/cache";
import { createElement } from "react";
import { z } from "zod";
import CommentReceiptEmail, { commentReceiptSubject, type ReceiptKind } from "@/emails/comment-receipt";
import type { ActionResult } from "@/lib/actions/result";
import type { Actor } from "@/lib/auth/actor";
import { consumeRateLimit } from "@/lib/auth/rate-limit";
import { getCurrentUser } from "@/lib/auth/session";
import { sendEmail } from "@/lib/email/send";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/config";
import { now } from "@/lib/time/clock";
import { commentGate } from "./admission";
import { hideComment, type Receipt, reviseComment, saveCommentDraft, submitComment } from "./mutations";
import { type CommentDraft, getCommentDraft, getReceiptContext } from "./queries";
import { commentDraftSchema, commentEditSchema, commentSubmissionSchema } from "./schema";

// Failure reasons are keys of the "commenting.errors" catalogue, per field or "_form".
type Failure = Exclude<ActionResult<never>, { ok: true }>;

export type ReceiptView = {
  commentId: string;
  receiptNumber: string;
  receiptHash: string;
  /** ISO time of the server. */
  submittedAt: string;
  /**
   * The receipt e-mail: sent; not sent yet but stored and retried by the e-mail job (a mail
   * provider's hiccup or rate limit at a deadline rush); or not sent and not to be retried.
   * Null: a repeated submit, no new e-mail.
   */
  receiptEmail: ReceiptEmail | null;
};

const idSchema = z.string().min(1).max(64);

function invalidInput(error: z.ZodError): Failure {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    const key =
      issue.message === "comment.body.required"
        ? "bodyRequired"
        : issue.message === "comment.text.tooLong"
          ? "tooLong"
          : field === "onBehalf"
            ? "onBehalfRequired"
            : field === "body"
              ? "invalid"
              : "conflict";
    fieldErrors[field === "idempotencyKey" || field === "consultationId" ? "_form" : field] ??= key;
  }
  return { ok: false, reason: "invalid", fieldErrors };
}

const refusal: Record<string, Failure> = {
  not_found: { ok: false, reason: "failed", fieldErrors: { _form: "notOpen" } },
  not_open: { ok: false, reason: "conflict", fieldErrors: { _form: "notOpen" } },
  closed: { ok: false, reason: "conflict", fieldErrors: { _form: "closed" } },
  unknown_unit: { ok: false, reason: "conflict", fieldErrors: { _form: "unknownUnit" } },
  justification_required: { ok: false, reason: "invalid", fieldErrors: { justification: "justificationRequired" } },
  idempotency_conflict: { ok: false, reason: "conflict", fieldErrors: { _form: "conflict" } },
  submitted: { ok: false, reason: "conflict", fieldErrors: { _form: "conflict" } },
  withdrawn: { ok: false, reason: "conflict", fieldErrors: { _form: "withdrawn" } },
  forbidden: { ok: false, reason: "forbidden", fieldErrors: { _form: "forbidden" } },
  unverified: { ok: false, reason: "forbidden", fieldErrors: { onBehalf: "unverified" } },
};

/** An edit or withdrawal refused: after the deadline the comment stands as last receipted, which the message says. */
function revisionRefusal(reason: string): Failure {
  if (reason === "closed") return { ok: false, reason: "conflict", fieldErrors: { _form: "changeClosed" } };
  if (reason === "changed") return { ok: false, reason: "conflict", fieldErrors: { _form: "changedMeanwhile" } };
  return refusal[reason] ?? { ok: false, reason: "failed" };
}

export type ReceiptEmail = "sent" | "retrying" | "failed";

/**
 * The receipt e-mail, after the comment is stored: a failed send is recorded by the
 * sender and reported to the page, and never undoes the comment.
 */
async function emailReceipt(actor: Actor, receipt: Receipt, kind: ReceiptKind): Promise<ReceiptEmail> {
  try {
    const context = await getReceiptContext(receipt.commentId);
    if (!context) return "failed";
    const locale = isLocale(actor.locale) ? actor.locale : "pl";
    const checkUrl = new URL(`/potwierdzenie/${receipt.receiptNumber}`, env.NEXTAUTH_URL).toString();
    const result = await sendEmail({
      to: actor.email,
      subject: commentReceiptSubject(locale, kind, receipt.receiptNumber),
      template: createElement(CommentReceiptEmail, {
        locale,
        kind,
        receiptNumber: receipt.receiptNumber,
        receiptHash: receipt.receiptHash,
        issuedAt: receipt.submittedAt,
        consultationTitle: context.consultationTitle,
        citation: context.citation,
        checkUrl,
      }),
      kind: "comment-receipt",
    });
    if (result.ok) return "sent";
    return result.willRetry ? "retrying" : "failed";
  } catch (error) {
    console.error("comment receipt e-mail failed", error);
    return "failed";
  }
}

function view(receipt: Receipt, receiptEmail: ReceiptEmail | null): ReceiptView {
  return {
    commentId: receipt.commentId,
    receiptNumber: receipt.receiptNumber,
    receiptHash: receipt.receiptHash,
    submittedAt: receipt.submittedAt.toISOString(),
    receiptEmail,
  };
}

async function revalidateFor(commentId: string) {
  const context = await getReceiptContext(commentId);
  if (context) revalidatePath(`/konsultacje/${context.slug}`);
}

/** Autosave while typing: a DRAFT row under the panel's key. */
export async function saveCommentDraftAction(input: unknown): Promise<ActionResult<{ savedAt: string }>> {
  const parsed = commentDraftSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, reason: "unauthenticated" };
  const result = await saveCommentDraft(actor, parsed.data, now());
  if (!result.ok) return refusal[result.reason] ?? { ok: false, reason: "failed" };
  return { ok: true, data: { savedAt: result.savedAt.toISOString() } };
}

/** The person's newest server draft for a unit (null provisionId: the whole draft). */
export async function loadCommentDraftAction(
  consultationId: unknown,
  provisionId: unknown,
): Promise<ActionResult<(Omit<CommentDraft, "savedAt"> & { savedAt: string }) | null>> {
  const ids = z.tuple([idSchema, idSchema.nullable()]).safeParse([consultationId, provisionId]);
  if (!ids.success) return { ok: false, reason: "invalid" };
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, reason: "unauthenticated" };
  const draft = await getCommentDraft(actor.id, ids.data[0], ids.data[1]);
  return { ok: true, data: draft ? { ...draft, savedAt: draft.savedAt.toISOString() } : null };
}

/** Submissions and edits per person per minute (COMMENT_LIMIT_PER_MINUTE); autosave is not counted. */
async function commentLimit(actorId: string): Promise<Failure | null> {
  const limit = await consumeRateLimit("comment-submit", actorId);
  return limit.ok ? null : { ok: false, reason: "conflict", fieldErrors: { _form: "rateLimited" } };
}

const BUSY_RETRY_SECONDS = { min: 3, spread: 5 };

/**
 * Comment submissions and edits handled on this server at once (COMMENT_MAX_IN_FLIGHT); more
 * are answered "busy" straight away, before any database work, and the panel keeps the text
 * and the key. A place covers the session check, the rate limit and the write: under overload
 * the requests beyond it cost almost nothing, so those admitted still finish in time (with only
 * the write gated, every request read its session first and the answers came too late for
 * anyone). The receipt e-mail comes after, outside. While the gate is full the proxy turns new
 * action requests away even earlier (503 with Retry-After).
 */
const gate = () => commentGate(env.COMMENT_MAX_IN_FLIGHT);

/**
 * "Busy", with when to send again: 3 to 8 seconds, spread so that those turned away together do
 * not all come back together (coming back at once is what turns an overload into a collapse).
 */
function busy(): Failure {
  return {
    ok: false,
    reason: "conflict",
    fieldErrors: { _form: "busy" },
    retryAfterSeconds: BUSY_RETRY_SECONDS.min + Math.floor(Math.random() * (BUSY_RETRY_SECONDS.spread + 1)),
  };
}

export async function submitCommentAction(input: unknown): Promise<ActionResult<ReceiptView>> {
  const parsed = commentSubmissionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const admitted = await gate().run(async () => {
    const actor = await getCurrentUser();
    if (!actor) return { refused: { ok: false, reason: "unauthenticated" } satisfies Failure };
    const limited = await commentLimit(actor.id);
    if (limited) return { refused: limited };
    return { actor, result: await submitComment(actor, parsed.data, now()) };
  });
  if (!admitted) return busy();
  if (admitted.refused) return admitted.refused;
  const { actor, result } = admitted;
  if (!result.ok) {
    if (result.reason === "forbidden" && result.detail === "unverified") return refusal.unverified as Failure;
    return refusal[result.reason] ?? { ok: false, reason: "failed" };
  }
  const receiptEmail = result.duplicate ? null : await emailReceipt(actor, result.receipt, "submitted");
  // No revalidatePath: the reading page is rendered per request and the panel refreshes it once it
  // has the receipt. Revalidating here made every answer carry the whole page again (100–400 kB).
  return { ok: true, data: view(result.receipt, receiptEmail) };
}

export async function editCommentAction(commentId: unknown, input: unknown): Promise<ActionResult<ReceiptView>> {
  const id = idSchema.safeParse(commentId);
  const parsed = commentEditSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  if (!id.success) return { ok: false, reason: "invalid" };
  const admitted = await gate().run(async () => {
    const actor = await getCurrentUser();
    if (!actor) return { refused: { ok: false, reason: "unauthenticated" } satisfies Failure };
    const limited = await commentLimit(actor.id);
    if (limited) return { refused: limited };
    return { actor, result: await reviseComment(actor, id.data, { kind: "edit", ...parsed.data }, now()) };
  });
  if (!admitted) return busy();
  if (admitted.refused) return admitted.refused;
  const { actor, result } = admitted;
  if (!result.ok) return revisionRefusal(result.reason);
  const receiptEmail = await emailReceipt(actor, result.receipt, "edited");
  // Not revalidated, as for a new comment: the panel refreshes the page.
  return { ok: true, data: view(result.receipt, receiptEmail) };
}

export async function withdrawCommentAction(commentId: unknown): Promise<ActionResult<ReceiptView>> {
  const id = idSchema.safeParse(commentId);
  if (!id.success) return { ok: false, reason: "invalid" };
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, reason: "unauthenticated" };
  const result = await reviseComment(actor, id.data, { kind: "withdraw" }, now());
  if (!result.ok) return revisionRefusal(result.reason);
  const receiptEmail = await emailReceipt(actor, result.receipt, "withdrawn");
  // No revalidation: it would re-render the list at once, and the withdrawn comment (with the
  // receipt just shown in its place) would vanish before the person could read it. The page
  // is rendered per request, so the next visit or reload shows the comment gone.
  return { ok: true, data: view(result.receipt, receiptEmail) };
}

/**
 * Hides an abusive comment (clerk who manages the consultation, or admin): the public
 * page then shows only the reason. For the clerks' moderation UI.
 */
export async function hideCommentAction(
  commentId: unknown,
  reason: unknown,
): Promise<ActionResult<{ hiddenAt: string }>> {
  const id = idSchema.safeParse(commentId);
  if (!id.success) return { ok: false, reason: "invalid" };
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, reason: "unauthenticated" };
  const result = await hideComment(actor, id.data, typeof reason === "string" ? reason : "", now());
  if (!result.ok) {
    if (result.reason === "reason_required") {
      return { ok: false, reason: "invalid", fieldErrors: { reason: "comment.hide.reasonRequired" } };
    }
    if (result.reason === "already_hidden") return { ok: false, reason: "conflict" };
    // An unknown id is answered like a forbidden one, so that ids cannot be probed.
    return { ok: false, reason: "forbidden" };
  }
  await revalidateFor(id.data);
  return { ok: true, data: { hiddenAt: result.hiddenAt.toISOString() } };
}
