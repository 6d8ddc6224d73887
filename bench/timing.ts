// Timing for the benches: the median of several runs, each after a garbage collection (the benches
// run with --expose-gc), so one collection landing in a run does not decide the number.

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function median(samples: number[]): number {
  return [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

/** Median milliseconds of `runs` calls of `fn(i)`. */
export function medianMs(runs: number, fn: (i: number) => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const start = performance.now();
    fn(i);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** Median milliseconds of `runs` awaited calls of `fn(i)`, after `warmUp` calls not counted. */
export async function medianMsAsync(
  runs: number,
  fn: (i: number) => unknown,
  { warmUp = 0 } = {},
): Promise<number> {
  for (let i = 0; i < warmUp; i++) await fn(-1);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return median(samples);
}
