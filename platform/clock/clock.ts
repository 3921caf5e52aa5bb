/** The source of "now" for every rule with a deadline; tests pass a fixed or moving clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock for tests: starts at `start` and moves only when told. */
export function fixedClock(
  start: Date | string,
): Clock & { set(d: Date | string): void; advance(ms: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (d) => {
      current = new Date(d);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

/**
 * The system clock shifted by an offset read from a file (milliseconds, e.g. "86400000"; empty or
 * missing = 0), re-read at most every 250 ms. Only for acceptance tests of deadlines in demo mode
 * (CLOCK_OFFSET_FILE): a browser test moves the server's "now" one second past a deadline without
 * waiting 21 days. Production never sets it (the environment schema refuses it there).
 */
export function offsetFileClock(readOffsetFile: () => string | null): Clock {
  let offset = 0;
  let readAt = 0;
  return {
    now() {
      const real = Date.now();
      if (real - readAt > 250) {
        readAt = real;
        const text = readOffsetFile()?.trim() ?? "";
        const parsed = Number(text);
        offset = text !== "" && Number.isFinite(parsed) ? parsed : 0;
      }
      return new Date(real + offset);
    },
  };
}
