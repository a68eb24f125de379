import "server-only";
import { db } from "@/lib/db";
import type { ReportFormat } from "@/lib/generated/prisma/enums";

const fileSelect = { select: { id: true, format: true, sha256: true, size: true, generatedAt: true } } as const;

/** The consultation's reports, newest first, with their files (the clerk's view). */
export function listReports(consultationId: string) {
  return db.report.findMany({
    where: { consultationId },
    orderBy: { createdAt: "desc" },
    take: 10,
    include: { files: { ...fileSelect, orderBy: { format: "asc" } } },
  });
}

/** The published report of a consultation, if any (the public view). */
export function publishedReport(consultationId: string) {
  return db.report.findFirst({
    where: { consultationId, status: "PUBLISHED" },
    include: { files: { ...fileSelect, orderBy: { format: "asc" } } },
  });
}

/** A report's file with what deciding access needs. */
export function reportFile(reportId: string, format: ReportFormat) {
  return db.reportFile.findUnique({
    where: { reportId_format: { reportId, format } },
    select: {
      id: true,
      sha256: true,
      size: true,
      generatedAt: true,
      report: {
        select: {
          status: true,
          consultation: { select: { id: true, slug: true, ownerUnitId: true, receiptCode: true } },
        },
      },
    },
  });
}

/** The consultation a report belongs to (for the report pages). */
export function reportProgress(reportId: string) {
  return db.report.findUnique({
    where: { id: reportId },
    select: { id: true, status: true, progress: true, error: true, consultationId: true },
  });
}

/** The public report page: the consultation by its address and its published report, if any. */
export async function publishedReportBySlug(slug: string) {
  const consultation = await db.consultation.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, status: true },
  });
  if (!consultation || consultation.status === "DRAFT") return null;
  const report = await publishedReport(consultation.id);
  const enteredBy = report?.enteredById
    ? await db.user.findUnique({ where: { id: report.enteredById }, select: { name: true, email: true } })
    : null;
  return { consultation, report, enteredByName: enteredBy?.name ?? null };
}
