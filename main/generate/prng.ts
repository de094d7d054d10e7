// A small seeded pseudo-random generator (mulberry32), so that a generated landlord is the same
// for the same seed on every machine: Math.random cannot be seeded.

export interface Prng {
  /** a number in [0, 1) */
  next(): number;
  /** a whole number from min to max, both included */
  int(min: number, max: number): number;
  /** true with the given probability */
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** one of the choices, each as likely as its weight */
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
  /** a generator of its own for one part of the work, so that changing one register leaves the others as they were */
  fork(name: string): Prng;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a name, to derive a fork's seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function prng(seed: number): Prng {
  const next = mulberry32(seed);
  const self: Prng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)]!,
    weighted(choices) {
      const total = choices.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [value, w] of choices) {
        r -= w;
        if (r < 0) return value;
      }
      return choices[choices.length - 1]![0];
    },
    fork: (name) => prng((hash(name) ^ seed) >>> 0),
  };
  return self;
}
