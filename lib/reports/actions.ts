"use server";

import { revalidatePath } from "next/cache";
import { type ActionResult, invalid } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { QUEUES, sendJob } from "@/lib/jobs/boss";
import { now } from "@/lib/time/clock";
import { markReportFailed, publishReport, type ReportRefusal, requestReport } from "./mutations";
import { reportPublishSchema, reportRequestSchema } from "./schema";

type Failure = Exclude<ActionResult<never>, { ok: true }>;

// Keys of the "reports.errors" catalogue.
const refusal: Record<ReportRefusal, Failure> = {
  not_found: { ok: false, reason: "failed", fieldErrors: { _form: "errors.notFound" } },
  forbidden: { ok: false, reason: "forbidden", fieldErrors: { _form: "errors.forbidden" } },
  generating: { ok: false, reason: "conflict", fieldErrors: { _form: "errors.generating" } },
  not_ready: { ok: false, reason: "conflict", fieldErrors: { _form: "errors.notReady" } },
  stale: { ok: false, reason: "conflict", fieldErrors: { _form: "errors.stale" } },
  unanswered: { ok: false, reason: "conflict", fieldErrors: { _form: "errors.unanswered" } },
  council_pending: { ok: false, reason: "conflict", fieldErrors: { _form: "errors.councilPending" } },
};

function panelPath(consultationId: string) {
  return `/panel/konsultacje/${consultationId}/sprawozdanie`;
}

/** "Generate the report": a draft report whose files a job builds; the page shows its progress. */
export async function requestReportAction(input: unknown): Promise<ActionResult<{ reportId: string }>> {
  const parsed = reportRequestSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, reason: "unauthenticated" };
  const result = await requestReport(actor, parsed.data.consultationId, parsed.data.outcome || null, now());
  if (!result.ok) return refusal[result.reason];
  try {
    await sendJob(QUEUES.generateReport, result.data, { singletonKey: result.data.reportId });
  } catch (error) {
    await markReportFailed(result.data.reportId, error instanceof Error ? error.message : String(error));
  }
  revalidatePath(panelPath(parsed.data.consultationId));
  return { ok: true, data: result.data };
}

/** Publishes the latest generated report; everyone who commented is e-mailed by a job. */
export async function publishReportAction(input: unknown): Promise<ActionResult<{ consultationId: string }>> {
  const parsed = reportPublishSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, reason: "unauthenticated" };
  const result = await publishReport(actor, parsed.data.reportId, parsed.data.authorName, now());
  if (!result.ok) return refusal[result.reason];
  // Queued after the commit; pg-boss retries a failed send with back-off.
  try {
    await sendJob(QUEUES.notifyReport, { reportId: parsed.data.reportId }, { singletonKey: parsed.data.reportId });
  } catch (error) {
    console.error(`report ${parsed.data.reportId} published, but its e-mails could not be queued`, error);
  }
  revalidatePath(panelPath(result.data.consultationId));
  revalidatePath("/konsultacje", "layout");
  return { ok: true, data: result.data };
}
