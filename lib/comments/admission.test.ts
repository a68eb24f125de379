import { describe, expect, it } from "vitest";
import { admission, commentGate, commentGateFull } from "./admission";

describe("admission control of submissions", () => {
  it("handles up to the limit at once and turns the next away at once, then makes room again", async () => {
    const gate = admission(2);
    const releases: (() => void)[] = [];
    const slow = () => new Promise<string>((resolve) => releases.push(() => resolve("done")));
    const first = gate.run(slow);
    const second = gate.run(slow);
    expect(gate.inFlight).toBe(2);
    expect(await gate.run(slow)).toBeNull();
    for (const release of releases) release();
    expect(await Promise.all([first, second])).toEqual(["done", "done"]);
    expect(gate.inFlight).toBe(0);
    expect(await gate.run(async () => "again")).toBe("again");
  });

  it("frees the place of a submission that failed", async () => {
    const gate = admission(1);
    await expect(gate.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(gate.inFlight).toBe(0);
  });
});

describe("the process's comment gate, as the proxy sees it", () => {
  it("is not full before the first comment, full while every place is taken, and free again after", async () => {
    const processWide = globalThis as unknown as { konsultacjeCommentGate?: unknown };
    const before = processWide.konsultacjeCommentGate;
    processWide.konsultacjeCommentGate = undefined;
    try {
      expect(commentGateFull()).toBe(false);
      const gate = commentGate(1);
      expect(commentGate(99)).toBe(gate); // one per process: the first limit stays
      let release = () => {};
      const running = gate.run(() => new Promise<void>((resolve) => (release = resolve)));
      expect(commentGateFull()).toBe(true);
      release();
      await running;
      expect(commentGateFull()).toBe(false);
    } finally {
      processWide.konsultacjeCommentGate = before;
    }
  });
});
