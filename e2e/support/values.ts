import { randomInt } from 'node:crypto';

/** Characters a credit code may use (GB 32100-2015 leaves out I, O, S, V and Z). */
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** `n` random characters that fit a credit code, a name and a code alike: every row a test makes is its own. */
export function uniqueStamp(n = 6): string {
  return Array.from({ length: n }, () => CODE_CHARS[randomInt(CODE_CHARS.length)]).join('');
}

/** A Beijing calendar date `days` from today, as YYYY-MM-DD. */
export const beijingDate = (days = 0) =>
  new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
