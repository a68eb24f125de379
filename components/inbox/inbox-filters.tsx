import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import {
  ASSIGNED_TO_ME,
  ASSIGNED_TO_NOBODY,
  type InboxQuery,
  inboxHref,
  inboxSorts,
  isFiltered,
  MAX_SEARCH_LENGTH,
  UNANSWERED,
  WHOLE_DRAFT,
} from "@/lib/responses/filters";
import { channels, positions } from "@/lib/responses/schema";

type Options = {
  units: readonly { id: string; citation: string; version: number | null }[];
  organizations: readonly { id: string; name: string }[];
  /** Null: the assignee filter is not offered (the Council's view). */
  clerks: readonly { id: string; name: string | null; email: string }[] | null;
};

const selectClass = "block w-full border-2 border-ink bg-white px-2 py-1.5 text-base";

/**
 * The inbox's filters as a GET form: it works without JavaScript, every control has a label, and
 * the values stay in the address (and so in the controls after the page reloads).
 */
export async function InboxFilters({
  basePath,
  query,
  options,
  showSort = true,
}: {
  basePath: string;
  query: InboxQuery;
  options: Options;
  /** The view by unit is always in the draft's order. */
  showSort?: boolean;
}) {
  const t = await getTranslations("inbox.filters");
  const tPosition = await getTranslations("inbox.position");
  const tChannel = await getTranslations("inbox.channel");
  const field = (id: string, label: string, control: ReactNode) => (
    <div>
      <label htmlFor={id} className="mb-1 block font-bold">
        {label}
      </label>
      {control}
    </div>
  );
  return (
    <form method="get" action={basePath} className="mb-6 border-l-4 border-line bg-surface p-4">
      <h2 className="mb-3 text-xl">{t("heading")}</h2>
      {query.view !== "lista" ? <input type="hidden" name="widok" value={query.view} /> : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {field(
          "filter-unit",
          t("unit"),
          <select id="filter-unit" name="jednostka" defaultValue={query.unit ?? ""} className={selectClass}>
            <option value="">{t("all")}</option>
            <option value={WHOLE_DRAFT}>{t("wholeDraft")}</option>
            {options.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.version ? t("unitInVersion", { citation: u.citation, version: u.version }) : u.citation}
              </option>
            ))}
          </select>,
        )}
        {field(
          "filter-organization",
          t("organization"),
          <select
            id="filter-organization"
            name="organizacja"
            defaultValue={query.organizationId ?? ""}
            className={selectClass}
          >
            <option value="">{t("all")}</option>
            {options.organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>,
        )}
        {field(
          "filter-channel",
          t("channel"),
          <select id="filter-channel" name="kanal" defaultValue={query.channel ?? ""} className={selectClass}>
            <option value="">{t("all")}</option>
            {channels.map((c) => (
              <option key={c} value={c}>
                {tChannel(c)}
              </option>
            ))}
          </select>,
        )}
        {field(
          "filter-position",
          t("position"),
          <select id="filter-position" name="stanowisko" defaultValue={query.position ?? ""} className={selectClass}>
            <option value="">{t("all")}</option>
            <option value={UNANSWERED}>{tPosition("none")}</option>
            {positions.map((p) => (
              <option key={p} value={p}>
                {tPosition(p)}
              </option>
            ))}
          </select>,
        )}
        {options.clerks
          ? field(
              "filter-assignee",
              t("assignee"),
              <select
                id="filter-assignee"
                name="przypisana"
                defaultValue={query.assignee ?? ""}
                className={selectClass}
              >
                <option value="">{t("anybody")}</option>
                <option value={ASSIGNED_TO_ME}>{t("me")}</option>
                <option value={ASSIGNED_TO_NOBODY}>{t("nobody")}</option>
                {options.clerks.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name ?? c.email}
                  </option>
                ))}
              </select>,
            )
          : null}
        {showSort
          ? field(
              "filter-sort",
              t("sort"),
              <select id="filter-sort" name="sortuj" defaultValue={query.sort} className={selectClass}>
                {inboxSorts.map((s) => (
                  <option key={s} value={s}>
                    {t(`sorts.${s}`)}
                  </option>
                ))}
              </select>,
            )
          : null}
      </div>
      {showSort || query.sort === "jednostka" ? null : <input type="hidden" name="sortuj" value={query.sort} />}
      <div className="mt-4">
        <label htmlFor="filter-search" className="mb-1 block font-bold">
          {t("search")}
        </label>
        <p id="filter-search-hint" className="mb-2 text-base text-muted">
          {t("searchHint")}
        </p>
        <input
          id="filter-search"
          type="search"
          name="szukaj"
          defaultValue={query.search}
          maxLength={MAX_SEARCH_LENGTH}
          aria-describedby="filter-search-hint"
          className="block w-full max-w-xl border-2 border-ink px-2 py-1.5 text-lg"
        />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-6">
        <Button type="submit">{t("apply")}</Button>
        {isFiltered(query) || query.sort !== "jednostka" ? (
          <Link href={inboxHref(basePath, { ...query, page: 1 }, blankFilters)}>{t("clear")}</Link>
        ) : null}
      </div>
    </form>
  );
}

const blankFilters = {
  unit: null,
  organizationId: null,
  channel: null,
  position: null,
  assignee: null,
  search: "",
  sort: "jednostka",
} satisfies Partial<InboxQuery>;
