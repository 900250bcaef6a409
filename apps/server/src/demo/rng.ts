/** The demo generators' random numbers: mulberry32 (small, fast, deterministic), so a seed always gives the same demo. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  return { next, int, pick };
}

/** A value drawn by the table's weights (they sum to 1; the first when they fall short). */
export function weighted<T>(r: ReturnType<typeof rng>, table: [T, number][]): T {
  let x = r.next();
  for (const [v, w] of table) {
    x -= w;
    if (x < 0) return v;
  }
  return table[0]?.[0] as T;
}
