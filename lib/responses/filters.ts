import { type ChannelValue, channels, type PositionValue, positions } from "./schema";

// The inbox's filters live in the address (a GET form that works without JavaScript), with
// Polish parameter names as the rest of the site uses (`?strona=2`). Anything that does not
// parse is ignored rather than refused: a mistyped link still opens the inbox.

export const INBOX_PAGE_SIZE = 25;
export const MAX_SEARCH_LENGTH = 200;

export const inboxViews = ["lista", "jednostki", "grupy"] as const;
export type InboxView = (typeof inboxViews)[number];

export const inboxSorts = ["jednostka", "data", "bez-odpowiedzi"] as const;
export type InboxSort = (typeof inboxSorts)[number];

/** The value of the unit filter that means comments on the draft as a whole. */
export const WHOLE_DRAFT = "calosc";
/** Position filter: comments without an answer yet. */
export const UNANSWERED = "brak";
/** Assignee filter: assigned to the person looking, or to nobody. */
export const ASSIGNED_TO_ME = "ja";
export const ASSIGNED_TO_NOBODY = "nikt";

export type InboxFilters = {
  /** A provision id, WHOLE_DRAFT, or null for every unit. */
  unit: string | null;
  organizationId: string | null;
  channel: ChannelValue | null;
  position: PositionValue | typeof UNANSWERED | null;
  /** A clerk's user id, ASSIGNED_TO_ME, ASSIGNED_TO_NOBODY, or null for anybody. */
  assignee: string | null;
  search: string;
  sort: InboxSort;
};

export type InboxQuery = InboxFilters & { view: InboxView; page: number };

type RawQuery = Record<string, string | string[] | undefined>;

const ID = /^[A-Za-z0-9_-]{1,64}$/;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

function oneOf<T extends string>(allowed: readonly T[], value: string): T | null {
  return (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function idOr<T extends string>(value: string, ...special: T[]): string | null {
  if ((special as string[]).includes(value)) return value;
  return ID.test(value) ? value : null;
}

/** Reads the inbox's filters, view and page from the address; unknown values fall back to the defaults. */
export function parseInboxQuery(query: RawQuery): InboxQuery {
  const page = Number(first(query.strona));
  return {
    unit: idOr(first(query.jednostka), WHOLE_DRAFT),
    organizationId: idOr(first(query.organizacja)),
    channel: oneOf(channels, first(query.kanal)),
    position: first(query.stanowisko) === UNANSWERED ? UNANSWERED : oneOf(positions, first(query.stanowisko)),
    assignee: idOr(first(query.przypisana), ASSIGNED_TO_ME, ASSIGNED_TO_NOBODY),
    search: first(query.szukaj).replace(/\s+/g, " ").slice(0, MAX_SEARCH_LENGTH),
    sort: oneOf(inboxSorts, first(query.sortuj)) ?? "jednostka",
    view: oneOf(inboxViews, first(query.widok)) ?? "lista",
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

/** Whether any filter narrows the list (the sort does not). */
export function isFiltered(filters: InboxFilters): boolean {
  return Boolean(
    filters.unit || filters.organizationId || filters.channel || filters.position || filters.assignee || filters.search,
  );
}

/**
 * The address of the inbox with these filters: defaults are left out, so that the plain
 * address is the unfiltered list. `changes` overrides single values (a page, a view).
 */
export function inboxHref(basePath: string, query: InboxQuery, changes: Partial<InboxQuery> = {}): string {
  const q = { ...query, ...changes };
  const params = new URLSearchParams();
  if (q.view !== "lista") params.set("widok", q.view);
  if (q.unit) params.set("jednostka", q.unit);
  if (q.organizationId) params.set("organizacja", q.organizationId);
  if (q.channel) params.set("kanal", q.channel);
  if (q.position) params.set("stanowisko", q.position);
  if (q.assignee) params.set("przypisana", q.assignee);
  if (q.search) params.set("szukaj", q.search);
  if (q.sort !== "jednostka") params.set("sortuj", q.sort);
  if (q.page > 1) params.set("strona", String(q.page));
  const text = params.toString();
  return text ? `${basePath}?${text}` : basePath;
}

/**
 * A LIKE pattern that finds `term` anywhere, with `\`, `%` and `_` taken literally
 * (PostgreSQL's default escape character is the backslash).
 */
export function containsPattern(term: string): string {
  return `%${escapeLike(term)}%`;
}

export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The list's address parameters alone ("stanowisko=brak&strona=2"), carried to a comment's page and back. */
export function inboxQueryString(query: InboxQuery): string {
  return inboxHref("", query).replace(/^\?/, "");
}

/** The list to go back to, from a carried `lista` parameter (parsed again: nothing else passes). */
export function parseReturnQuery(value: string | string[] | undefined): InboxQuery {
  const text = (Array.isArray(value) ? value[0] : value) ?? "";
  const params = new URLSearchParams(text.slice(0, 2_000));
  return parseInboxQuery(Object.fromEntries(params.entries()));
}

/** An address with one more parameter (a notice to show after an action). */
export function withParam(href: string, name: string, value: string): string {
  return `${href}${href.includes("?") ? "&" : "?"}${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
}
