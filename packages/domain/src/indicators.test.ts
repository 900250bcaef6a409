import { describe, expect, it } from 'vitest';
import { PLACES_TARGET_PER_1000, placesNeeded, placesPer1000 } from './indicators';

describe('SPEC §5 I-1 places per 1,000 residents (巴政办发〔2021〕20号 总体要求: ≥ 4)', () => {
  it('the plan target is 4', () => {
    expect(PLACES_TARGET_PER_1000).toBe(4);
  });

  describe('placesPer1000 (2 decimals, half up)', () => {
    it.each([
      [0, 1000, 0],
      [4, 1000, 4],
      [45, 10000, 4.5],
      [6155, 1538715, 4],
      [6154, 1538715, 4],
      [6140, 1538715, 3.99],
      [1, 3, 333.33],
      [2, 3, 666.67],
      [1, 1600, 0.63], // 0.625 rounds up
      [201, 200000, 1.01], // 1.005: naive float rounding gives 1.00
      [1, 8000, 0.13], // 0.125 rounds up
    ])('%i places, %i residents → %s', (places, population, rate) => {
      expect(placesPer1000(places, population)).toBe(rate);
    });

    it.each([0, -5])('null when the population is %i', (population) => {
      expect(placesPer1000(10, population)).toBeNull();
    });

    it.each([
      [-1, 1000],
      [1.5, 1000],
      [1, 1000.5],
    ])('throws on places %s, population %s', (places, population) => {
      expect(() => placesPer1000(places, population)).toThrow(RangeError);
    });
  });

  describe('placesNeeded = max(0, ceil(target × population ÷ 1000 − places))', () => {
    it.each([
      [0, 1000, 4, 4],
      [3, 1000, 4, 1],
      [4, 1000, 4, 0],
      [10, 1000, 4, 0],
      [0, 1001, 4, 5],
      [0, 250, 4, 1],
      [6154, 1538715, 4, 1],
      [6155, 1538715, 4, 0],
      [0, 100000, 1.1, 110], // 1.1 × 100000 ÷ 1000 is 110.00000000000001 in floating point
      [0, 1000, 4.5, 5],
      [0, 0, 4, 0],
    ])('%i places, %i residents, target %s → %i', (places, population, target, needed) => {
      expect(placesNeeded(places, population, target)).toBe(needed);
    });

    it('defaults to the plan target', () => {
      expect(placesNeeded(0, 1000)).toBe(4);
    });

    it.each([
      [-1, 1000, 4],
      [0, -1, 4],
      [0, 1000, -1],
      [0, 1000, 4.00001],
      [0, 1000, Number.NaN],
    ])('throws on places %s, population %s, target %s', (places, population, target) => {
      expect(() => placesNeeded(places, population, target)).toThrow(RangeError);
    });
  });
});
