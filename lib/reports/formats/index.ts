import type { ReportSource } from "@/lib/reports/model";
import { writeReportCsv } from "./csv";
import { writeReportDocx } from "./docx";
import { writeReportJson } from "./json";
import { writeReportPdf } from "./pdf";

export type ReportFormat = "PDF" | "DOCX" | "CSV" | "JSON";

export type ReportWriter = {
  /**
   * Streams the whole report into `out`, respecting backpressure, then ends `out` and resolves
   * once it has finished. Rejects if the rows or `out` fail; `out` is then left as it is (not
   * ended), for the caller to destroy, so a truncated file never looks complete.
   */
  write: (source: ReportSource, out: NodeJS.WritableStream) => Promise<void>;
  contentType: string;
  /** File name extension, without the dot. */
  extension: string;
};

export const reportWriters: Record<ReportFormat, ReportWriter> = {
  PDF: { write: writeReportPdf, contentType: "application/pdf", extension: "pdf" },
  DOCX: {
    write: writeReportDocx,
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
  },
  CSV: { write: writeReportCsv, contentType: "text/csv; charset=utf-8", extension: "csv" },
  JSON: { write: writeReportJson, contentType: "application/json; charset=utf-8", extension: "json" },
};
