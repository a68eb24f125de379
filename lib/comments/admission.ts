/**
 * Admission control for comment submissions on this server: at most `limit` are handled at
 * once; one more is turned away at once ("busy": the panel keeps the text and the same
 * idempotency key, and the person sends again). It bounds what an overload can pile onto the
 * database pool and the submission batches. It cannot shed the cost of the HTTP and React
 * Server Components layers in front of the action: `npm run bench:load` shows that layer is
 * the limit on a 2-core machine (about 40 submissions/s), and that above it answers come late.
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
  };
}
