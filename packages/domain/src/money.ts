/**
 * Money — amounts are stored as integer 分 (fen, 1/100 yuan) so sums are exact; shown as
 * `¥1,680.00` (UX.md money convention: `¥1,680.00/月`, stored in 分).
 */

const GROUPS = /\B(?=(\d{3})+(?!\d))/g;
const YUAN_INPUT = /^(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Formats integer fen as yuan with thousands separators and two decimals (UX.md): 168000 →
 * `¥1,680.00`, -150 → `-¥1.50`. Grouping is done by hand, not by `Intl`, so output never depends
 * on the runtime's locale data.
 *
 * @throws RangeError when `fen` is not a safe integer.
 */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`fen must be an integer: ${fen}`);
  const abs = Math.abs(fen);
  const yuan = String(Math.floor(abs / 100)).replace(GROUPS, ',');
  const cents = String(abs % 100).padStart(2, '0');
  return `${fen < 0 ? '-' : ''}¥${yuan}.${cents}`;
}

/**
 * Parses a yuan amount typed by a user into integer fen: `'1680.5'` → 168050. Accepts digits with
 * at most two decimals and surrounding spaces; null for anything else (negative, more decimals,
 * separators, full-width digits, empty, beyond the safe-integer range). The sum is done in BigInt
 * so a long input cannot silently lose precision.
 */
export function yuanToFen(s: string): number | null {
  const m = YUAN_INPUT.exec(s.trim());
  if (!m) return null;
  const fen = BigInt(m[1] ?? '0') * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
  return fen <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(fen) : null;
}
