/**
 * Admission control for comment submissions on this server: at most `limit` are handled at
 * once; one more is turned away at once ("busy": the panel keeps the text and the same
 * idempotency key, and the person sends again). Under overload it keeps the work per admitted
 * submission bounded, so that those admitted are answered in time instead of everyone late;
 * what it cannot shed is the HTTP and React Server Components layer in front of the action,
 * which every request pays (`npm run bench:load` measures both).
 */
export function admission(limit: number) {
  let inFlight = 0;
  return {
    /** Runs `work` if there is room; `null` when the server is full. */
    async run<T>(work: () => Promise<T>): Promise<T | null> {
      if (inFlight >= limit) return null;
      inFlight++;
      try {
        return await work();
      } finally {
        inFlight--;
      }
    },
    get inFlight() {
      return inFlight;
    },
    get full() {
      return inFlight >= limit;
    },
  };
}

export type Admission = ReturnType<typeof admission>;

const processWide = globalThis as unknown as { konsultacjeCommentGate?: Admission };

/**
 * This server process's gate for comment submissions and edits: one per process, shared by every
 * route bundle and by the proxy (they all run in the same JavaScript realm).
 */
export function commentGate(limit: number): Admission {
  processWide.konsultacjeCommentGate ??= admission(limit);
  return processWide.konsultacjeCommentGate;
}

/**
 * For the proxy: the comment gate is full right now (false before the first comment). While it
 * is, new server-action requests are turned away before Next.js decodes them: an answer there
 * costs about a third of a "busy" answer from the action, which is what keeps an overload from
 * turning into a collapse.
 */
export function commentGateFull(): boolean {
  return processWide.konsultacjeCommentGate?.full ?? false;
}
