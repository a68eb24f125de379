import "server-only";
import { allCommentsCsv, allConsultationsCsv, allUnitsCsv } from "./exports";
import { badRequest, csvResponse, jsonResponse, notFound, readEndpoint } from "./http";
import { pageLinks } from "./links";
import { openApiDocument } from "./openapi";
import { consultationFilterParams, consultationListParams, idParam, pagingParams, parseQuery } from "./params";
import { presentComment, presentConsultation, presentReport, presentUnit } from "./present";
import { presentConsultationDetail } from "./present-detail";
import {
  commentsPage,
  consultationsPage,
  findPublicConsultation,
  type PublicConsultation,
  publishedReportOf,
  publishedReportsPage,
  unitsPage,
} from "./queries";
import type { PageOf } from "./schema";

/*
 * The endpoints of /api/v1. Each route file under app/api/v1 exports one of these pairs of
 * handlers ({ GET, OPTIONS }) and nothing else, so the tests call exactly what Next serves.
 */

type IdParams = { id: string };

function query<T>(
  result: { ok: true; value: T } | { ok: false; problems: { parameter: string; detail: string }[] },
): T {
  if (!result.ok) throw badRequest(result.problems);
  return result.value;
}

async function consultationOr404(params: IdParams, now: Date): Promise<PublicConsultation> {
  const id = idParam.safeParse(params.id);
  const consultation = id.success ? await findPublicConsultation(id.data, now) : null;
  if (!consultation) {
    throw notFound(
      id.success
        ? `Nie ma opublikowanych konsultacji o identyfikatorze „${id.data}”.`
        : "Nie ma opublikowanych konsultacji o takim identyfikatorze.",
    );
  }
  return consultation;
}

function page<T>(
  data: T[],
  path: string,
  filters: Record<string, string | undefined>,
  p: number,
  perPage: number,
  total: number,
): PageOf<T> {
  return { data, page: p, per_page: perPage, total, links: pageLinks(path, filters, p, perPage, total) };
}

export const consultationsEndpoint = readEndpoint(async ({ url, now }) => {
  const params = query(parseQuery(consultationListParams, url));
  const { rows, total } = await consultationsPage(params, params.page, params.per_page, now);
  const filters = { status: params.status, owner_unit: params.owner_unit };
  return jsonResponse(
    page(
      rows.map((row) => presentConsultation(row, row.status)),
      "/consultations",
      filters,
      params.page,
      params.per_page,
      total,
    ),
  );
});

export const consultationsCsvEndpoint = readEndpoint(async ({ url, now }) => {
  const filter = query(parseQuery(consultationFilterParams, url));
  return csvResponse(allConsultationsCsv(filter, now), "konsultacje.csv");
});

export const consultationEndpoint = readEndpoint<IdParams>(async ({ params, now }) => {
  const consultation = await consultationOr404(params, now);
  return jsonResponse(presentConsultationDetail(consultation));
});

export const unitsEndpoint = readEndpoint<IdParams>(async ({ url, params, now }) => {
  const paging = query(parseQuery(pagingParams, url));
  const consultation = await consultationOr404(params, now);
  const version = consultation.versions[0];
  const { rows, total } = version ? await unitsPage(version.id, paging.page, paging.per_page) : { rows: [], total: 0 };
  return jsonResponse(
    page(
      rows.map((row) => presentUnit(row, consultation.slug)),
      `/consultations/${encodeURIComponent(consultation.id)}/units`,
      {},
      paging.page,
      paging.per_page,
      total,
    ),
  );
});

export const unitsCsvEndpoint = readEndpoint<IdParams>(async ({ params, now }) => {
  const consultation = await consultationOr404(params, now);
  const version = consultation.versions[0];
  return csvResponse(allUnitsCsv(version?.id ?? null, consultation.slug), `jednostki-${consultation.slug}.csv`);
});

function commentContext(consultation: PublicConsultation) {
  return {
    slug: consultation.slug,
    reportPublished: consultation.status === "REPORT_PUBLISHED",
    councilName: consultation.councilName,
  };
}

export const commentsEndpoint = readEndpoint<IdParams>(async ({ url, params, now }) => {
  const paging = query(parseQuery(pagingParams, url));
  const consultation = await consultationOr404(params, now);
  const context = commentContext(consultation);
  const { rows, total } = await commentsPage(consultation.id, context.reportPublished, paging.page, paging.per_page);
  return jsonResponse(
    page(
      rows.map((row) => presentComment(row, context)),
      `/consultations/${encodeURIComponent(consultation.id)}/comments`,
      {},
      paging.page,
      paging.per_page,
      total,
    ),
  );
});

export const commentsCsvEndpoint = readEndpoint<IdParams>(async ({ params, now }) => {
  const consultation = await consultationOr404(params, now);
  return csvResponse(allCommentsCsv(consultation.id, commentContext(consultation)), `uwagi-${consultation.slug}.csv`);
});

export const consultationReportEndpoint = readEndpoint<IdParams>(async ({ params, now }) => {
  const consultation = await consultationOr404(params, now);
  const report = await publishedReportOf(consultation.id);
  if (!report) throw notFound("Sprawozdanie z tych konsultacji nie zostało jeszcze opublikowane.");
  return jsonResponse(presentReport(report));
});

export const reportsEndpoint = readEndpoint(async ({ url }) => {
  const paging = query(parseQuery(pagingParams, url));
  const { rows, total } = await publishedReportsPage(paging.page, paging.per_page);
  return jsonResponse(page(rows.map(presentReport), "/reports", {}, paging.page, paging.per_page, total));
});

export const openApiEndpoint = readEndpoint(async () => jsonResponse(openApiDocument()));
