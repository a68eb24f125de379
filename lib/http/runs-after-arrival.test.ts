import { describe, expect, it } from "vitest";
import { ReadsAfterArrival, RunsAfterArrival } from "./runs-after-arrival";

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

describe("ReadsAfterArrival", () => {
  /** A read whose answers the test gives by hand; it records what the world was when each read started. */
  function reads() {
    let world = 0;
    const started: number[] = [];
    const answers: (() => void)[] = [];
    const of = new ReadsAfterArrival(
      () =>
        new Promise<number>((resolve) => {
          const seen = world;
          started.push(seen);
          answers.push(() => resolve(seen));
        }),
    );
    return { of, started, answer: (i: number) => answers[i]?.(), change: () => ++world };
  }
  const turn = () => new Promise((resolve) => setImmediate(resolve));

  it("callers of one turn of the event loop share one read, started after all of them arrived", async () => {
    const { of, started, answer, change } = reads();
    const first = of.result();
    change(); // a write committed after the first caller arrived, in the same turn
    const second = of.result();
    expect(started).toEqual([]); // not read yet: a read started now would miss what came before the second caller
    await turn();
    expect(started).toEqual([1]);
    answer(0);
    expect(await Promise.all([first, second])).toEqual([1, 1]);
  });

  it("a caller arriving while a read is under way gets a read of its own, without waiting for that one", async () => {
    const { of, started, answer, change } = reads();
    const early = of.result();
    await turn();
    change();
    const late = of.result();
    await turn();
    expect(started).toEqual([0, 1]); // two reads in flight at once
    answer(1);
    expect(await late).toBe(1); // answered while the first read is still out
    answer(0);
    expect(await early).toBe(0);
  });

  it("a failed read fails its callers only: the next turn reads again", async () => {
    let calls = 0;
    const of = new ReadsAfterArrival(async () => {
      calls += 1;
      if (calls === 1) throw new Error("connection lost");
      return calls;
    });
    await expect(of.result()).rejects.toThrow("connection lost");
    expect(await of.result()).toBe(2);
  });
});
