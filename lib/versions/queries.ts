import "server-only";
import { provisionColumns } from "@/lib/consultations/provisions";
import { effectiveStatus } from "@/lib/consultations/status";
import { db } from "@/lib/db";
import type { ProvisionForCompare } from "./compare";
import { publicVersionWhere } from "./visibility";

const PUBLIC_COMMENT = { status: "SUBMITTED" } as const;

export type PublicVersion = {
  id: string;
  number: number;
  reason: string | null;
  createdAt: Date;
  publishedAt: Date | null;
  /** Public comments made on this version (on its units or on it as a whole). */
  commentCount: number;
};

/** A consultation with its public versions, oldest first: two queries whatever their number. */
export async function getConsultationVersions(slug: string, now: Date) {
  const consultation = await db.consultation.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      actType: true,
      status: true,
      opensAt: true,
      closesAt: true,
      ownerUnitId: true,
      versions: {
        where: publicVersionWhere(now),
        orderBy: { number: "asc" },
        select: { id: true, number: true, reason: true, createdAt: true, publishedAt: true },
      },
    },
  });
  if (!consultation) return null;
  const counts = await db.comment.groupBy({
    by: ["versionId"],
    where: { consultationId: consultation.id, ...PUBLIC_COMMENT },
    _count: { _all: true },
  });
  const countByVersion = new Map(counts.map((c) => [c.versionId, c._count._all]));
  const versions: PublicVersion[] = consultation.versions.map((v) => ({
    ...v,
    commentCount: countByVersion.get(v.id) ?? 0,
  }));
  return { ...consultation, status: effectiveStatus(consultation, now), versions };
}

export type ConsultationVersions = NonNullable<Awaited<ReturnType<typeof getConsultationVersions>>>;

/** One version's drafting units in order, each with its number of public comments: two queries. */
export async function getVersionUnits(versionId: string): Promise<ProvisionForCompare[]> {
  const [provisions, counts] = await Promise.all([
    db.provision.findMany({
      where: { versionId },
      orderBy: { order: "asc" },
      select: provisionColumns,
    }),
    db.comment.groupBy({
      by: ["provisionId"],
      where: { versionId, provisionId: { not: null }, ...PUBLIC_COMMENT },
      _count: { _all: true },
    }),
  ]);
  const countByProvision = new Map(counts.map((c) => [c.provisionId, c._count._all]));
  return provisions.map((p) => ({ ...p, commentCount: countByProvision.get(p.id) ?? 0 }));
}
