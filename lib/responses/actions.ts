"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { recordId } from "@/lib/actions/ids";
import { type ActionResult, invalid } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { now } from "@/lib/time/clock";
import { warsawDate } from "@/lib/time/warsaw";
import { assignComment, enterComment, saveAnswers } from "./mutations";
import { canAnswerGroup, canAssignComments, canEnterComment, isOwnerUnitClerk } from "./policy";
import { getInboxConsultation, type InboxConsultation } from "./queries";
import { answerCommentsSchema, assignCommentSchema, enteredCommentSchema, responseMessageKeys } from "./schema";

// Messages are catalogue keys from the root ("inbox.errors.*", "inbox.enter.errors.*"), per field or "_form".
type Failure = Exclude<ActionResult<never>, { ok: true }>;

const forbidden: Failure = { ok: false, reason: "forbidden", fieldErrors: { _form: "inbox.errors.forbidden" } };
const locked: Failure = { ok: false, reason: "conflict", fieldErrors: { _form: "inbox.errors.locked" } };

function invalidAnswer(error: z.ZodError): Failure {
  const result = invalid(error) as Failure;
  const fieldErrors = Object.fromEntries(
    Object.entries(result.fieldErrors ?? {}).map(([field, key]) => [
      field.startsWith("commentIds") ? "commentIds" : field,
      responseMessageKeys[key] ?? "inbox.errors.invalid",
    ]),
  );
  return { ok: false, reason: "invalid", fieldErrors };
}

function revalidateInbox(consultation: { id: string; slug: string }) {
  revalidatePath(`/panel/konsultacje/${consultation.id}/uwagi`, "layout");
  revalidatePath(`/rada/konsultacje/${consultation.id}/uwagi`);
  revalidatePath(`/konsultacje/${consultation.slug}`);
  revalidatePath("/moje-uwagi");
}

async function consultationFor(consultationId: unknown): Promise<InboxConsultation | null> {
  const id = recordId.safeParse(consultationId);
  return id.success ? getInboxConsultation(id.data, now()) : null;
}

/**
 * Answers one or more comments of a consultation with one position and justification: a single
 * comment, a group of near-identical ones, or those ticked in the inbox. Owner unit's clerks only.
 */
export async function saveAnswersAction(
  consultationId: unknown,
  input: unknown,
): Promise<ActionResult<{ saved: number }>> {
  const id = recordId.safeParse(consultationId);
  if (!id.success) return forbidden;
  const parsed = answerCommentsSchema.safeParse(input);
  if (!parsed.success) return invalidAnswer(parsed.error);
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, reason: "unauthenticated" };
  // An unknown consultation is answered like a forbidden one, so that ids cannot be probed.
  const consultation = await consultationFor(id.data);
  if (!consultation || !isOwnerUnitClerk(actor, consultation)) return forbidden;
  if (!canAnswerGroup(actor, consultation)) return locked;
  const result = await saveAnswers(actor, consultation.id, parsed.data, now());
  if (!result.ok) {
    if (result.reason === "locked") return locked;
    if (result.reason === "unknown_comments") {
      return { ok: false, reason: "conflict", fieldErrors: { _form: "inbox.errors.unknownComments" } };
    }
    if (result.reason === "comment_changed") {
      return { ok: false, reason: "conflict", fieldErrors: { _form: "inbox.errors.commentChanged" } };
    }
    if (result.reason === "changed") {
      return { ok: false, reason: "conflict", fieldErrors: { _form: "inbox.errors.changedMeanwhile" } };
    }
    return forbidden;
  }
  revalidateInbox(consultation);
  return { ok: true, data: { saved: result.saved.length } };
}

/** Assigns a comment to a clerk of the owner unit, or to nobody (`assigneeId` null). */
export async function assignCommentAction(
  consultationId: unknown,
  input: unknown,
): Promise<ActionResult<{ assigneeId: string | null }>> {
  const parsed = assignCommentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid", fieldErrors: { assigneeId: "inbox.errors.invalid" } };
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, reason: "unauthenticated" };
  const consultation = await consultationFor(consultationId);
  if (!consultation || !isOwnerUnitClerk(actor, consultation)) return forbidden;
  if (!canAssignComments(actor, consultation)) return locked;
  const result = await assignComment(actor, parsed.data.commentId, parsed.data.assigneeId, now());
  if (!result.ok) {
    if (result.reason === "invalid_assignee") {
      return { ok: false, reason: "invalid", fieldErrors: { assigneeId: "inbox.errors.invalidAssignee" } };
    }
    return result.reason === "locked" ? locked : forbidden;
  }
  revalidateInbox(consultation);
  return { ok: true, data: { assigneeId: result.assigneeId } };
}

const entryRefusals: Record<string, Failure> = {
  not_open: { ok: false, reason: "conflict", fieldErrors: { _form: "inbox.enter.errors.notOpen" } },
  locked,
  received_after_end: {
    ok: false,
    reason: "invalid",
    fieldErrors: { receivedOn: "inbox.enter.errors.receivedAfterEnd" },
  },
  received_in_future: {
    ok: false,
    reason: "invalid",
    fieldErrors: { receivedOn: "inbox.enter.errors.receivedInFuture" },
  },
  unknown_unit: { ok: false, reason: "conflict", fieldErrors: { provisionId: "inbox.enter.errors.unknownUnit" } },
  unknown_organization: {
    ok: false,
    reason: "conflict",
    fieldErrors: { organizationId: "inbox.enter.errors.unknownOrganization" },
  },
  invalid_scan: { ok: false, reason: "conflict", fieldErrors: { scanFile: "inbox.enter.errors.invalidScan" } },
  idempotency_conflict: { ok: false, reason: "conflict", fieldErrors: { _form: "inbox.errors.failed" } },
};

/**
 * Enters a comment that came by e-mail, post, in person or at a meeting (owner unit's clerks and
 * CWOP clerks). It gets a receipt number in the consultation's sequence.
 */
export async function enterCommentAction(
  consultationId: unknown,
  input: unknown,
): Promise<ActionResult<{ commentId: string; receiptNumber: string }>> {
  const id = recordId.safeParse(consultationId);
  if (!id.success) return forbidden;
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, reason: "unauthenticated" };
  const at = now();
  const consultation = await consultationFor(id.data);
  if (!consultation || !canEnterComment(actor, { ...consultation, status: "OPEN" })) return forbidden;
  if (consultation.status === "REPORT_PUBLISHED") return locked;
  if (!canEnterComment(actor, consultation)) return entryRefusals.not_open as Failure;
  // The limits (last day, today) come from the consultation, so the input is parsed after loading it.
  const parsed = enteredCommentSchema({ endDate: consultation.endDate, today: warsawDate(at) }).safeParse(input);
  if (!parsed.success) return invalid(parsed.error) as Failure;
  const value = parsed.data;
  const result = await enterComment(
    actor,
    consultation.id,
    {
      organizationId: value.submitterKind === "organization" ? value.organizationId : null,
      submitterName: value.submitterKind === "organization" ? null : value.submitterName || null,
      submitterPerson: value.submitterKind === "person",
      jointWith: value.jointWith,
      provisionId: value.provisionId || null,
      body: value.body,
      proposedWording: value.proposedWording,
      justification: value.justification,
      receivedOn: value.receivedOn,
      channel: value.channel,
      scanFileId: value.scanFileId || null,
      idempotencyKey: value.idempotencyKey,
    },
    at,
  );
  if (!result.ok) return entryRefusals[result.reason] ?? forbidden;
  revalidateInbox(consultation);
  return { ok: true, data: { commentId: result.commentId, receiptNumber: result.receiptNumber } };
}
