import { describe, expect, it } from 'vitest';
import { formatYuan, yuanToFen } from './money';

describe('UX.md money convention (¥1,680.00, stored in 分)', () => {
  describe('formatYuan', () => {
    it.each([
      [0, '¥0.00'],
      [1, '¥0.01'],
      [99, '¥0.99'],
      [100, '¥1.00'],
      [99999, '¥999.99'],
      [100000, '¥1,000.00'],
      [168000, '¥1,680.00'],
      [168050, '¥1,680.50'],
      [123456789, '¥1,234,567.89'],
      [100000000, '¥1,000,000.00'],
      [-150, '-¥1.50'],
      [-168000, '-¥1,680.00'],
    ])('%i fen → %s', (fen, s) => {
      expect(formatYuan(fen)).toBe(s);
    });

    it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY])('throws on %s', (fen) => {
      expect(() => formatYuan(fen)).toThrow(RangeError);
    });
  });

  describe('yuanToFen', () => {
    it.each([
      ['1680.5', 168050],
      ['1680.50', 168050],
      ['1680', 168000],
      ['0', 0],
      ['0.01', 1],
      ['0.1', 10],
      ['007', 700],
      [' 12.3 ', 1230],
      ['90071992547409.91', Number.MAX_SAFE_INTEGER],
    ])('%s → %i', (s, fen) => {
      expect(yuanToFen(s)).toBe(fen);
    });

    it.each([
      ['three decimals', '1680.505'],
      ['negative', '-1'],
      ['empty', ''],
      ['spaces only', '  '],
      ['thousands separator', '1,680'],
      ['no integer part', '.5'],
      ['trailing point', '1.'],
      ['exponent', '1e3'],
      ['letters', 'abc'],
      ['yuan sign', '¥12'],
      ['full-width digits', '１２'],
      ['beyond the safe range', '90071992547409.92'],
    ])('rejects %s: %s', (_label, s) => {
      expect(yuanToFen(s)).toBeNull();
    });

    it.each(['0.01', '1680.5', '1234567.89'])('round-trips %s through formatYuan', (s) => {
      const fen = yuanToFen(s);
      expect(fen).not.toBeNull();
      if (fen !== null) expect(yuanToFen(formatYuan(fen).slice(1).replaceAll(',', ''))).toBe(fen);
    });
  });
});
