import { describe, expect, it } from 'vitest';
import { addDays, addMonths, childYear, type DatedCheckup, reportingPeriod } from './child-health';
import { cellDelta, childYearDates, managedAsOf, rateCells, reportingYearOf } from './child-health-ledger';

/** A small deterministic generator, so a failure names its case. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('the I-2 ledger (standards.md child health; issue 11 item 8)', () => {
  it.each([
    ['2026-01-01', '01-01', 2026],
    ['2026-12-31', '01-01', 2026],
    ['2025-09-30', '10-01', 2025],
    ['2025-10-01', '10-01', 2026],
    ['2026-09-30', '10-01', 2026],
  ])('%s falls in reporting year %s → %i', (date, start, year) => {
    expect(reportingYearOf(date, start)).toBe(year);
    const p = reportingPeriod(year, start);
    expect(date >= p.from && date <= p.to).toBe(true);
  });

  it('two dates per child-year give childYear’s answer at every evaluation date (2,000 random children)', () => {
    const next = rng(11);
    for (let n = 0; n < 2_000; n++) {
      const birth = addDays('2022-06-01', Math.floor(next() * 1_400));
      const w =
        next() < 0.5
          ? { windowDays: 30, windowMode: 'around' as const }
          : { windowDays: 30, windowMode: 'after' as const };
      const start = next() < 0.5 ? '01-01' : '10-01';
      const checkups: DatedCheckup[] = [];
      [3, 6, 8, 12, 18, 24, 30].forEach((m, i) => {
        if (next() < 0.8)
          checkups.push({ id: i + 1, date: addDays(addMonths(birth, m), Math.floor(next() * 80) - 40) });
      });
      const years = childYearDates(birth, checkups, w, start);
      for (const y of [2023, 2024, 2025, 2026, 2027]) {
        const period = reportingPeriod(y, start);
        const asOf = addDays(period.from, Math.floor(next() * 400));
        const want = childYear(birth, checkups, period, asOf, w);
        const dates = years.find((d) => d.year === y);
        const got = dates
          ? managedAsOf(dates, [asOf, period.to].sort()[0] as string)
          : { counted: false, managed: false };
        expect({ n, y, ...got }).toEqual({ n, y, counted: want.counted, managed: want.managed });
      }
    }
  });

  it('a child’s cells: entering on its first due date, failing on the first missed, its birth and newborn visit', () => {
    const birth = '2026-01-10';
    const checkups = [{ id: 1, date: '2026-04-12' }]; // satisfies 3 months; 6 months (07-10) missed
    const years = childYearDates(birth, checkups);
    expect(years.find((y) => y.year === 2026)).toEqual({
      year: 2026,
      firstDue: '2026-04-10',
      firstUnsatisfied: '2026-07-10',
    });
    const cells = rateCells(
      {
        divisionCode: '150802004',
        birthDate: birth,
        active: true,
        visits: [{ kind: 'newborn_visit', date: '2026-01-15' }],
      },
      years,
    );
    expect(cells).toContainEqual(expect.objectContaining({ day: '2026-01-10', births: 1, visited: 1 }));
    expect(cells).toContainEqual(expect.objectContaining({ year: 2026, day: '2026-04-10', entering: 1 }));
    expect(cells).toContainEqual(expect.objectContaining({ year: 2026, day: '2026-07-10', failing: 1 }));
    expect(
      rateCells({ divisionCode: '150802004', birthDate: birth, active: false, visits: [] }, years),
    ).toEqual([]);
  });

  it('the delta of a move takes the child out of one township and into another, and nets to nothing unchanged', () => {
    const years = childYearDates('2025-05-05', []);
    const a = rateCells(
      { divisionCode: '150802004', birthDate: '2025-05-05', active: true, visits: [] },
      years,
    );
    const b = rateCells(
      { divisionCode: '150821100', birthDate: '2025-05-05', active: true, visits: [] },
      years,
    );
    expect(cellDelta(a, a)).toEqual([]);
    const d = cellDelta(a, b);
    expect(
      d.filter((c) => c.divisionCode === '150802004').every((c) => c.entering <= 0 && c.births <= 0),
    ).toBe(true);
    expect(d.filter((c) => c.divisionCode === '150821100').reduce((s, c) => s + c.entering, 0)).toBe(
      years.length,
    );
  });
});
