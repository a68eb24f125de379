import { describe, expect, it } from "vitest";
import { commentGate } from "./admission";
import { turnAwayWhileOverloaded } from "./shedding";

const action = () =>
  new Request("http://localhost:3000/konsultacje/projekt", {
    method: "POST",
    headers: { "next-action": "4056bbb962ae", "content-type": "text/plain;charset=UTF-8" },
    body: "[{}]",
  });

describe("turning actions away while overloaded", () => {
  it("answers server actions 503 with Retry-After while the comment gate is full, and only then", async () => {
    const processWide = globalThis as unknown as { konsultacjeCommentGate?: unknown };
    const before = processWide.konsultacjeCommentGate;
    processWide.konsultacjeCommentGate = undefined;
    try {
      expect(turnAwayWhileOverloaded(action())).toBeNull(); // no comment yet: no gate
      const gate = commentGate(1);
      expect(turnAwayWhileOverloaded(action())).toBeNull();
      let release = () => {};
      const running = gate.run(() => new Promise<void>((resolve) => (release = resolve)));

      const waits = new Set<number>();
      for (let i = 0; i < 40; i++) {
        const away = turnAwayWhileOverloaded(action());
        expect(away?.status).toBe(503);
        waits.add(Number(away?.headers.get("retry-after")));
      }
      expect(Math.min(...waits)).toBeGreaterThanOrEqual(3);
      expect(Math.max(...waits)).toBeLessThanOrEqual(8);
      expect(waits.size).toBeGreaterThan(1);
      expect(await turnAwayWhileOverloaded(action())?.text()).toContain("Spróbuj ponownie");
      // Reading a page is not an action: never turned away here.
      expect(turnAwayWhileOverloaded(new Request("http://localhost:3000/konsultacje/projekt"))).toBeNull();

      release();
      await running;
      expect(turnAwayWhileOverloaded(action())).toBeNull();
    } finally {
      processWide.konsultacjeCommentGate = before;
    }
  });
});
