import clsx from "clsx";
import { getTranslations } from "next-intl/server";
import type { DiffPart } from "@/lib/legal-structure/redline";
import type { ProvisionForCompare, Redline as RedlineData, RedlineRow } from "@/lib/versions/compare";
import { isChange } from "@/lib/versions/compare";

type Props = {
  slug: string;
  from: number;
  to: number;
  redline: RedlineData;
  changesOnly: boolean;
};

// Colours after the GOV.UK tag palette: every pair has a contrast of at least 6:1, and none of
// them is the only cue (underline, strikethrough, a text label and screen-reader words are).
const INSERT = "bg-[#cce2d8] text-[#005a30] underline decoration-2 underline-offset-2";
const DELETE = "bg-[#f6d7d2] text-[#942514] line-through decoration-2";
const TAG = {
  added: "bg-[#cce2d8] text-[#005a30]",
  removed: "bg-[#f6d7d2] text-[#942514]",
  changed: "bg-[#bbd4ea] text-[#0c2d4a]",
  moved: "bg-[#fcd6c3] text-[#6f3800]",
} as const;

type Status = keyof typeof TAG | "unchanged";
const headingKinds = new Set(["TITLE", "CHAPTER", "ATTACHMENT", "JUSTIFICATION"]);

/** An inserted or deleted run: coloured, underlined or struck through, and announced by name. */
function Change({ type, label, children }: { type: "insert" | "delete"; label: string; children: string }) {
  const Tag = type === "insert" ? "ins" : "del";
  return (
    <Tag className={type === "insert" ? INSERT : DELETE}>
      <span className="sr-only">{label} </span>
      {children}
    </Tag>
  );
}

function statusesOf(row: RedlineRow): Status[] {
  if (row.type !== "matched") return [row.type];
  const statuses: Status[] = [];
  if (row.changed) statuses.push("changed");
  if (row.moved) statuses.push("moved");
  return statuses.length > 0 ? statuses : ["unchanged"];
}

/** The redline of two versions: a summary of counts, then every unit with its changes marked. */
export async function Redline({ slug, from, to, redline, changesOnly }: Props) {
  const t = await getTranslations("versions");
  const { summary } = redline;
  const rows = changesOnly ? redline.rows.filter(isChange) : redline.rows;
  const counts: [string, number, string][] = [
    [t("summaryChanged"), summary.changed, "changed"],
    [t("summaryAdded"), summary.added, "added"],
    [t("summaryRemoved"), summary.removed, "removed"],
    [t("summaryMoved"), summary.moved, "moved"],
    [t("summaryUnchanged"), summary.unchanged, "unchanged"],
  ];
  const ins = (text: string, key?: string) => (
    <Change key={key} type="insert" label={t("inserted")}>
      {text}
    </Change>
  );
  const del = (text: string, key?: string) => (
    <Change key={key} type="delete" label={t("deleted")}>
      {text}
    </Change>
  );
  const renderParts = (parts: readonly DiffPart[]) =>
    parts.map((part, index) => {
      const key = `${index}-${part.type}`;
      if (part.type === "insert") return ins(part.text, key);
      if (part.type === "delete") return del(part.text, key);
      return <span key={key}>{part.text}</span>;
    });
  const unitLink = (unit: ProvisionForCompare, version: number) => (
    <a
      href={`/konsultacje/${slug}?wersja=${version}#${unit.anchor}`}
      aria-label={t("linkToUnit", { citation: unit.citation, number: version })}
    >
      {unit.citation}
    </a>
  );

  return (
    <section aria-labelledby="redline-title" className="redline">
      <h2 id="redline-title" className="mb-4">
        {t("redlineTitle", { from, to })}
      </h2>
      <section aria-labelledby="summary-title" className="mb-6">
        <h3 id="summary-title" className="mb-2">
          {t("summaryTitle")}
        </h3>
        <dl className="flex flex-wrap gap-x-8 gap-y-2" data-testid="redline-summary">
          {counts.map(([label, count, name]) => (
            <div key={name} className="flex gap-2" data-summary={name}>
              <dt>{label}:</dt>
              <dd className="font-bold">{count}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-base text-muted">{t("legend")}</p>
      </section>
      {summary.changed + summary.added + summary.removed + summary.moved === 0 ? <p>{t("noChanges")}</p> : null}
      <ol className="list-none space-y-1" data-testid="redline">
        {rows.map((row) => {
          const unit = row.type === "removed" ? row.previous : row.next;
          const statuses = statusesOf(row);
          const anchor = row.type === "removed" ? `usunieto-${row.previous.anchor}` : row.next.anchor;
          const previous = row.type === "added" ? null : row.previous;
          const heading = headingKinds.has(unit.kind);
          const text =
            row.type === "added"
              ? unit.text
                ? ins(unit.text)
                : null
              : row.type === "removed"
                ? unit.text
                  ? del(unit.text)
                  : null
                : renderParts(row.parts);
          const marker =
            row.type === "matched" && row.moved && row.previous.marker !== row.next.marker ? (
              <>
                {row.previous.marker ? del(row.previous.marker) : null} {row.next.marker ? ins(row.next.marker) : null}
              </>
            ) : row.type === "added" && unit.marker ? (
              ins(unit.marker)
            ) : row.type === "removed" && unit.marker ? (
              del(unit.marker)
            ) : (
              unit.marker
            );
          return (
            <li
              key={`${row.type}-${unit.id}`}
              id={anchor}
              data-change={statuses.join(" ")}
              data-citation={unit.citation}
              data-previous-citation={previous?.citation}
              className={clsx(
                "py-2",
                statuses[0] !== "unchanged" && "border-l-4 pl-3",
                statuses[0] === "added" && "border-[#005a30]",
                statuses[0] === "removed" && "border-[#942514]",
                statuses[0] === "changed" && "border-[#0c2d4a]",
                statuses[0] === "moved" && "border-[#6f3800]",
              )}
              style={{ marginLeft: `${Math.min(unit.depth, 6) * 1.25}rem` }}
            >
              <p className="flex flex-wrap items-baseline gap-x-3 text-sm">
                {statuses.map((status) =>
                  status === "unchanged" ? null : (
                    <strong key={status} className={clsx("px-2 uppercase tracking-wide", TAG[status])}>
                      {t(status)}
                    </strong>
                  ),
                )}
                <span data-testid="redline-citation">
                  {row.type === "removed" ? unitLink(row.previous, from) : unitLink(row.next, to)}
                </span>
                {row.type === "matched" && row.moved ? (
                  <span className="text-muted">
                    ({t("wasCitation", { number: from, citation: row.previous.citation })})
                  </span>
                ) : null}
                {previous && previous.commentCount > 0 ? (
                  <span data-testid="redline-comment-count">
                    {t("unitComments", { count: previous.commentCount, number: from })}
                  </span>
                ) : null}
              </p>
              <p
                className={clsx(
                  "max-w-3xl whitespace-pre-line",
                  heading && "font-bold",
                  statuses[0] === "unchanged" && "text-muted",
                )}
                data-testid="redline-text"
              >
                {marker ? <span className="mr-2 font-bold">{marker}</span> : null}
                {text}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
