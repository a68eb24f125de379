import "server-only";
import { createHash } from "node:crypto";
import { appendAuditEvent } from "@/lib/audit/log";
import { calendarDate, isoDateOf } from "@/lib/consultations/form-values";
import { effectiveStatus } from "@/lib/consultations/status";
import { db } from "@/lib/db";
import type { ConsultationStatus } from "@/lib/generated/prisma/enums";
import { warsawDate } from "@/lib/time/warsaw";
import { councilDeadlineDate } from "./opinion-state";
import { COUNCIL_SCAN_PURPOSE } from "./queries";
import type { CouncilOpinionInput } from "./schema";
import { toVotes } from "./schema";

export type OpinionSaveResult =
  | { ok: true; opinionId: string; created: boolean }
  | { ok: false; reason: "not_found" | "locked"; field?: undefined; error?: undefined }
  | { ok: false; reason: "invalid"; field: keyof CouncilOpinionInput; error: string };

type LockedConsultation = {
  id: string;
  status: ConsultationStatus;
  opens_at: Date;
  closes_at: Date;
  published_at: Date | null;
  council_opinion_deadline: Date | null;
};

/**
 * Records the Council's opinion on a consultation, or changes it, in one transaction with an
 * audit event holding the whole opinion (the audit log is its history). The consultation row
 * is locked so that publishing the report cannot slip in between the check and the write.
 * Input must have passed `councilOpinionSchema`.
 */
export async function saveCouncilOpinion(
  actorId: string,
  consultationId: string,
  input: CouncilOpinionInput,
  now: Date,
  councilOpinionDays: number,
): Promise<OpinionSaveResult> {
  const votes = toVotes(input);
  if (!votes) return { ok: false, reason: "invalid", field: "votesFor", error: "councilOpinion.errors.count" };
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<LockedConsultation[]>`
      SELECT id, status, opens_at, closes_at, published_at, council_opinion_deadline
      FROM consultations WHERE id = ${consultationId} FOR UPDATE`;
    if (!row) return { ok: false as const, reason: "not_found" as const };
    const timing = { publishedAt: row.published_at, councilOpinionDeadline: row.council_opinion_deadline };
    const status = effectiveStatus({ status: row.status, opensAt: row.opens_at, closesAt: row.closes_at }, now);
    if (status === "DRAFT" || status === "REPORT_PUBLISHED") return { ok: false as const, reason: "locked" as const };
    if (input.adoptedOn > warsawDate(now)) return invalidField("adoptedOn", "adoptedOnFuture");
    const lastDay = councilDeadlineDate(timing, councilOpinionDays);
    // An opinion adopted after the deadline does not count: the Council waived its right.
    if (lastDay && input.adoptedOn > lastDay) return invalidField("adoptedOn", "adoptedOnAfterDeadline");
    const scanFileId = input.scanFileId || null;
    if (scanFileId) {
      const scan = await tx.storedFile.findFirst({
        where: { id: scanFileId, consultationId, purpose: COUNCIL_SCAN_PURPOSE },
        select: { id: true },
      });
      if (!scan) return invalidField("scanFileId", "scanUnknown");
    }
    const data = {
      kind: input.kind,
      text: input.text.trim() || null,
      resolutionNumber: input.resolutionNumber.trim(),
      adoptedOn: calendarDate(input.adoptedOn),
      ...votes,
      scanFileId,
      recordedById: actorId,
      recordedAt: now,
    };
    const existing = await tx.councilOpinion.findUnique({ where: { consultationId }, select: { id: true } });
    const opinion = existing
      ? await tx.councilOpinion.update({ where: { id: existing.id }, data, select: { id: true, adoptedOn: true } })
      : await tx.councilOpinion.create({ data: { consultationId, ...data }, select: { id: true, adoptedOn: true } });
    await appendAuditEvent(tx, {
      actorId,
      action: existing ? "council_opinion.updated" : "council_opinion.recorded",
      entityType: "CouncilOpinion",
      entityId: opinion.id,
      data: {
        consultationId,
        kind: data.kind,
        text: data.text,
        resolutionNumber: data.resolutionNumber,
        adoptedOn: opinion.adoptedOn ? isoDateOf(opinion.adoptedOn) : null,
        ...votes,
        scanFileId,
      },
    });
    return { ok: true as const, opinionId: opinion.id, created: !existing };
  });
}

function invalidField(field: keyof CouncilOpinionInput, code: string) {
  return { ok: false as const, reason: "invalid" as const, field, error: `councilOpinion.errors.${code}` };
}

/** Stores the scan of the Council's resolution (a PDF recognised by content) with an audit event. */
export async function storeCouncilScan(input: {
  consultationId: string;
  actorId: string;
  fileName: string;
  bytes: Uint8Array;
}) {
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  return db.$transaction(async (tx) => {
    const file = await tx.storedFile.create({
      data: {
        consultationId: input.consultationId,
        purpose: COUNCIL_SCAN_PURPOSE,
        fileName: input.fileName,
        mimeType: "application/pdf",
        size: input.bytes.byteLength,
        sha256,
        content: new Uint8Array(input.bytes),
        uploadedById: input.actorId,
      },
      select: { id: true, fileName: true, size: true },
    });
    await appendAuditEvent(tx, {
      actorId: input.actorId,
      action: "council_opinion.scan_uploaded",
      entityType: "StoredFile",
      entityId: file.id,
      data: { consultationId: input.consultationId, fileName: input.fileName, size: file.size, sha256 },
    });
    return file;
  });
}
