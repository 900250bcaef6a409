/**
 * Indicator I-1, care places (托位) per 1,000 residents — SPEC §5 I-1; target ≥ 4 by 2025, Bayannur
 * plan 巴政办发〔2021〕20号 总体要求 ("全市每千人口拥有婴幼儿托位数达到4个以上").
 *
 * Integer arithmetic (BigInt) throughout, so a figure exactly on a rounding or target boundary is
 * not tipped over by binary floating point (4.000000001 problems).
 */

/** Places per 1,000 residents the plan requires (巴政办发〔2021〕20号 总体要求). */
export const PLACES_TARGET_PER_1000 = 4;

/** Target is held as an integer number of ten-thousandths, enough for published targets like 4.5. */
const TARGET_SCALE = 10_000;

function assertCount(name: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${name} must be a non-negative integer: ${n}`);
}

/**
 * Places per 1,000 residents, rounded half up to 2 decimals (SPEC §5 I-1): places × 1000 ÷
 * population. Null when the population is 0 or less (no figure to show, not zero).
 *
 * @throws RangeError when `places` is not a non-negative integer or `population` not an integer.
 */
export function placesPer1000(places: number, population: number): number | null {
  assertCount('places', places);
  if (!Number.isSafeInteger(population)) throw new RangeError(`population must be an integer: ${population}`);
  if (population <= 0) return null;
  // Hundredths of a place per 1,000: places × 100,000 ÷ population, rounded half up.
  const num = BigInt(places) * 100_000n;
  const den = BigInt(population);
  const hundredths = (num * 2n + den) / (den * 2n);
  return Number(hundredths) / 100;
}

/**
 * Places still needed to reach `target` per 1,000 residents: max(0, ⌈target × population ÷ 1000 −
 * places⌉) (SPEC §5 I-1; default target {@link PLACES_TARGET_PER_1000}). `target` may have up to
 * 4 decimals (e.g. the national 4.5).
 *
 * @throws RangeError for negative or non-integer places or population, or a target that is
 * negative or has more than 4 decimals.
 */
export function placesNeeded(
  places: number,
  population: number,
  target: number = PLACES_TARGET_PER_1000,
): number {
  assertCount('places', places);
  assertCount('population', population);
  const scaled = Math.round(target * TARGET_SCALE);
  if (!(target >= 0) || Math.abs(scaled / TARGET_SCALE - target) > 1e-9) {
    throw new RangeError(`target must be ≥ 0 with at most 4 decimals: ${target}`);
  }
  // needed = ⌈(scaled × population − places × 1000 × SCALE) ÷ (1000 × SCALE)⌉ in integers.
  const den = 1000n * BigInt(TARGET_SCALE);
  const num = BigInt(scaled) * BigInt(population) - BigInt(places) * den;
  if (num <= 0n) return 0;
  return Number((num + den - 1n) / den);
}
