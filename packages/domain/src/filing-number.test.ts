import { describe, expect, it } from 'vitest';
import { formatFilingNumber, parseFilingNumber } from './filing-number';

describe('备案回执 filing numbers (SPEC C1, platform format)', () => {
  describe('formatFilingNumber', () => {
    it.each([
      ['150802', 2026, 1, '150802-2026-0001'],
      ['150821', 2026, 42, '150821-2026-0042'],
      ['150826', 2027, 9999, '150826-2027-9999'],
      ['150802', 2026, 10000, '150802-2026-10000'],
    ])('%s, %i, %i → %s', (county, year, seq, s) => {
      expect(formatFilingNumber(county, year, seq)).toBe(s);
    });

    it.each([
      ['5-digit county', '15080', 2026, 1],
      ['letter in county', '15080A', 2026, 1],
      ['3-digit year', '150802', 999, 1],
      ['5-digit year', '150802', 10000, 1],
      ['sequence 0', '150802', 2026, 0],
      ['negative sequence', '150802', 2026, -1],
      ['fractional sequence', '150802', 2026, 1.5],
    ])('throws on %s', (_label, county, year, seq) => {
      expect(() => formatFilingNumber(county, year, seq)).toThrow(RangeError);
    });
  });

  describe('parseFilingNumber', () => {
    it.each([
      ['150802-2026-0001', { countyCode: '150802', year: 2026, seq: 1 }],
      ['150825-2030-0123', { countyCode: '150825', year: 2030, seq: 123 }],
      ['150802-2026-10000', { countyCode: '150802', year: 2026, seq: 10000 }],
    ])('%s', (s, parts) => {
      expect(parseFilingNumber(s)).toEqual(parts);
      expect(formatFilingNumber(parts.countyCode, parts.year, parts.seq)).toBe(s);
    });

    it.each([
      ['sequence 0', '150802-2026-0000'],
      ['3-digit sequence', '150802-2026-001'],
      ['over-padded sequence', '150802-2026-00001'],
      ['5-digit county', '15080-2026-0001'],
      ['2-digit year', '150802-26-0001'],
      ['year 0999', '150802-0999-0001'],
      ['slashes', '150802/2026/0001'],
      ['surrounding space', ' 150802-2026-0001'],
      ['empty', ''],
    ])('rejects %s: %s', (_label, s) => {
      expect(parseFilingNumber(s)).toBeNull();
    });
  });
});
