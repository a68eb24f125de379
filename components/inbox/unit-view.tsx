import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CommentGroup } from "@/lib/responses/groups";
import type { InboxItem } from "@/lib/responses/queries";
import { CommentDetails } from "./comment-details";

type Props = {
  /** One page of comments sorted by unit. */
  items: readonly InboxItem[];
  /** The group of each grouped comment (near-identical texts, joint submissions). */
  groups: ReadonlyMap<string, CommentGroup>;
  /** Clerks: `${answerPath}/${id}` answers a comment, `${answerPath}/grupa?…` a group. Null: read-only. */
  answerPath: string | null;
  withholdHidden?: boolean;
};

type Cluster = { key: string; group: CommentGroup | null; items: InboxItem[] };

/** The comments of a unit, members of one group kept together in the order they come. */
function clusters(items: readonly InboxItem[], groups: ReadonlyMap<string, CommentGroup>): Cluster[] {
  const result: Cluster[] = [];
  const byGroup = new Map<CommentGroup, Cluster>();
  for (const item of items) {
    // A joint submission alone needs no box: the comment names its co-signatories.
    const found = groups.get(item.id);
    const group = found && found.memberIds.length > 1 ? found : null;
    const existing = group ? byGroup.get(group) : undefined;
    if (existing) {
      existing.items.push(item);
      continue;
    }
    const cluster = { key: item.id, group, items: [item] };
    if (group) byGroup.set(group, cluster);
    result.push(cluster);
  }
  return result;
}

export function groupAnswerHref(answerPath: string, memberIds: readonly string[]): string {
  const params = new URLSearchParams(memberIds.map((id) => ["uwagi", id]));
  return `${answerPath}/grupa?${params.toString()}`;
}

/** The view by unit: each unit's citation and text beside its comments, in the draft's order. */
export async function UnitView({ items, groups, answerPath, withholdHidden = false }: Props) {
  const t = await getTranslations("inbox");
  const units: { key: string; unit: InboxItem["unit"]; items: InboxItem[] }[] = [];
  for (const item of items) {
    const key = item.unit?.id ?? "";
    const last = units[units.length - 1];
    if (last && last.key === key) last.items.push(item);
    else units.push({ key, unit: item.unit, items: [item] });
  }
  return (
    <div data-testid="inbox-units">
      {units.map(({ key, unit, items: unitItems }) => {
        const headingId = `unit-${key || "whole"}`;
        return (
          <section
            key={key || "whole"}
            aria-labelledby={headingId}
            className="mb-10 border-t-2 border-ink pt-4 lg:grid lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] lg:gap-8"
            data-testid="inbox-unit"
          >
            <div className="mb-4">
              <h2 id={headingId} className="mb-2 text-xl">
                {unit?.citation ?? t("units.wholeDraft")}
              </h2>
              {unit ? (
                <>
                  <p className="sr-only">{t("units.currentText")}</p>
                  <blockquote className="border-l-4 border-brand bg-surface p-3 whitespace-pre-line">
                    {unit.text}
                  </blockquote>
                </>
              ) : (
                <p className="text-muted">{t("units.wholeDraftHint")}</p>
              )}
              <p className="mt-2 text-muted">{t("units.count", { count: unitItems.length })}</p>
            </div>
            <div>
              {clusters(unitItems, groups).map((cluster) => {
                const details = cluster.items.map((item) => (
                  <CommentDetails
                    key={item.id}
                    item={item}
                    headingLevel={cluster.group ? 4 : 3}
                    showUnit={false}
                    showCurrentWording={false}
                    answerHref={answerPath ? `${answerPath}/${item.id}` : null}
                    withholdHidden={withholdHidden}
                  />
                ));
                if (!cluster.group) return details;
                const group = cluster.group;
                return (
                  <div key={cluster.key} className="mb-6 border-2 border-line p-3" data-testid="inbox-unit-group">
                    <h3 className="mb-1 text-lg">{t("groups.heading", { count: group.memberIds.length })}</h3>
                    <p className="mb-3 text-base text-muted">
                      {[group.similar ? t("groups.similar") : null, group.joint ? t("groups.joint") : null]
                        .filter(Boolean)
                        .join(" · ")}
                      {group.memberIds.length > cluster.items.length
                        ? ` · ${t("groups.elsewhere", { count: group.memberIds.length - cluster.items.length })}`
                        : null}
                    </p>
                    {answerPath ? (
                      <p className="mb-3">
                        <Link href={groupAnswerHref(answerPath, group.memberIds)}>{t("groups.answer")}</Link>
                      </p>
                    ) : null}
                    {details}
                  </div>
                );
              })}
            </div>
          </section>
        );
      })}
    </div>
  );
}
