/**
 * Who a comment is shown as coming from, wherever it is shown: the reading page, the receipt
 * page, the report, the clerk's inbox and the open-data API. "sender": the signatory a clerk
 * typed in for a letter, e-mail or meeting (the form asks for an organisation's name, and for a
 * private person's only with consent).
 */
export type PublicSubmitter =
  | { kind: "organization" | "person" | "sender"; name: string }
  | { kind: "council" | "resident" };

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
    return row.submitterName ? { kind: "sender", name: row.submitterName } : { kind: "resident" };
  }
  if (row.asCouncil) return { kind: "council" };
  return row.authorShowsName && row.authorName ? { kind: "person", name: row.authorName } : { kind: "resident" };
}

/** The same, for a comment read with its organisation's name and its author (as Prisma gives it). */
export function submitterOf(row: {
  organization: { name: string } | null;
  channel: string;
  asCouncil: boolean;
  submitterName: string | null;
  author: { name: string | null; showNamePublicly: boolean };
}): PublicSubmitter {
  return publicSubmitter({
    organizationName: row.organization?.name ?? null,
    channel: row.channel,
    submitterName: row.submitterName,
    asCouncil: row.asCouncil,
    authorName: row.author.name,
    authorShowsName: row.author.showNamePublicly,
  });
}
