import { describe, expect, it } from 'vitest';
import { ageInMonths, carerRatio, classTypeForAge, fitsClass, maxClassSize, minCarers } from './class-rules';
import type { ClassType } from './provider-kinds';

describe('托育机构设置标准（试行） / 家庭托育点管理办法（试行） — classes', () => {
  describe('maxClassSize', () => {
    it.each<[ClassType, number]>([
      ['infant', 10],
      ['toddler_young', 15],
      ['toddler_older', 20],
      ['mixed', 18],
      ['family', 5],
    ])('%s takes at most %i children', (type, max) => {
      expect(maxClassSize(type)).toBe(max);
    });

    it('mixed class size follows the city setting; fixed sizes do not', () => {
      expect(maxClassSize('mixed', { mixedMaxSize: 16 })).toBe(16);
      expect(maxClassSize('infant', { mixedMaxSize: 16 })).toBe(10);
    });
  });

  describe('carerRatio (children per carer)', () => {
    it.each<[ClassType, number]>([
      ['infant', 3],
      ['toddler_young', 5],
      ['toddler_older', 7],
      ['mixed', 5],
      ['family', 3],
    ])('%s 1:%i', (type, ratio) => {
      expect(carerRatio(type)).toBe(ratio);
    });

    it('mixed ratio follows the city setting (param)', () => {
      expect(carerRatio('mixed', { mixedRatio: 4 })).toBe(4);
      expect(carerRatio('toddler_young', { mixedRatio: 4 })).toBe(5);
    });
  });

  describe('minCarers = ceil(children ÷ ratio)', () => {
    it.each<[ClassType, number, number]>([
      ['infant', 0, 0],
      ['infant', 1, 1],
      ['infant', 3, 1],
      ['infant', 4, 2],
      ['infant', 6, 2],
      ['infant', 7, 3],
      ['infant', 10, 4],
      ['toddler_young', 5, 1],
      ['toddler_young', 6, 2],
      ['toddler_young', 15, 3],
      ['toddler_older', 7, 1],
      ['toddler_older', 8, 2],
      ['toddler_older', 20, 3],
      ['mixed', 15, 3],
      ['mixed', 16, 4],
      ['mixed', 18, 4],
      ['family', 3, 1],
      ['family', 4, 2],
      ['family', 5, 2],
    ])('%s with %i children needs %i carer(s)', (type, children, carers) => {
      expect(minCarers(type, children)).toBe(carers);
    });

    it('uses the overridden mixed ratio', () => {
      expect(minCarers('mixed', 18, { mixedRatio: 6 })).toBe(3);
      expect(minCarers('mixed', 18, { mixedRatio: 4 })).toBe(5);
    });

    it.each([-1, 1.5, Number.NaN])('throws on %s children', (children) => {
      expect(() => minCarers('infant', children)).toThrow(RangeError);
    });
  });

  describe('classTypeForAge (whole months)', () => {
    it.each([
      [0, null],
      [5, null],
      [6, 'infant'],
      [11, 'infant'],
      [12, 'toddler_young'],
      [23, 'toddler_young'],
      [24, 'toddler_older'],
      [35, 'toddler_older'],
      [36, null],
      [48, null],
      [-1, null],
    ])('%i months → %s', (months, type) => {
      expect(classTypeForAge(months)).toBe(type);
    });
  });

  describe('fitsClass', () => {
    it.each<[ClassType, number, boolean]>([
      ['infant', 5, false],
      ['infant', 6, true],
      ['infant', 11, true],
      ['infant', 12, false],
      ['toddler_young', 11, false],
      ['toddler_young', 12, true],
      ['toddler_young', 24, false],
      ['toddler_older', 23, false],
      ['toddler_older', 35, true],
      ['toddler_older', 36, false],
      ['mixed', 17, false],
      ['mixed', 18, true],
      ['mixed', 35, true],
      ['mixed', 36, false],
      ['family', 0, true],
      ['family', 5, true],
      ['family', 35, true],
      ['family', 36, false],
      ['family', -1, false],
    ])('%s takes a child of %i months: %s', (type, months, fits) => {
      expect(fitsClass(type, months)).toBe(fits);
    });
  });

  describe('ageInMonths (whole months completed)', () => {
    it.each([
      ['same day', '2024-01-15', '2024-01-15', 0],
      ['one day short of a month', '2024-01-15', '2024-02-14', 0],
      ['one month', '2024-01-15', '2024-02-15', 1],
      ['born 31st, month too short: not yet on 02-29', '2024-01-31', '2024-02-29', 0],
      ['born 31st, completed on 03-01', '2024-01-31', '2024-03-01', 1],
      ['born 31st, 30-day month', '2024-03-31', '2024-04-30', 0],
      ['born 31st, next 31st', '2024-03-31', '2024-05-31', 2],
      ['leap-day birthday, non-leap Feb 28', '2024-02-29', '2025-02-28', 11],
      ['leap-day birthday, Mar 1', '2024-02-29', '2025-03-01', 12],
      ['leap-day birthday, next leap day', '2024-02-29', '2028-02-29', 48],
      ['across a year end', '2025-12-20', '2026-01-20', 1],
      ['day before 36 months', '2023-06-15', '2026-06-14', 35],
      ['36 months', '2023-06-15', '2026-06-15', 36],
      ['before birth', '2024-03-15', '2024-03-10', -1],
    ])('%s: born %s, on %s → %i', (_label, birth, on, months) => {
      expect(ageInMonths(birth, on)).toBe(months);
    });

    it.each([
      ['born 2025-06-15, on 2025-12-14', '2025-12-14', null],
      ['born 2025-06-15, on 2025-12-15', '2025-12-15', 'infant'],
      ['born 2025-06-15, on 2026-06-14', '2026-06-14', 'infant'],
      ['born 2025-06-15, on 2026-06-15', '2026-06-15', 'toddler_young'],
    ])('%s → %s', (_label, on, type) => {
      expect(classTypeForAge(ageInMonths('2025-06-15', on))).toBe(type);
    });

    it.each([
      ['2023-02-29', '2024-01-01'],
      ['2024-01-01', '2024-13-01'],
      ['20240101', '2024-02-01'],
    ])('throws on invalid dates %s, %s', (birth, on) => {
      expect(() => ageInMonths(birth, on)).toThrow(RangeError);
    });
  });
});
