import { describe, expect, it } from 'vitest';
import { isValidMobile, maskMobile } from './mobile';

describe('电信网编号计划 mainland mobile numbers', () => {
  describe('isValidMobile', () => {
    it.each(['13800000000', '13912345678', '15048123456', '16600000001', '17712345678', '19912345678'])(
      'accepts %s',
      (s) => {
        expect(isValidMobile(s)).toBe(true);
      },
    );

    it.each([
      ['second digit 2', '12800000000'],
      ['second digit 0', '10800000000'],
      ['leading 2', '23800000000'],
      ['10 digits', '1380000000'],
      ['12 digits', '138000000000'],
      ['country code', '+8613800000000'],
      ['spaces', '138 0000 0000'],
      ['letter', '1380000000a'],
      ['full-width digits', '１３８０００００００'],
      ['trailing newline', '13800000000\n'],
      ['empty', ''],
    ])('rejects %s: %j', (_label, s) => {
      expect(isValidMobile(s)).toBe(false);
    });
  });

  describe('maskMobile', () => {
    it.each([
      ['13800000000', '138****0000'],
      ['19912345678', '199****5678'],
      ['12345', '*****'],
      ['', ''],
    ])('masks %s as %s', (s, masked) => {
      expect(maskMobile(s)).toBe(masked);
    });
  });
});
