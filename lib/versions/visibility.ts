/**
 * Which versions of a draft the public sees: those published by now. Version 1 without a
 * publication time is the draft the consultation itself was announced with, so it is public
 * together with the consultation (the consultation's own status decides who may read it).
 * A later version that a clerk is still preparing (no `publishedAt`) stays hidden.
 */
export function publicVersionWhere(now: Date) {
  return { OR: [{ publishedAt: { lte: now } }, { number: 1, publishedAt: null }] };
}

export function isPublicVersion(version: { number: number; publishedAt: Date | null }, now: Date): boolean {
  return version.publishedAt === null ? version.number === 1 : version.publishedAt.getTime() <= now.getTime();
}
