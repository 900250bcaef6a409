import { describe, expect, it } from 'vitest';
import { isValidResidentId, makeResidentId, maskResidentId, parseResidentId } from './resident-id';

/** Fixed "today" (local calendar date 2025-06-15) so date rules do not drift with the clock. */
const TODAY = new Date(2025, 5, 15, 12, 0, 0);

describe('GB 11643-1999 公民身份号码', () => {
  describe('isValidResidentId', () => {
    // Check characters computed independently (ISO 7064 MOD 11-2 by hand script), not by the code under test.
    it.each([
      ['published sample', '11010519491231002X'],
      ['Bayannur 临河区', '150802199001011239'],
      ['leap day in a year divisible by 400', '15080220000229001X'],
      ['leap day in 2024', '150802202402290026'],
      ['Shenzhen', '440304198510102454'],
      ['earliest accepted date 1900-01-01', '150802190001010008'],
      ['sequence 999', '150802201212319997'],
      ['Bayannur 五原县', '150822199511204562'],
      ['born today', '15080220250615001X'],
      ['lowercase x is normalised', '11010519491231002x'],
      ['lowercase x on another number', '15080220000229001x'],
    ])('accepts %s: %s', (_label, id) => {
      expect(isValidResidentId(id, TODAY)).toBe(true);
    });

    it.each([
      ['wrong check digit', '11010519491231002'.concat('1')],
      ['wrong check X where digit expected', '15080219900101123X'],
      ['wrong check digit instead of X', '110105194912310020'],
      ['check off by one', '150802199001011238'],
      ['17 characters', '11010519491231002'],
      ['19 characters', '11010519491231002X0'],
      ['empty', ''],
      ['letter in body', '1101051949123100AX'],
      ['check character Y', '11010519491231002Y'],
      ['surrounding space', ' 11010519491231002X'],
      ['inner hyphen', '110105-9491231002X'],
      ['full-width digits', '１１０１０５１９４９１２３１００２Ｘ'],
      ['Feb 29 in non-leap 1999', '15080219990229001X'],
      ['Feb 29 in century non-leap 1900', '150802190002290013'],
      ['Feb 30 in leap 2024', '15080220240230001X'],
      ['month 13', '150802190013020019'],
      ['month 00', '150802199000010015'],
      ['day 32', '150802199001320015'],
      ['day 00', '150802199001000011'],
      ['April 31', '150802199004310015'],
      ['before 1900', '150802189912310011'],
      ['birth date tomorrow', '150802202506160015'],
      ['birth date in 2100', '150802210001010011'],
    ])('rejects %s: %s', (_label, id) => {
      expect(isValidResidentId(id, TODAY)).toBe(false);
    });

    it('defaults today to the current date', () => {
      expect(isValidResidentId('11010519491231002X')).toBe(true);
      expect(isValidResidentId('150802210001010011')).toBe(false);
    });

    it('moves with the given today', () => {
      expect(isValidResidentId('150802202506160015', TODAY)).toBe(false);
      expect(isValidResidentId('150802202506160015', new Date(2025, 5, 16))).toBe(true);
    });
  });

  describe('parseResidentId', () => {
    it.each([
      ['11010519491231002X', { birthDate: '1949-12-31', sex: 'female', divisionCode: '110105' }],
      ['11010519491231002x', { birthDate: '1949-12-31', sex: 'female', divisionCode: '110105' }],
      ['150802199001011239', { birthDate: '1990-01-01', sex: 'male', divisionCode: '150802' }],
      ['440304198510102454', { birthDate: '1985-10-10', sex: 'male', divisionCode: '440304' }],
      ['150822199511204562', { birthDate: '1995-11-20', sex: 'female', divisionCode: '150822' }],
      ['150802202402290026', { birthDate: '2024-02-29', sex: 'female', divisionCode: '150802' }],
      ['150802201212319997', { birthDate: '2012-12-31', sex: 'male', divisionCode: '150802' }],
    ])('reads %s', (id, expected) => {
      expect(parseResidentId(id)).toEqual(expected);
    });

    it.each([
      ['wrong check', '110105194912310021'],
      ['Feb 29 non-leap', '15080219990229001X'],
      ['17 characters', '11010519491231002'],
      ['future', '150802210001010011'],
    ])('returns null for %s', (_label, id) => {
      expect(parseResidentId(id)).toBeNull();
    });
  });

  describe('maskResidentId', () => {
    it.each([
      ['15080219900101123X', '150802********123X'],
      ['11010519491231002X', '110105********002X'],
      ['11010519491231002x', '110105********002X'],
      ['150802199001011239', '150802********1239'],
      ['1234', '****'],
      ['', ''],
    ])('masks %s as %s', (id, masked) => {
      expect(maskResidentId(id)).toBe(masked);
    });
  });

  describe('makeResidentId', () => {
    it.each([
      ['110105', '1949-12-31', 2, '11010519491231002X'],
      ['150802', '1990-01-01', 123, '150802199001011239'],
      ['150802', '2000-02-29', 1, '15080220000229001X'],
      ['150802', '1900-01-01', 0, '150802190001010008'],
      ['150802', '2012-12-31', 999, '150802201212319997'],
      ['150802', '2100-01-01', 1, '150802210001010011'],
    ])('builds %s %s seq %i → %s', (division, birth, seq, expected) => {
      expect(makeResidentId(division, birth, seq)).toBe(expected);
    });

    it.each([
      ['short division code', '15080', '1990-01-01', 1],
      ['letter in division code', '15080A', '1990-01-01', 1],
      ['Feb 29 non-leap', '150802', '2023-02-29', 1],
      ['month 13', '150802', '1990-13-01', 1],
      ['not ISO shape', '150802', '1990/01/01', 1],
      ['seq negative', '150802', '1990-01-01', -1],
      ['seq 1000', '150802', '1990-01-01', 1000],
      ['seq fractional', '150802', '1990-01-01', 1.5],
    ])('throws on %s', (_label, division, birth, seq) => {
      expect(() => makeResidentId(division, birth, seq)).toThrow(RangeError);
    });

    it('round-trips through parseResidentId for every sex digit', () => {
      for (let seq = 0; seq < 10; seq++) {
        const id = makeResidentId('150825', '2023-07-09', seq);
        expect(isValidResidentId(id, TODAY)).toBe(true);
        expect(parseResidentId(id, TODAY)).toEqual({
          birthDate: '2023-07-09',
          sex: seq % 2 === 1 ? 'male' : 'female',
          divisionCode: '150825',
        });
      }
    });
  });
});
