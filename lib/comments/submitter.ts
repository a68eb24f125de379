/** Who a comment is shown as coming from, wherever it is shown publicly. */
export type PublicSubmitter = { kind: "organization" | "person"; name: string } | { kind: "council" | "resident" };

type SubmitterFields = {
  organizationName: string | null;
  channel: string;
  submitterName: string | null;
  asCouncil: boolean;
  authorName: string | null;
  authorShowsName: boolean;
};

/**
 * The organisation; for a letter a clerk typed in, its sender as typed (never the clerk);
 * the Council; a private person's name only with their consent, else a resident.
 */
export function publicSubmitter(row: SubmitterFields): PublicSubmitter {
  if (row.organizationName) return { kind: "organization", name: row.organizationName };
  if (row.channel !== "PLATFORM") {
    return row.submitterName ? { kind: "organization", name: row.submitterName } : { kind: "resident" };
  }
  if (row.asCouncil) return { kind: "council" };
  return row.authorShowsName && row.authorName ? { kind: "person", name: row.authorName } : { kind: "resident" };
}
