/** One row of the benchmark table. Times are medians over `runs` repetitions. */
export interface BenchRow {
  suite: string;
  case: string;
  /** Median wall time in milliseconds. */
  medianMs: number;
  runs: number;
  /** The target this row is judged against, in words (e.g. "< 250 ms"), and whether it was met. */
  target?: string;
  met?: boolean;
  /** Anything else worth printing: throughput, p99, memory, reference timings. */
  note?: string;
}

export interface BenchSuite {
  name: string;
  run(): Promise<BenchRow[]>;
}

/** Median of `runs` timings of `fn` after one warm-up call. */
export async function timeMedian(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
}
