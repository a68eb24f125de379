import { env } from "@/lib/env";

/** An absolute address on the public site (NEXTAUTH_URL): links in the API, feeds and calendars. */
export function absoluteUrl(path: string): string {
  return new URL(path, env.NEXTAUTH_URL).toString();
}

export const API_BASE = "/api/v1";

export function apiUrl(path: string): string {
  return absoluteUrl(`${API_BASE}${path}`);
}

/** The public page of a consultation, optionally a version of it and a unit's anchor. */
export function consultationPageUrl(slug: string, options: { version?: number; anchor?: string } = {}): string {
  const query = options.version === undefined ? "" : `?wersja=${options.version}`;
  const hash = options.anchor ? `#${options.anchor}` : "";
  return absoluteUrl(`/konsultacje/${encodeURIComponent(slug)}${query}${hash}`);
}

export function reportPageUrl(slug: string): string {
  return absoluteUrl(`/konsultacje/${encodeURIComponent(slug)}/sprawozdanie`);
}

export function consultationCalendarUrl(slug: string): string {
  return absoluteUrl(`/konsultacje/${encodeURIComponent(slug)}/kalendarz.ics`);
}

/** A published report's file, served by the download route (`/api/sprawozdania/<id>/<format>`). */
export function reportFileUrl(reportId: string, format: string): string {
  return absoluteUrl(`/api/sprawozdania/${encodeURIComponent(reportId)}/${format}`);
}

/**
 * Links of one page of a list: itself, the next and the previous page (null at the ends).
 * `query` holds the filters as given, so that following a link keeps them.
 */
export function pageLinks(
  path: string,
  query: Record<string, string | undefined>,
  page: number,
  perPage: number,
  total: number,
): { self: string; next: string | null; prev: string | null } {
  const lastPage = Math.max(1, Math.ceil(total / perPage));
  const at = (n: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, value);
    params.set("page", String(n));
    params.set("per_page", String(perPage));
    return apiUrl(`${path}?${params.toString()}`);
  };
  return {
    self: at(page),
    next: page < lastPage ? at(page + 1) : null,
    prev: page > 1 ? at(Math.min(page - 1, lastPage)) : null,
  };
}
