/**
 * A seeded random source (sfc32, seeded through splitmix32), so one seed gives the same
 * organisation on every machine and Node version: Math.random cannot be seeded.
 */
export type Random = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Whole number in [min, max], both included. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One of `items`, chosen in proportion to `weights`. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** Up to `k` distinct items, in random order. */
  sample<T>(items: readonly T[], k: number): T[];
  /** Log-normal: exp of a normal with mean `mu` and deviation `sigma`. */
  logNormal(mu: number, sigma: number): number;
  uniform(min: number, max: number): number;
};

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function seededRandom(seed: number): Random {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  // A few rounds first, as sfc32's authors advise, so nearby seeds do not start alike.
  for (let i = 0; i < 12; i++) next();

  const r: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted: (items, weights) => {
      const total = weights.reduce((s, w) => s + w, 0);
      let x = next() * total;
      for (let i = 0; i < items.length; i++) {
        x -= weights[i] ?? 0;
        if (x < 0) return items[i] as (typeof items)[number];
      }
      return items[items.length - 1] as (typeof items)[number];
    },
    sample: (items, k) => {
      const n = Math.min(k, items.length);
      // Partial Fisher-Yates over indexes: O(k) for a small k out of a large list.
      const taken = new Map<number, number>();
      const out: (typeof items)[number][] = [];
      for (let i = 0; i < n; i++) {
        const j = i + Math.floor(next() * (items.length - i));
        const at = taken.get(j) ?? j;
        taken.set(j, taken.get(i) ?? i);
        out.push(items[at] as (typeof items)[number]);
      }
      return out;
    },
    logNormal: (mu, sigma) => {
      // Box-Muller; 1 - next() keeps the logarithm finite.
      const u = 1 - next();
      const v = next();
      return Math.exp(mu + sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
    },
    uniform: (min, max) => min + next() * (max - min),
  };
  return r;
}
