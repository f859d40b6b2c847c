// A small seeded generator (mulberry32), so that a stress dataset is the same
// bytes for the same seed on every machine and in every test run.

export interface Random {
  /** uniform in [0, 1) */
  next(): number;
  /** whole number in [0, n) */
  int(n: number): number;
  /** one item of a non-empty list */
  pick<T>(items: readonly T[]): T;
  /** one key of `weights`, with probability proportional to its weight */
  weighted<K extends string | number>(weights: readonly (readonly [K, number])[]): K;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(items.length)]!;
    },
    weighted: (weights) => {
      const total = weights.reduce((sum, [, w]) => sum + w, 0);
      let at = next() * total;
      for (const [key, w] of weights) {
        at -= w;
        if (at < 0) return key;
      }
      return weights[weights.length - 1]![0];
    },
  };
}
