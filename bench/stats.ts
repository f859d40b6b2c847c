// Medians and spreads of a handful of timings: what npm run bench prints.

export interface Summary {
  /** middle sample (mean of the two middle ones for an even count) */
  median: number;
  min: number;
  max: number;
  /** 95th percentile (nearest rank); with few samples, close to max */
  p95: number;
  n: number;
}

export function summarise(samples: readonly number[]): Summary {
  if (samples.length === 0) return { median: NaN, min: NaN, max: NaN, p95: NaN, n: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, p95: percentile(sorted, 95), n: sorted.length };
}

/** Nearest-rank percentile of ascending `sorted`. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** "123 ms (110–140, n=5)" */
export function formatMs(s: Summary): string {
  if (s.n === 0) return 'not measured';
  const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
  return `${ms(s.median)} ms (${ms(s.min)}–${ms(s.max)}, n=${s.n})`;
}
