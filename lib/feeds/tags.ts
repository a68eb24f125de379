import { env } from "@/lib/env";

/*
 * Stable identifiers (RFC 4151 tag URIs for Atom, UIDs for iCalendar), made of the site's host
 * and the consultation's id: they never change when a title or a date does.
 */

/** The year the platform's host began minting these tags: part of every tag, never changed. */
const TAG_DATE = "2026";

export function siteHost(): string {
  return new URL(env.NEXTAUTH_URL).hostname;
}

export function feedTag(): string {
  return `tag:${siteHost()},${TAG_DATE}:konsultacje`;
}

export function entryTag(consultationId: string, what: string): string {
  return `tag:${siteHost()},${TAG_DATE}:konsultacje/${encodeURIComponent(consultationId)}/${what}`;
}

export function eventUid(consultationId: string, what: string): string {
  return `konsultacje-${consultationId}-${what}@${siteHost()}`;
}
