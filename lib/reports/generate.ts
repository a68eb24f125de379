import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportFormat } from "@/lib/generated/prisma/enums";
import { now } from "@/lib/time/clock";
import { reportWriters } from "./formats";
import type { ReportSource } from "./model";
import { ABANDONED } from "./mutations";
import { loadReportSource } from "./source";
import { storeReportFile } from "./store";

export const FILE_FORMATS = ["PDF", "DOCX", "CSV", "JSON"] as const satisfies readonly ReportFormat[];

/** Writes every format of a report from `source` (replacing earlier files); returns each file's SHA-256. */
export async function writeReportFiles(
  reportId: string,
  source: ReportSource,
  generatedAt: Date,
  afterEach?: (done: number) => Promise<unknown>,
  client?: Prisma.TransactionClient,
): Promise<Record<ReportFormat, string>> {
  const hashes = {} as Record<ReportFormat, string>;
  for (const [i, format] of FILE_FORMATS.entries()) {
    hashes[format] = (
      await storeReportFile(reportId, format, (out) => reportWriters[format].write(source, out), generatedAt, client)
    ).sha256;
    await afterEach?.(i + 1);
  }
  return hashes;
}

/**
 * Builds every file of a report from the data as it is now (the job's work). Progress
 * is stored after each format; any failure marks the report FAILED with the error, so
 * a report is READY only when every file exists.
 */
export async function generateReport(reportId: string): Promise<void> {
  // A generation given up as lost (failAbandonedReports) stays so: a job that starts late must not
  // bring it back beside the one the clerk requested since. A published report is never rebuilt
  // here (lib/reports/redact.ts corrects it); any other state may be built again.
  const started = await db.report.updateMany({
    where: {
      id: reportId,
      OR: [{ status: { in: ["GENERATING", "READY"] } }, { status: "FAILED", error: { not: ABANDONED } }],
    },
    data: { status: "GENERATING", progress: 0, error: null, startedAt: now() },
  });
  if (started.count === 0) return;
  const report = await db.report.findUniqueOrThrow({
    where: { id: reportId },
    select: { consultationId: true, outcome: true },
  });
  // Only while still GENERATING: marked lost meanwhile, it is not changed any more.
  const whileGenerating = { id: reportId, status: "GENERATING" as const };
  try {
    // Taken before reading: a change made while the files are written makes them stale.
    const generatedAt = now();
    const source = await loadReportSource(report.consultationId, report.outcome);
    await writeReportFiles(reportId, source, generatedAt, (done) =>
      db.report.updateMany({
        where: whileGenerating,
        data: { progress: Math.round((done * 100) / FILE_FORMATS.length) },
      }),
    );
    await db.report.updateMany({ where: whileGenerating, data: { status: "READY", generatedAt } });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.report.updateMany({ where: whileGenerating, data: { status: "FAILED", error: message.slice(0, 2000) } });
    throw error;
  }
}
