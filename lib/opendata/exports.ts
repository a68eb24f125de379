import "server-only";
import { commentColumns, consultationColumns, csvStream, mapBatches, unitColumns } from "./csv";
import type { ConsultationFilter } from "./params";
import { type CommentContext, presentComment, presentConsultation, presentUnit } from "./present";
import { allComments, allConsultations, allUnits } from "./queries";

// The CSV exports: the JSON lists' items, read in batches and streamed as CSV.

export function allConsultationsCsv(filter: ConsultationFilter, now: Date): ReadableStream<Uint8Array> {
  return csvStream(
    consultationColumns,
    mapBatches(allConsultations(filter, now), (row) => presentConsultation(row, row.status)),
  );
}

/** The units of the current public version (`versionId`; null: none yet, so only the heading). */
export function allUnitsCsv(versionId: string | null, slug: string): ReadableStream<Uint8Array> {
  const source = versionId ? allUnits(versionId) : (async function* () {})();
  return csvStream(
    unitColumns,
    mapBatches(source, (row) => presentUnit(row, slug)),
  );
}

export function allCommentsCsv(consultationId: string, context: CommentContext): ReadableStream<Uint8Array> {
  return csvStream(
    commentColumns,
    mapBatches(allComments(consultationId, context.reportPublished), (row) => presentComment(row, context)),
  );
}
