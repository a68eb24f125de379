import type { ProvisionKind } from "@/lib/generated/prisma/enums";
import type { LegalUnit } from "@/lib/legal-structure/schema";

export type ProvisionRow = {
  id: string;
  versionId: string;
  key: string;
  anchor: string;
  kind: ProvisionKind;
  label: string;
  marker: string | null;
  citation: string;
  text: string;
  order: number;
  depth: number;
  parentId: string | null;
};

/**
 * Rows for the provisions table from parsed units. Ids are derived from the version
 * and the unit's order, so a parent's id is known before it is inserted.
 */
export function provisionRows(versionId: string, units: readonly LegalUnit[]): ProvisionRow[] {
  const idByKey = new Map(units.map((u) => [u.key, `${versionId}-${u.order}`]));
  return units.map((unit) => ({
    id: idByKey.get(unit.key) as string,
    versionId,
    key: unit.key,
    anchor: unit.anchor,
    kind: unit.kind.toUpperCase() as ProvisionKind,
    label: unit.label,
    marker: unit.marker,
    citation: unit.citation,
    text: unit.text,
    order: unit.order,
    depth: unit.depth,
    parentId: unit.parentKey ? (idByKey.get(unit.parentKey) ?? null) : null,
  }));
}

/** The columns every reader of drafting units selects (reading page, redline, draft page). */
export const provisionColumns = {
  id: true,
  key: true,
  anchor: true,
  kind: true,
  label: true,
  marker: true,
  citation: true,
  text: true,
  order: true,
  depth: true,
  parentId: true,
} as const;
