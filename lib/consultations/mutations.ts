import "server-only";
import { appendAuditEvent } from "@/lib/audit/log";
import { defaultReceiptCode } from "@/lib/comments/receipt-code";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Settings } from "@/lib/settings/defaults";
import { addDays, consultationWindow, startOfWarsawDay, warsawDate } from "@/lib/time/warsaw";
import {
  calendarDate,
  consultationColumns,
  defaultCouncilDeadline,
  isoDateOf,
  statusOnPublication,
} from "./form-values";
import { type ConsultationFormInput, daysInclusive, type PublishedConsultationInput } from "./schema";
import { slugify, uniqueSlug } from "./slug";
import { effectiveStatus } from "./status";

/** An expected refusal: `error` is a key of the `validation` catalogue, shown by `field` or at the top. */
export type MutationFailure = { ok: false; reason: "invalid" | "conflict"; error: string; field?: string };
export type MutationResult<T> = { ok: true; data: T } | MutationFailure;

const refuse = (reason: MutationFailure["reason"], error: string, field?: string): MutationFailure => ({
  ok: false,
  reason,
  error,
  ...(field ? { field } : {}),
});

type Tx = Prisma.TransactionClient;

/** Locks the consultation's row for the rest of the transaction, so that two steps never interleave. */
async function lockConsultation(tx: Tx, id: string) {
  await tx.$queryRaw`SELECT id FROM consultations WHERE id = ${id} FOR UPDATE`;
  return tx.consultation.findUnique({ where: { id } });
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * The receipt code the consultation gets. Receipt numbers (BIA/2027/PW/000001) count from 1 in
 * each consultation, so two consultations with one code would give the same numbers and the second
 * could take no comment at all: a code another consultation has is refused, unless it is the one
 * suggested from the title (the clerk did not choose it), which then gets the first free number.
 */
async function receiptCodeFor(tx: Tx, input: ConsultationFormInput, exceptId?: string) {
  const wanted = input.receiptCode;
  const taken = new Set(
    (
      await tx.consultation.findMany({
        where: { receiptCode: { startsWith: wanted }, ...(exceptId ? { id: { not: exceptId } } : {}) },
        select: { receiptCode: true },
      })
    ).map((c) => c.receiptCode),
  );
  if (!taken.has(wanted)) return wanted;
  if (wanted !== defaultReceiptCode(input.title)) return null;
  for (let n = 2; `${wanted}${n}`.length <= 8; n++) if (!taken.has(`${wanted}${n}`)) return `${wanted}${n}`;
  return null;
}

export async function createConsultation(
  actorId: string,
  input: ConsultationFormInput,
): Promise<MutationResult<{ id: string; slug: string }>> {
  const base = slugify(input.title);
  // A concurrent creation may take the same slug between the read and the insert: try again.
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const unit = await tx.ownerUnit.findUnique({ where: { id: input.ownerUnitId }, select: { id: true } });
        if (!unit) return refuse("invalid", "consultation.ownerUnit.required", "ownerUnitId");
        const taken = await tx.consultation.findMany({
          where: { slug: { startsWith: base } },
          select: { slug: true },
        });
        const slug = uniqueSlug(base, new Set(taken.map((t) => t.slug)));
        const receiptCode = await receiptCodeFor(tx, input);
        if (!receiptCode) return refuse("invalid", "consultation.receiptCode.taken", "receiptCode");
        const created = await tx.consultation.create({
          data: { ...consultationColumns(input), receiptCode, slug, status: "DRAFT", createdById: actorId },
          select: { id: true, slug: true },
        });
        await appendAuditEvent(tx, {
          actorId,
          action: "consultation.created",
          entityType: "Consultation",
          entityId: created.id,
          data: { slug, title: input.title, ownerUnitId: input.ownerUnitId },
        });
        return { ok: true as const, data: created };
      });
    } catch (error) {
      if (attempt < 3 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

/** Saves every field of a consultation that is still a draft (the slug stays as created). */
export async function updateDraftConsultation(
  actorId: string,
  id: string,
  input: ConsultationFormInput,
  now: Date,
): Promise<MutationResult<{ id: string }>> {
  return db.$transaction(async (tx) => {
    const current = await lockConsultation(tx, id);
    if (!current) return refuse("conflict", "consultation.notFound");
    if (effectiveStatus(current, now) !== "DRAFT") return refuse("conflict", "consultation.edit.published");
    const unit = await tx.ownerUnit.findUnique({ where: { id: input.ownerUnitId }, select: { id: true } });
    if (!unit) return refuse("invalid", "consultation.ownerUnit.required", "ownerUnitId");
    const receiptCode = await receiptCodeFor(tx, input, id);
    if (!receiptCode) return refuse("invalid", "consultation.receiptCode.taken", "receiptCode");
    const columns = { ...consultationColumns(input), receiptCode };
    const changed = (Object.keys(columns) as (keyof typeof columns)[]).filter(
      (key) => JSON.stringify(columns[key]) !== JSON.stringify(current[key]),
    );
    await tx.consultation.update({ where: { id }, data: columns });
    await appendAuditEvent(tx, {
      actorId,
      action: "consultation.updated",
      entityType: "Consultation",
      entityId: id,
      data: { changed },
    });
    return { ok: true as const, data: { id } };
  });
}

/** After publication: the title, the contact, and a later end date while the consultation is open. */
export async function updatePublishedConsultation(
  actorId: string,
  id: string,
  input: PublishedConsultationInput,
  now: Date,
): Promise<MutationResult<{ id: string }>> {
  return db.$transaction(async (tx) => {
    const current = await lockConsultation(tx, id);
    if (!current) return refuse("conflict", "consultation.notFound");
    const status = effectiveStatus(current, now);
    if (status === "DRAFT" || status === "REPORT_PUBLISHED") return refuse("conflict", "consultation.edit.notAllowed");
    const currentEnd = isoDateOf(current.endDate);
    const extended = input.endDate !== currentEnd;
    if (extended && status !== "OPEN") return refuse("conflict", "consultation.endDate.locked", "endDate");
    if (extended && input.endDate < currentEnd) return refuse("invalid", "consultation.endDate.notEarlier", "endDate");
    const dates = extended
      ? {
          endDate: calendarDate(input.endDate),
          closesAt: consultationWindow(isoDateOf(current.startDate), input.endDate).closesAt,
        }
      : {};
    await tx.consultation.update({
      where: { id },
      data: {
        title: input.title,
        ...(input.legalBasis !== undefined ? { legalBasis: input.legalBasis } : {}),
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        contactPhone: input.contactPhone || null,
        ...dates,
        ...(extended ? { extensionNote: input.extensionNote || null } : {}),
      },
    });
    await appendAuditEvent(tx, {
      actorId,
      action: extended ? "consultation.extended" : "consultation.updated",
      entityType: "Consultation",
      entityId: id,
      data: {
        title: input.title,
        ...(extended ? { endDateFrom: currentEnd, endDateTo: input.endDate, note: input.extensionNote ?? null } : {}),
      },
    });
    return { ok: true as const, data: { id } };
  });
}

/**
 * Publishes a draft that has a version with drafting units: scheduled when it starts
 * later, open when its window has begun; refused when it has ended or would be shorter
 * than the minimum from today. Sets the Council's deadline when the clerk left it empty.
 * Published after the planned first day, it starts on the day of publication.
 */
export async function publishConsultation(
  actorId: string,
  id: string,
  now: Date,
  settings: Pick<Settings, "minConsultationDays" | "councilOpinionDays">,
): Promise<MutationResult<{ status: "SCHEDULED" | "OPEN"; slug: string }>> {
  return db.$transaction(async (tx) => {
    const current = await lockConsultation(tx, id);
    if (!current) return refuse("conflict", "consultation.notFound");
    if (current.status !== "DRAFT") return refuse("conflict", "consultation.publish.alreadyPublished");
    const version = await tx.documentVersion.findFirst({
      where: { consultationId: id, provisions: { some: {} } },
      orderBy: { number: "desc" },
      select: { id: true, number: true },
    });
    if (!version) return refuse("conflict", "consultation.publish.noVersion");
    const status = statusOnPublication(current, now);
    if (status === "ENDED") return refuse("conflict", "consultation.publish.ended", "endDate");
    const today = warsawDate(now);
    // Counted from today when the window has already begun: people get at least the minimum from publication.
    const firstDay = [isoDateOf(current.startDate), today].sort()[1] as string;
    if (daysInclusive(firstDay, isoDateOf(current.endDate)) < settings.minConsultationDays) {
      return refuse("conflict", "consultation.publish.tooShort", "endDate");
    }
    const councilOpinionDeadline =
      current.councilOpinionDeadline ?? startOfWarsawDay(addDays(today, settings.councilOpinionDays));
    // Published after its planned first day: it starts today, as the page and the report will say.
    const startsToday =
      firstDay !== isoDateOf(current.startDate)
        ? { startDate: calendarDate(today), opensAt: consultationWindow(today, isoDateOf(current.endDate)).opensAt }
        : {};
    await tx.consultation.update({
      where: { id },
      data: { status, publishedAt: now, councilOpinionDeadline, ...startsToday },
    });
    await tx.documentVersion.update({ where: { id: version.id }, data: { publishedAt: now } });
    await appendAuditEvent(tx, {
      actorId,
      action: "consultation.published",
      entityType: "Consultation",
      entityId: id,
      data: {
        status,
        versionId: version.id,
        versionNumber: version.number,
        ...(startsToday.startDate ? { startDateFrom: isoDateOf(current.startDate), startDateTo: today } : {}),
      },
    });
    return { ok: true as const, data: { status, slug: current.slug } };
  });
}

/** Takes a scheduled consultation back to a draft; never once it has opened. */
export async function unpublishConsultation(
  actorId: string,
  id: string,
  now: Date,
  settings: Pick<Settings, "councilOpinionDays">,
): Promise<MutationResult<{ slug: string }>> {
  return db.$transaction(async (tx) => {
    const current = await lockConsultation(tx, id);
    if (!current) return refuse("conflict", "consultation.notFound");
    if (effectiveStatus(current, now) !== "SCHEDULED") return refuse("conflict", "consultation.unpublish.notAllowed");
    // A deadline that publishing filled in from the default is recomputed at the next publication.
    const defaulted =
      current.publishedAt !== null &&
      current.councilOpinionDeadline !== null &&
      warsawDate(current.councilOpinionDeadline) ===
        defaultCouncilDeadline(warsawDate(current.publishedAt), settings.councilOpinionDays);
    await tx.consultation.update({
      where: { id },
      // Announced again when published again (with the dates as they are then).
      data: {
        status: "DRAFT",
        publishedAt: null,
        announcedAt: null,
        ...(defaulted ? { councilOpinionDeadline: null } : {}),
      },
    });
    await tx.documentVersion.updateMany({ where: { consultationId: id }, data: { publishedAt: null } });
    await appendAuditEvent(tx, {
      actorId,
      action: "consultation.unpublished",
      entityType: "Consultation",
      entityId: id,
      data: {},
    });
    return { ok: true as const, data: { slug: current.slug } };
  });
}
