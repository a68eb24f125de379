import "server-only";
import { createHash } from "node:crypto";
import { appendAuditEvent } from "@/lib/audit/log";
import type { AttachmentType } from "@/lib/consultations/attachment-type";
import { provisionRows } from "@/lib/consultations/provisions";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { hasArticulatedUnits, parseDraftSource } from "./parse-source";
import { type DraftSaveMode, draftSaveMode, isReasonRequired } from "./policy";
import { versionStamp } from "./queries";
import { ATTACHMENT_PURPOSE, type DraftDoc, type DraftSourceValue } from "./schema";
import { docToText, unitsToDoc } from "./tiptap-doc";

export type SaveDraftVersionInput = {
  consultationId: string;
  actorId: string;
  source: DraftSourceValue;
  /** The text to parse; ignored when `document` is given (its text is used). */
  sourceText: string;
  sourceFileName: string | null;
  /** Tiptap JSON from the editor, already validated by `draftDocSchema`. */
  document: DraftDoc | null;
  reason: string;
  /** See saveDraftInputSchema: refused as a conflict when the latest version is no longer this one. */
  basedOn?: string | null;
  now: Date;
};

export type SaveDraftVersionResult =
  | { ok: true; versionId: string; number: number; mode: DraftSaveMode; units: number }
  | { ok: false; reason: "not_found" | "no_units" | "reason_required" | "conflict" };

/**
 * Stores the draft text as a version with its drafting units, in one transaction with an audit
 * event. Before publication the unpublished version is replaced in place (its provisions are
 * rebuilt); afterwards a new, published version is added and earlier versions (with the
 * comments made on them) are left as they are.
 */
export async function saveDraftVersion(input: SaveDraftVersionInput): Promise<SaveDraftVersionResult> {
  const sourceText = input.document ? docToText(input.document) : input.sourceText;
  const { units, warnings } = parseDraftSource(sourceText, input.source);
  if (!hasArticulatedUnits(units)) return { ok: false, reason: "no_units" };
  const document = unitsToDoc(units) as unknown as Prisma.InputJsonValue;
  const reason = input.reason.trim();
  try {
    return await db.$transaction(async (tx) => {
      // Serialises saves of one consultation's draft: the row lock is held until commit.
      const [consultation] = await tx.$queryRaw<
        {
          id: string;
          status: "DRAFT" | "SCHEDULED" | "OPEN" | "CLOSED" | "REPORT_PUBLISHED";
          opens_at: Date;
          closes_at: Date;
          owner_unit_id: string;
        }[]
      >`SELECT id, status, opens_at, closes_at, owner_unit_id FROM consultations WHERE id = ${input.consultationId} FOR UPDATE`;
      if (!consultation) return { ok: false, reason: "not_found" } as const;
      const mode = draftSaveMode(
        {
          status: consultation.status,
          opensAt: consultation.opens_at,
          closesAt: consultation.closes_at,
          ownerUnitId: consultation.owner_unit_id,
        },
        input.now,
      );
      if (isReasonRequired(mode) && reason === "") return { ok: false, reason: "reason_required" } as const;
      const latest = await tx.documentVersion.findFirst({
        where: { consultationId: consultation.id },
        orderBy: { number: "desc" },
        select: { id: true, number: true, publishedAt: true, createdAt: true },
      });
      // Saved by someone else (or in another tab) since this form opened: not silently replaced.
      if (input.basedOn !== undefined && versionStamp(latest) !== input.basedOn) {
        return { ok: false, reason: "conflict" } as const;
      }
      const fields = {
        source: input.source,
        sourceText,
        sourceFileName: input.source === "DOCX" ? input.sourceFileName : null,
        document,
        createdById: input.actorId,
      };
      let version: { id: string; number: number };
      if (mode === "replace" && latest && latest.publishedAt === null) {
        await tx.provision.deleteMany({ where: { versionId: latest.id } });
        version = await tx.documentVersion.update({
          where: { id: latest.id },
          data: { ...fields, reason: null, createdAt: input.now },
          select: { id: true, number: true },
        });
      } else {
        version = await tx.documentVersion.create({
          data: {
            ...fields,
            consultationId: consultation.id,
            number: (latest?.number ?? 0) + 1,
            reason: mode === "replace" ? null : reason || null,
            // A version made after publication is public as soon as it is saved.
            publishedAt: mode === "replace" ? null : input.now,
            createdAt: input.now,
          },
          select: { id: true, number: true },
        });
      }
      await tx.provision.createMany({ data: provisionRows(version.id, units) });
      await appendAuditEvent(tx, {
        actorId: input.actorId,
        action:
          mode === "replace" && latest && latest.publishedAt === null ? "draft.replaced" : "draft.version_created",
        entityType: "DocumentVersion",
        entityId: version.id,
        data: {
          consultationId: consultation.id,
          number: version.number,
          mode,
          source: input.source,
          units: units.length,
          warnings: warnings.filter((w) => w.severity === "warning").length,
          ...(reason && mode !== "replace" ? { reason } : {}),
        },
      });
      return { ok: true, versionId: version.id, number: version.number, mode, units: units.length } as const;
    });
  } catch (error) {
    // Two first saves at once: the unique (consultation, number) refuses the second.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, reason: "conflict" };
    }
    throw error;
  }
}

