import { describe, expect, it } from 'vitest';
import { creditCodeAuthority, isValidCreditCode, makeCreditCode } from './credit-code';

describe('GB 32100-2015 统一社会信用代码', () => {
  describe('isValidCreditCode', () => {
    // Check characters computed independently (MOD 31 by hand script), not by the code under test.
    it.each([
      ['published sample', '91350100M000100Y43'],
      ['enterprise, Beijing', '91110000600037341L'],
      ['enterprise, Bayannur', '91150800MA0N000017'],
      ['编办 public institution', '12150800000000000D'],
      ['编办 organ', '11150802000000000D'],
      ['民政 social service organisation', '52150800MJY123456W'],
      ['other authority Y', 'Y1150800000000000J'],
    ])('accepts %s: %s', (_label, code) => {
      expect(isValidCreditCode(code)).toBe(true);
    });

    it.each([
      ['I in body', '91350100M000100I43'],
      ['O in body', '91350100O000100Y43'],
      ['Z in body', '9135010000Z0100Y43'],
      ['S as check', '91350100M000100Y4S'],
      ['V in body', '9V350100M000100Y43'],
      ['lowercase', '91350100m000100y43'],
      ['wrong check 4', '91350100M000100Y44'],
      ['wrong check 2', '91350100M000100Y42'],
      ['wrong check letter', '12150800000000000E'],
      ['17 characters', '91350100M000100Y4'],
      ['19 characters', '91350100M000100Y430'],
      ['empty', ''],
      ['surrounding space', ' 91350100M000100Y43'],
      ['letter in division code despite correct check', makeCreditCode('91A50100M000100Y4')],
    ])('rejects %s: %s', (_label, code) => {
      expect(isValidCreditCode(code)).toBe(false);
    });
  });

  describe('creditCodeAuthority', () => {
    it.each([
      ['11150802000000000D', 'bianban'],
      ['12150800000000000D', 'bianban'],
      ['52150800MJY123456W', 'civil'],
      ['91350100M000100Y43', 'samr'],
      ['Y1150800000000000J', 'other'],
      ['21150800000000000X', 'other'],
      ['', 'other'],
    ])('%s → %s', (code, authority) => {
      expect(creditCodeAuthority(code)).toBe(authority);
    });
  });

  describe('makeCreditCode', () => {
    it.each([
      ['91350100M000100Y4', '91350100M000100Y43'],
      ['91110000600037341', '91110000600037341L'],
      ['12150800000000000', '12150800000000000D'],
      ['52150800MJY123456', '52150800MJY123456W'],
      ['Y1150800000000000', 'Y1150800000000000J'],
    ])('appends the check character to %s', (prefix, code) => {
      expect(makeCreditCode(prefix)).toBe(code);
    });

    it('builds codes that validate', () => {
      for (const prefix of ['91150802MA0N00001', '52150821MJ0000001', '12150825000000001']) {
        expect(isValidCreditCode(makeCreditCode(prefix))).toBe(true);
      }
    });

    it.each([
      ['16 characters', '91350100M000100Y'],
      ['18 characters', '91350100M000100Y43'],
      ['lowercase', '91350100m000100y4'],
      ['contains I', '91350100I000100Y4'],
    ])('throws on %s', (_label, prefix) => {
      expect(() => makeCreditCode(prefix)).toThrow(RangeError);
    });
  });
});
