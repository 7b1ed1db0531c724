/**
 * Seeded pseudo-random numbers. The engine never calls Math.random: every consumer receives an
 * `Rng`, so a run is reproducible from its seed.
 *
 * Generator: xoshiro128** (Blackman & Vigna), 32-bit state words via Math.imul, seeded through
 * splitmix32 so nearby seeds give unrelated streams. Uniforms carry 53 random bits.
 */
export interface Rng {
  /** Uniform on [0, 1). */
  uniform(): number;
  /** Standard normal (Box-Muller; the spare value is cached). */
  normal(): number;
  /** Uniform integer on [0, n), unbiased (rejection sampling). n must be in 1..2^32. */
  integer(n: number): number;
  /** Fisher-Yates shuffle in place; returns the same array. */
  shuffle<T extends { length: number; [i: number]: unknown }>(items: T): T;
  /** k indices drawn uniformly from [0, n) with replacement. */
  sampleWithReplacement(n: number, k: number): Int32Array;
}

/** splitmix32: one mixing step, used to expand seeds and to derive per-run seeds. */
export function mix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * The seed of run `index` of a job seeded with `seed`. Depends only on (seed, index), so a run
 * draws the same numbers whichever worker executes it.
 */
export function deriveSeed(seed: number, index: number): number {
  return mix32(mix32(seed >>> 0) ^ mix32((index >>> 0) + 0x632be5ab));
}

export function createRng(seed: number): Rng {
  let s0 = mix32(seed >>> 0);
  let s1 = mix32(s0 ^ 0x1b873593);
  let s2 = mix32(s1 ^ 0x7feb352d);
  let s3 = mix32(s2 ^ 0x846ca68b);
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1; // the all-zero state is a fixed point

  const next32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };

  let spare: number | null = null;
  const rng: Rng = {
    uniform() {
      const hi = next32() >>> 5; // 27 bits
      const lo = next32() >>> 6; // 26 bits
      return (hi * 67108864 + lo) / 9007199254740992;
    },
    normal() {
      if (spare !== null) {
        const value = spare;
        spare = null;
        return value;
      }
      let u = 0;
      while (u === 0) u = rng.uniform(); // log(0) is -Infinity
      const v = rng.uniform();
      const radius = Math.sqrt(-2 * Math.log(u));
      spare = radius * Math.sin(2 * Math.PI * v);
      return radius * Math.cos(2 * Math.PI * v);
    },
    integer(n) {
      if (!(n >= 1 && n <= 4294967296) || !Number.isInteger(n)) return Number.NaN;
      // Reject the top partial block of 2^32 so every residue is equally likely.
      const limit = 4294967296 - (4294967296 % n);
      let x = next32();
      while (x >= limit) x = next32();
      return x % n;
    },
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = rng.integer(i + 1);
        const tmp = items[i];
        items[i] = items[j];
        items[j] = tmp;
      }
      return items;
    },
    sampleWithReplacement(n, k) {
      const out = new Int32Array(k);
      for (let i = 0; i < k; i++) out[i] = rng.integer(n);
      return out;
    },
  };
  return rng;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
