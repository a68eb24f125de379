import "server-only";
import { provisionColumns } from "@/lib/consultations/provisions";
import { db } from "@/lib/db";
import type { DraftSource } from "@/lib/generated/prisma/enums";
import type { UnitKind } from "@/lib/legal-structure/schema";
import { ATTACHMENT_PURPOSE } from "./schema";

export type DraftVersionSummary = {
  id: string;
  number: number;
  /** Why the version was made during or after the consultation; shown publicly. */
  reason: string | null;
  source: DraftSource;
  sourceFileName: string | null;
  createdAt: Date;
  /**
   * When the public could first read this version: its own publication time, or for the version
   * the consultation was announced with, the consultation's. Null while nobody outside sees it.
   */
  publishedAt: Date | null;
  provisionCount: number;
};

/** Every version of a consultation's draft, oldest first, with the number of its units. */
export async function listVersions(consultationId: string): Promise<DraftVersionSummary[]> {
  const consultation = await db.consultation.findUnique({
    where: { id: consultationId },
    select: {
      publishedAt: true,
      versions: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          reason: true,
          source: true,
          sourceFileName: true,
          createdAt: true,
          publishedAt: true,
          _count: { select: { provisions: true } },
        },
      },
    },
  });
  if (!consultation) return [];
  return consultation.versions.map(({ _count, ...v }) => ({
    ...v,
    publishedAt: v.publishedAt ?? (v.number === 1 ? consultation.publishedAt : null),
    provisionCount: _count.provisions,
  }));
}

/**
 * A stored drafting unit in the shape of the parser's `LegalUnit` fields that `matchVersions`
 * needs (lower-case `kind`, `parentKey`), plus the provision's id for links and comments.
 */
export type VersionUnit = {
  id: string;
  key: string;
  anchor: string;
  kind: UnitKind;
  label: string;
  marker: string | null;
  citation: string;
  text: string;
  order: number;
  depth: number;
  parentId: string | null;
  parentKey: string | null;
};

/** The units of one version in document order (empty for an unknown version). */
export async function getVersionUnits(versionId: string): Promise<VersionUnit[]> {
  const rows = await db.provision.findMany({
    where: { versionId },
    orderBy: { order: "asc" },
    select: provisionColumns,
  });
  const keyById = new Map(rows.map((r) => [r.id, r.key]));
  return rows.map((r) => ({
    ...r,
    kind: r.kind.toLowerCase() as UnitKind,
    parentKey: r.parentId ? (keyById.get(r.parentId) ?? null) : null,
  }));
}

/** The consultation as the draft page needs it, with the newest version's text. */
export async function getDraftWorkspace(consultationId: string) {
  const consultation = await db.consultation.findUnique({
    where: { id: consultationId },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      opensAt: true,
      closesAt: true,
      ownerUnitId: true,
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        select: {
          id: true,
          number: true,
          source: true,
          sourceText: true,
          sourceFileName: true,
          publishedAt: true,
          createdAt: true,
        },
      },
    },
  });
  if (!consultation) return null;
  const { versions, ...rest } = consultation;
  const latest = versions[0] ?? null;
  return { ...rest, latest, basedOn: versionStamp(latest) };
}

export type AttachmentSummary = {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  createdAt: Date;
};

/** Files attached to a consultation (purpose "attachment"), in upload order. */
export function listAttachments(consultationId: string): Promise<AttachmentSummary[]> {
  return db.storedFile.findMany({
    where: { consultationId, purpose: ATTACHMENT_PURPOSE },
    orderBy: { createdAt: "asc" },
    select: { id: true, fileName: true, mimeType: true, size: true, createdAt: true },
  });
}

/** A stored file with the consultation it belongs to, for the download route. */
export function getStoredFile(fileId: string) {
  return db.storedFile.findUnique({
    where: { id: fileId },
    select: {
      id: true,
      purpose: true,
      fileName: true,
      mimeType: true,
      size: true,
      content: true,
      consultation: { select: { id: true, ownerUnitId: true, status: true } },
    },
  });
}

/** What the policies need to decide about a consultation's draft and files. */
export function getConsultationRef(consultationId: string) {
  return db.consultation.findUnique({
    where: { id: consultationId },
    select: { id: true, slug: true, ownerUnitId: true, status: true, opensAt: true, closesAt: true },
  });
}

/**
 * Which saved text a draft form started from: the latest version and when it was saved (a version
 * replaced in place before publication keeps its number but not its time). Null: no version yet.
 */
export function versionStamp(version: { id: string; createdAt: Date } | null): string | null {
  return version ? `${version.id}@${version.createdAt.getTime()}` : null;
}
