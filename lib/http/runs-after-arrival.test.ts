import { describe, expect, it } from "vitest";
import { RunsAfterArrival } from "./runs-after-arrival";

/** A job whose runs the test ends by hand; each run's result is its number. */
function job() {
  let clock = 0;
  const ends: (() => void)[] = [];
  let runs = 0;
  const tick = () => ++clock;
  const runsOf = new RunsAfterArrival(
    () =>
      new Promise<number>((resolve) => {
        const n = ++runs;
        ends.push(() => resolve(n));
      }),
    tick,
  );
  return { runsOf, tick, end: (i: number) => ends[i]?.(), runs: () => runs };
}

describe("RunsAfterArrival", () => {
  it("callers who arrive before a run starts share it", async () => {
    const { runsOf, tick, end, runs } = job();
    const a = tick();
    const b = tick();
    const first = runsOf.resultFor(a);
    const second = runsOf.resultFor(b);
    expect(runs()).toBe(1);
    end(0);
    expect(await Promise.all([first, second])).toEqual([1, 1]);
    expect(runsOf.idle).toBe(true);
  });

  it("callers who arrive during a run get the next one, started when it ends, one for all of them", async () => {
    const { runsOf, tick, end, runs } = job();
    const early = runsOf.resultFor(tick());
    const during = [tick(), tick(), tick()].map((arrived) => runsOf.resultFor(arrived));
    expect(runs()).toBe(1); // not started alongside the run under way
    end(0);
    expect(await early).toBe(1);
    await Promise.resolve();
    expect(runs()).toBe(2);
    const later = runsOf.resultFor(tick()); // arrived after the second run started: a third
    end(1);
    expect(await Promise.all(during)).toEqual([2, 2, 2]);
    await Promise.resolve();
    expect(runs()).toBe(3);
    end(2);
    expect(await later).toBe(3);
    expect(runsOf.idle).toBe(true);
  });

  it("a caller who arrived before the run under way started shares it", async () => {
    const { runsOf, tick, end } = job();
    const arrived = tick();
    const other = runsOf.resultFor(tick());
    const mine = runsOf.resultFor(arrived);
    end(0);
    expect(await mine).toBe(1);
    expect(await other).toBe(1);
  });

  it("a failed run is not the end: the next caller's run goes ahead", async () => {
    let clock = 0;
    let calls = 0;
    const runsOf = new RunsAfterArrival(
      async () => {
        calls += 1;
        if (calls === 1) throw new Error("rendering failed");
        return calls;
      },
      () => ++clock,
    );
    await expect(runsOf.resultFor(++clock)).rejects.toThrow("rendering failed");
    expect(await runsOf.resultFor(++clock)).toBe(2);
  });
});
