import { z } from "zod";
import { recordId } from "@/lib/actions/ids";

export const reportRequestSchema = z.object({
  consultationId: recordId,
  outcome: z.string().trim().max(5_000, { error: "errors.outcomeTooLong" }).optional(),
});
export type ReportRequestInput = z.infer<typeof reportRequestSchema>;

export const reportPublishSchema = z.object({
  reportId: recordId,
  authorName: z.string().trim().min(1, { error: "errors.authorRequired" }).max(200, { error: "errors.authorTooLong" }),
});
export type ReportPublishInput = z.infer<typeof reportPublishSchema>;

export const reportFormatParam = z.enum(["pdf", "docx", "csv", "json"]);

/** The year of the statistics page (`?rok=`), within what the platform can hold. */
export function statisticsYear(currentYear: number) {
  return z.coerce
    .number()
    .int()
    .min(2000)
    .max(currentYear + 1);
}
