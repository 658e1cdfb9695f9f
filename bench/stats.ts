// Repeated timings and their medians. Tools are timed round-robin (one run of each in turn), so a burst
// of load on a shared machine hits every column alike and the ratios between them hold.
import { performance } from 'node:perf_hooks';

export type Timed = Record<string, () => unknown>;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/**
 * Median milliseconds of each function over `runs` round-robin rounds, after one warm-up round (none
 * for three runs or fewer: those are the huge documents, where one run is long enough to warm up).
 */
export function medians(fns: Timed, runs: number): Record<string, number> {
  const times: Record<string, number[]> = {};
  for (const name of Object.keys(fns)) {
    if (runs > 3) fns[name]();
    times[name] = [];
  }
  const entries = Object.entries(fns);
  for (let r = 0; r < runs; r++) {
    // Rotate the order: the garbage one tool leaves behind is collected during the next one.
    for (let k = 0; k < entries.length; k++) {
      const [name, fn] = entries[(r + k) % entries.length];
      const t0 = performance.now();
      fn();
      times[name].push(performance.now() - t0);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

export const fmt = (ms: number | null | undefined): string =>
  ms === null || ms === undefined ? '—' : ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`;
