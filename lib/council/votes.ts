export type Votes = { votesFor: number; votesAgainst: number; votesAbstaining: number; membersPresent: number };

export type VoteIssue =
  | { field: "membersPresent"; code: "aboveCouncilSize" | "zero" }
  | { field: "votesFor"; code: "sumAbovePresent" };

/** Members needed for the Council to adopt an opinion: at least half of its members. */
export function quorumOf(councilSize: number): number {
  return Math.ceil(councilSize / 2);
}

export function hasQuorum(membersPresent: number, councilSize: number): boolean {
  return membersPresent >= quorumOf(councilSize);
}

/**
 * Hard errors in a recorded vote: nobody present, more present than the Council has
 * members, or more votes cast than members present. A missing quorum is not an error
 * here — the secretary is warned and must confirm it (see `councilOpinionSchema`).
 */
export function voteIssues(votes: Votes, councilSize: number): VoteIssue[] {
  const issues: VoteIssue[] = [];
  if (votes.membersPresent === 0) issues.push({ field: "membersPresent", code: "zero" });
  if (votes.membersPresent > councilSize) issues.push({ field: "membersPresent", code: "aboveCouncilSize" });
  if (votes.votesFor + votes.votesAgainst + votes.votesAbstaining > votes.membersPresent) {
    issues.push({ field: "votesFor", code: "sumAbovePresent" });
  }
  return issues;
}
