import { useTranslations } from "next-intl";
import type { LegalUnit } from "@/lib/legal-structure/schema";

type Node = { unit: LegalUnit; children: Node[] };

function buildTree(units: readonly LegalUnit[]): Node[] {
  const roots: Node[] = [];
  const byKey = new Map<string, Node>();
  for (const unit of units) {
    const node = { unit, children: [] };
    byKey.set(unit.key, node);
    const parent = unit.parentKey ? byKey.get(unit.parentKey) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 140 ? `${line.slice(0, 137)}…` : line;
}

function Branch({ nodes, level }: { nodes: Node[]; level: number }) {
  return (
    <ul className={level === 0 ? "space-y-1" : "mt-1 space-y-1 border-l-2 border-line pl-4"}>
      {nodes.map(({ unit, children }) => (
        <li key={unit.key} data-unit-key={unit.key} data-citation={unit.citation}>
          <span className="font-bold">{unit.citation}</span>
          {unit.text ? <span className="text-muted"> — {excerpt(unit.text)}</span> : null}
          {children.length > 0 ? <Branch nodes={children} level={level + 1} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** The drafting units as a tree (chapters hold their §§, §§ their ust., …), each with its citation. */
export function UnitTree({ units }: { units: readonly LegalUnit[] }) {
  const t = useTranslations("drafts.tree");
  return (
    <section aria-labelledby="unit-tree-title" data-testid="unit-tree">
      <h2 id="unit-tree-title" className="mb-2 text-xl">
        {t("title")} <span className="font-normal text-muted">({t("count", { count: units.length })})</span>
      </h2>
      {units.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <div className="max-h-[70vh] overflow-y-auto text-base">
          <Branch nodes={buildTree(units)} level={0} />
        </div>
      )}
    </section>
  );
}
