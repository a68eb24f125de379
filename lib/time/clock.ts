/**
 * The server clock decides deadlines. Tests replace it through `setClockForTests`
 * (a fixed or shifted time) instead of touching the system clock.
 */
let override: (() => Date) | null = null;

export function now(): Date {
  return override ? override() : new Date();
}

export function setClockForTests(clock: (() => Date) | null): void {
  override = clock;
}
