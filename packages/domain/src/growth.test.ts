import { describe, expect, it } from 'vitest';
import {
  DAYS_PER_MONTH,
  growthFlags,
  implausibleFields,
  lengthForAge,
  valueAtZ,
  weightForAgeAtMonths,
  weightForLength,
  zScores,
} from './growth';

const days = (months: number) => months * DAYS_PER_MONTH;

describe('WHO Child Growth Standards (2006), LMS z-scores as anthro computes them', () => {
  // Check values of ../shared/reference/who-growth/README.md, verified against WHO's tables.
  it.each([
    ['weight-for-age, boy, 12 months, 7.742 kg', () => weightForAgeAtMonths('male', 12, 7.742), -2],
    [
      'weight-for-age, boy, 12 months, 14.5 kg (restricted above +3 SD)',
      () => weightForAgeAtMonths('male', 12, 14.5),
      3.85,
    ],
    [
      'weight-for-age, boy, 12 months, 6.0 kg (restricted below −3 SD)',
      () => weightForAgeAtMonths('male', 12, 6),
      -4.14,
    ],
    ['length-for-age, boy, 12 months, 75.7 cm', () => lengthForAge('male', days(12), 75.7), -0.02],
    ['weight-for-length, boy, 75.0 cm, 9.0 kg', () => weightForLength('male', 300, 9, 75), -0.66],
    [
      'weight-for-length, boy, 75.0 cm, 7.0 kg (restricted)',
      () => weightForLength('male', 300, 7, 75),
      -3.81,
    ],
  ])('%s → z %d', (_, z, expected) => {
    expect(z()).toBeCloseTo(expected, 2);
  });

  // WHO's published SD columns (rounded to 0.1) against the values derived from the rows' L, M, S.
  it.each([
    ['weightForAge', 'male', 0, [2.1, 2.5, 2.9, 3.3, 3.9, 4.4, 5.0]],
    ['weightForAge', 'male', 3, [4.4, 5.0, 5.7, 6.4, 7.2, 8.0, 9.0]],
    ['weightForAge', 'male', 8, [6.2, 6.9, 7.7, 8.6, 9.6, 10.7, 11.9]],
    ['weightForAge', 'male', 18, [7.8, 8.8, 9.8, 10.9, 12.2, 13.7, 15.3]],
    ['weightForAge', 'male', 30, [9.4, 10.5, 11.8, 13.3, 15.0, 16.9, 19.0]],
    ['weightForAge', 'female', 3, [4.0, 4.5, 5.2, 5.8, 6.6, 7.5, 8.5]],
    ['weightForAge', 'female', 8, [5.6, 6.3, 7.0, 7.9, 9.0, 10.2, 11.6]],
    ['weightForAge', 'female', 36, [9.6, 10.8, 12.2, 13.9, 15.8, 18.1, 20.9]],
    ['headForAge', 'male', 0, [30.7, 31.9, 33.2, 34.5, 35.7, 37.0, 38.3]],
    ['headForAge', 'male', 18, [43.4, 44.7, 46.0, 47.4, 48.7, 50.0, 51.4]],
    ['lengthForAge', 'female', 6, [58.9, 61.2, 63.5, 65.7, 68.0, 70.3, 72.5]],
    ['lengthForAge', 'female', 24, [76.7, 80.0, 83.2, 86.4, 89.6, 92.9, 96.1]],
    ['heightForAge', 'female', 24, [76.0, 79.3, 82.5, 85.7, 88.9, 92.2, 95.4]],
    ['heightForAge', 'female', 30, [80.1, 83.6, 87.1, 90.7, 94.2, 97.7, 101.3]],
  ] as const)('%s %s %i months: the −3…+3 SD values WHO publishes', (table, sex, months, published) => {
    published.forEach((value, i) => {
      expect(Math.abs((valueAtZ(table, sex, months, i - 3) ?? Number.NaN) - value)).toBeLessThanOrEqual(
        0.05 + 1e-9,
      );
    });
  });

  it('interpolates between monthly rows by age in days', () => {
    const at = (d: number) => weightForAgeAtMonths('female', d / DAYS_PER_MONTH, 8) ?? 0;
    expect(at(days(8))).toBeGreaterThan(at(days(9)));
    expect(at(days(8.5))).toBeLessThan(at(days(8)));
    expect(at(days(8.5))).toBeGreaterThan(at(days(9)));
  });

  it('measures lying before 731 days and standing from them, adjusting a measurement taken the other way by 0.7 cm', () => {
    expect(lengthForAge('male', 700, 85, 'standing')).toBeCloseTo(
      lengthForAge('male', 700, 85.7, 'lying') ?? 0,
      2,
    );
    expect(lengthForAge('male', 740, 86, 'lying')).toBeCloseTo(
      lengthForAge('male', 740, 85.3, 'standing') ?? 0,
      2,
    );
  });

  it('flags implausible measurements by field (anthro: weight-for-age z > 5, length |z| > 6)', () => {
    const forty = zScores('male', days(6), { weightKg: 40, lengthCm: 67 });
    expect(implausibleFields(forty)).toEqual(['weightKg']);
    const tall = zScores('female', days(6), { weightKg: 7.5, lengthCm: 105 });
    expect(implausibleFields(tall)).toContain('lengthCm');
    expect(
      implausibleFields(zScores('female', days(6), { weightKg: 7.3, lengthCm: 65.7, headCm: 42 })),
    ).toEqual([]);
  });
});

describe('体弱儿 flags (standards.md, child health)', () => {
  it.each([
    [
      'z −2.01 weight-for-age → 低体重',
      { weightForAge: -2.01, lengthForAge: 0, weightForLength: 0 },
      200,
      undefined,
      ['underweight'],
    ],
    [
      'z −2.00 is not below −2',
      { weightForAge: -2, lengthForAge: -2, weightForLength: -2 },
      200,
      undefined,
      [],
    ],
    [
      'length-for-age −2.5 → 生长迟缓',
      { weightForAge: 0, lengthForAge: -2.5, weightForLength: 0 },
      200,
      undefined,
      ['stunted'],
    ],
    [
      'weight-for-length −2.2 → 消瘦',
      { weightForAge: 0, lengthForAge: 0, weightForLength: -2.2 },
      200,
      undefined,
      ['wasted'],
    ],
    [
      'weight-for-length 2.1 → 超重',
      { weightForAge: 0, lengthForAge: 0, weightForLength: 2.1 },
      200,
      undefined,
      ['overweight'],
    ],
    [
      'Hb 109 g/L at 8 months → 贫血 (< 110)',
      { weightForAge: 0, lengthForAge: 0, weightForLength: 0 },
      days(8),
      109,
      ['anaemia'],
    ],
    [
      'Hb 110 g/L at 8 months is not',
      { weightForAge: 0, lengthForAge: 0, weightForLength: 0 },
      days(8),
      110,
      [],
    ],
    [
      'Hb 95 g/L at 5 months → 贫血 (< 100)',
      { weightForAge: 0, lengthForAge: 0, weightForLength: 0 },
      days(5),
      95,
      ['anaemia'],
    ],
    [
      'Hb 95 g/L at 2 months is not (< 90)',
      { weightForAge: 0, lengthForAge: 0, weightForLength: 0 },
      days(2),
      95,
      [],
    ],
  ])('%s', (_, z, ageDays, hb, expected) => {
    expect(growthFlags(z, ageDays, hb)).toEqual(expected);
  });
});
