/**
 * Runs of one job (rendering one page) such that every caller gets the result of a run that
 * started after the caller arrived, with one run at a time: callers who arrive during a run share
 * the next one, which starts when that run ends. So however many ask, and however often what the
 * job reads changes, the job runs at most once per run's length, and no caller gets a result
 * older than its arrival.
 */
export class RunsAfterArrival<T> {
  private current: { started: number; result: Promise<T> } | undefined;
  private next: Promise<T> | undefined;

  /** `tick` orders arrivals and starts (one counter for all: `arrived` comes from it). */
  constructor(
    private readonly run: () => Promise<T>,
    private readonly tick: () => number,
  ) {}

  resultFor(arrived: number): Promise<T> {
    if (this.current && this.current.started > arrived) return this.current.result;
    if (this.next) return this.next;
    const running = this.current;
    if (!running) return this.start();
    this.next = running.result.then(
      () => this.start(),
      () => this.start(),
    );
    return this.next;
  }

  /** Nothing under way or queued. */
  get idle(): boolean {
    return !this.current && !this.next;
  }

  private start(): Promise<T> {
    this.next = undefined;
    const started = this.tick();
    const result = this.run();
    const settled = () => {
      if (this.current?.started === started) this.current = undefined;
    };
    result.then(settled, settled);
    this.current = { started, result };
    return result;
  }
}

/**
 * Reads (a small query) such that every caller gets a read that started after it arrived, without
 * waiting for reads already under way: callers who arrive within one turn of the event loop share
 * one read, started when that turn's I/O is done (setImmediate). Reads may overlap, so under load
 * a caller waits about one read, not up to two as with one run at a time.
 */
export class ReadsAfterArrival<T> {
  private pending: Promise<T> | undefined;

  constructor(private readonly read: () => Promise<T>) {}

  result(): Promise<T> {
    this.pending ??= new Promise<T>((resolve, reject) => {
      setImmediate(() => {
        this.pending = undefined;
        this.read().then(resolve, reject);
      });
    });
    return this.pending;
  }
}