export type StoreAttachmentInput = {
  consultationId: string;
  actorId: string;
  fileName: string;
  type: AttachmentType;
  mimeType: string;
  bytes: Uint8Array;
};

/** Stores an attachment already recognised by `detectAttachmentType`, with an audit event. */
export async function storeAttachment(input: StoreAttachmentInput) {
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  return db.$transaction(async (tx) => {
    const file = await tx.storedFile.create({
      data: {
        consultationId: input.consultationId,
        purpose: ATTACHMENT_PURPOSE,
        fileName: input.fileName,
        mimeType: input.mimeType,
        size: input.bytes.byteLength,
        sha256,
        content: new Uint8Array(input.bytes),
        uploadedById: input.actorId,
      },
      select: { id: true, fileName: true, mimeType: true, size: true, createdAt: true },
    });
    await appendAuditEvent(tx, {
      actorId: input.actorId,
      action: "attachment.uploaded",
      entityType: "StoredFile",
      entityId: file.id,
      data: {
        consultationId: input.consultationId,
        fileName: input.fileName,
        type: input.type,
        size: file.size,
        sha256,
      },
    });
    return file;
  });
}

/** Deletes an attachment of a consultation that is still a draft; the status is checked under a row lock. */
export async function deleteAttachment(input: {
  consultationId: string;
  fileId: string;
  actorId: string;
}): Promise<{ ok: true } | { ok: false; reason: "not_found" | "locked" }> {
  return db.$transaction(async (tx) => {
    const [consultation] = await tx.$queryRaw<{ status: string }[]>`
      SELECT status FROM consultations WHERE id = ${input.consultationId} FOR UPDATE`;
    if (!consultation) return { ok: false, reason: "not_found" } as const;
    if (consultation.status !== "DRAFT") return { ok: false, reason: "locked" } as const;
    const file = await tx.storedFile.findFirst({
      where: { id: input.fileId, consultationId: input.consultationId, purpose: ATTACHMENT_PURPOSE },
      select: { id: true, fileName: true, sha256: true },
    });
    if (!file) return { ok: false, reason: "not_found" } as const;
    await tx.storedFile.delete({ where: { id: file.id } });
    await appendAuditEvent(tx, {
      actorId: input.actorId,
      action: "attachment.deleted",
      entityType: "StoredFile",
      entityId: file.id,
      data: { consultationId: input.consultationId, fileName: file.fileName, sha256: file.sha256 },
    });
    return { ok: true } as const;
  });
}
