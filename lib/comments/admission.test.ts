import { describe, expect, it } from "vitest";
import { admission } from "./admission";

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
