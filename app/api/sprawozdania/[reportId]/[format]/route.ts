import { z } from "zod";
import { recordId } from "@/lib/actions/ids";
import { getCurrentUser } from "@/lib/auth/session";
import { contentDisposition } from "@/lib/consultations/attachment-type";
import { resolveLocale } from "@/lib/i18n/request";
import { translatorFor } from "@/lib/i18n/translator";
import { reportWriters } from "@/lib/reports/formats";
import { canSeeDraftReport } from "@/lib/reports/policy";
import { reportFile } from "@/lib/reports/queries";
import { reportFormatParam } from "@/lib/reports/schema";
import { readReportFile } from "@/lib/reports/store";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ reportId: recordId, format: reportFormatParam });

/**
 * A report file, streamed part by part from the database. A published report's files
 * are public; a draft's only for the clerks who prepare it. The SHA-256 and the time of
 * generation travel in headers, as on the report page.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ reportId: string; format: string }> }) {
  const parsed = paramsSchema.safeParse(await params);
  const format = parsed.success ? (parsed.data.format.toUpperCase() as "PDF" | "DOCX" | "CSV" | "JSON") : null;
  const [file, actor] =
    parsed.success && format
      ? await Promise.all([reportFile(parsed.data.reportId, format), getCurrentUser()])
      : [null, null];
  const allowed = file && (file.report.status === "PUBLISHED" || canSeeDraftReport(actor, file.report.consultation));
  if (!file || !format || !allowed || !file.sha256) {
    const t = translatorFor(await resolveLocale(), "errors");
    return new Response(t("fileNotFound"), {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" },
    });
  }
  const writer = reportWriters[format];
  const name = `sprawozdanie-${file.report.consultation.slug}.${writer.extension}`;
  return new Response(readReportFile(file.id), {
    headers: {
      "Content-Type": writer.contentType,
      "Content-Length": String(file.size),
      "Content-Disposition": contentDisposition(name),
      "X-Content-SHA256": file.sha256,
      "Last-Modified": file.generatedAt.toUTCString(),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": file.report.status === "PUBLISHED" ? "public, max-age=300" : "private, no-store",
    },
  });
}
