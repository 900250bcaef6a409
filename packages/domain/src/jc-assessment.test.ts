import { describe, expect, it } from 'vitest';
import {
  DEFAULT_JC_WEIGHTS,
  finalScore,
  gradeOf,
  indicatorScore,
  markAllowed,
  percentOf,
  ranksOf,
  weightedScore,
  weightProblems,
} from './jc-assessment';

describe('督查考核 三(三): an indicator’s score by its declared rule', () => {
  it.each([
    // places: ratio to the plan's target of 4 per 1,000, capped at 100
    ['places', 4, 100],
    ['places', 2, 50],
    ['places', 3.33, 83.25],
    ['places', 6.1, 100],
    ['places', 0, 0],
    // I-2: ratio to the plan's 92 %
    ['healthManagement', 92, 100],
    ['healthManagement', 46, 50],
    ['healthManagement', 95.5, 100],
    // rates: the rate in percent
    ['filingsOnTime', 87.5, 87.5],
    ['inspectionsDone', 100, 100],
    ['complaintsOnTime', 0, 0],
    ['tasksOnTime', 66.67, 66.67],
    // 无数据 stays 无数据, never 0
    ['places', null, null],
    ['tasksOnTime', null, null],
  ] as const)('%s %s → %s', (indicator, value, score) => {
    expect(indicatorScore(indicator, value)).toBe(score);
  });

  it.each([
    [7, 8, 87.5],
    [2, 3, 66.67],
    [0, 5, 0],
    [0, 0, null],
  ])('rate %i / %i → %s %%', (n, d, p) => expect(percentOf(n, d)).toBe(p));
});

describe('督查考核 三(三): the weighted sum, weights of 无数据 shared by the others', () => {
  it.each([
    {
      name: 'all present',
      items: [
        [50, 100],
        [50, 80],
      ],
      score: 90,
      effective: [50, 50],
    },
    {
      name: 'one absent',
      items: [
        [30, 100],
        [20, null],
        [50, 60],
      ],
      score: 75,
      effective: [37.5, 0, 62.5],
    },
    {
      name: 'weight 0 ignored',
      items: [
        [0, 10],
        [100, 70],
      ],
      score: 70,
      effective: [0, 100],
    },
    {
      name: 'none present',
      items: [
        [60, null],
        [40, null],
      ],
      score: null,
      effective: [0, 0],
    },
    {
      name: 'thirds',
      items: [
        [1, 100],
        [1, 100],
        [1, 0],
      ],
      score: 66.67,
      effective: [33.33, 33.33, 33.33],
    },
  ] as const)('$name', ({ items, score, effective }) => {
    const r = weightedScore(items.map(([weight, s]) => ({ weight, score: s })));
    expect(r.score).toBe(score);
    expect(r.effective).toEqual(effective);
  });
});

describe('督查考核 三(三): weights sum to 100 for each kind', () => {
  it('the defaults are valid', () => expect(weightProblems(DEFAULT_JC_WEIGHTS)).toEqual([]));
  it.each([
    [{ ...DEFAULT_JC_WEIGHTS, unit: { tasksOnTime: 90 } }, [{ path: 'unit', sum: 90 }]],
    [{ ...DEFAULT_JC_WEIGHTS.county, places: 31 }, [{ path: 'county', sum: 101 }]],
    [
      { ...DEFAULT_JC_WEIGHTS.county, places: 29.5, healthManagement: 20.5 },
      [{ path: 'county.places' }, { path: 'county.healthManagement' }],
    ],
  ] as const)('%j → %j', (w, problems) => {
    const weights = 'unit' in w ? w : { county: w, unit: DEFAULT_JC_WEIGHTS.unit };
    expect(weightProblems(weights)).toEqual(problems);
  });
});

describe('督查考核 三(三): marks bounded to ±10 in total, final score, grade, rank', () => {
  it.each([
    [[], 3, true],
    [[], 0, false],
    [[], 0.25, false],
    [[], 10.5, false],
    [[6], 4, true],
    [[6], 4.5, false],
    [[-8], -2, true],
    [[-8], -2.5, false],
    [[9], -19, true],
  ])('existing %j + %s allowed: %s', (existing, points, ok) =>
    expect(markAllowed(existing, points)).toBe(ok),
  );

  it.each([
    [85, [], 85],
    [85, [3, -1], 87],
    [98, [5], 100],
    [4, [-10], 0],
    [null, [5], null],
  ])('base %s with marks %j → %s', (base, marks, final) => expect(finalScore(base, marks)).toBe(final));

  it.each([
    [100, 'excellent'],
    [90, 'excellent'],
    [89.99, 'good'],
    [80, 'good'],
    [79.99, 'pass'],
    [60, 'pass'],
    [59.99, 'fail'],
    [0, 'fail'],
    [null, null],
  ] as const)('%s → %s', (score, grade) => expect(gradeOf(score)).toBe(grade));

  it('ranks by final score, ties share a rank, 无数据 unranked', () => {
    expect(ranksOf([80, 95, null, 80, 70])).toEqual([2, 1, null, 2, 4]);
  });
});
