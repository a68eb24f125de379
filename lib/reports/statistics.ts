import "server-only";
import { db } from "@/lib/db";
import { participatingOrganisations } from "./participants";

export type ConsultationFigures = {
  id: string;
  title: string;
  ownerUnit: string;
  startDate: Date;
  endDate: Date;
  comments: number;
  organisations: number;
  accepted: number;
  partlyAccepted: number;
  rejected: number;
  explained: number;
  unanswered: number;
};

/**
 * Figures per consultation that ended in a year (by its last day), for the annual
 * report on the cooperation programme: comments, organisations, positions.
 */
export function consultationFigures(year: number): Promise<ConsultationFigures[]> {
  return db.$queryRaw<ConsultationFigures[]>`
    SELECT k.id, k.title, u.name AS "ownerUnit", k.start_date AS "startDate", k.end_date AS "endDate",
      count(c.id)::int AS comments,
      (SELECT count(DISTINCT p.name)::int FROM ${participatingOrganisations} p WHERE p.consultation_id = k.id)
        AS organisations,
      count(*) FILTER (WHERE r.position = 'ACCEPTED')::int AS accepted,
      count(*) FILTER (WHERE r.position = 'PARTLY_ACCEPTED')::int AS "partlyAccepted",
      count(*) FILTER (WHERE r.position = 'REJECTED')::int AS rejected,
      count(*) FILTER (WHERE r.position = 'EXPLAINED')::int AS explained,
      count(c.id) FILTER (WHERE r.position IS NULL)::int AS unanswered
    FROM consultations k
    JOIN owner_units u ON u.id = k.owner_unit_id
    LEFT JOIN comments c ON c.consultation_id = k.id AND c.status = 'SUBMITTED'
    LEFT JOIN responses r ON r.comment_id = c.id
    WHERE k.status <> 'DRAFT' AND k.end_date >= make_date(${year}, 1, 1) AND k.end_date < make_date(${year + 1}, 1, 1)
    GROUP BY k.id, u.name
    ORDER BY k.end_date, k.title`;
}

/**
 * Distinct organisations that took part in the year's consultations, counted as each report
 * counts them (participants.ts); one organisation in several consultations counts once.
 */
export async function organisationsInYear(year: number): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(DISTINCT p.name)::int AS n
    FROM ${participatingOrganisations} p JOIN consultations k ON k.id = p.consultation_id
    WHERE k.status <> 'DRAFT' AND k.end_date >= make_date(${year}, 1, 1) AND k.end_date < make_date(${year + 1}, 1, 1)`;
  return row?.n ?? 0;
}

/** Consultations and comments per year, for the overview chart. */
export function perYear(): Promise<{ year: number; consultations: number; comments: number }[]> {
  return db.$queryRaw`
    SELECT extract(year FROM k.end_date)::int AS year, count(DISTINCT k.id)::int AS consultations,
      count(c.id)::int AS comments
    FROM consultations k LEFT JOIN comments c ON c.consultation_id = k.id AND c.status = 'SUBMITTED'
    WHERE k.status <> 'DRAFT'
    GROUP BY 1 ORDER BY 1`;
}

/** Totals of a year's figures, with the share of comments accepted in full or in part. */
export function yearTotals(rows: readonly ConsultationFigures[]) {
  const sum = (pick: (r: ConsultationFigures) => number) => rows.reduce((total, r) => total + pick(r), 0);
  const comments = sum((r) => r.comments);
  const accepted = sum((r) => r.accepted) + sum((r) => r.partlyAccepted);
  const answered = comments - sum((r) => r.unanswered);
  return {
    consultations: rows.length,
    comments,
    accepted,
    acceptedShare: answered > 0 ? accepted / answered : 0,
    positions: {
      ACCEPTED: sum((r) => r.accepted),
      PARTLY_ACCEPTED: sum((r) => r.partlyAccepted),
      REJECTED: sum((r) => r.rejected),
      EXPLAINED: sum((r) => r.explained),
    },
  };
}

/** Figures per owner unit. */
export function perOwnerUnit(rows: readonly ConsultationFigures[]) {
  const units = new Map<string, { unit: string; consultations: number; comments: number; accepted: number }>();
  for (const row of rows) {
    const entry = units.get(row.ownerUnit) ?? { unit: row.ownerUnit, consultations: 0, comments: 0, accepted: 0 };
    entry.consultations++;
    entry.comments += row.comments;
    entry.accepted += row.accepted + row.partlyAccepted;
    units.set(row.ownerUnit, entry);
  }
  return [...units.values()].sort((a, b) => a.unit.localeCompare(b.unit, "pl"));
}
