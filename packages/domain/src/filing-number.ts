/**
 * Filing numbers printed on the 备案回执 (receipt, SPEC C1): `<county code>-<year>-<sequence>`, e.g.
 * `150802-2026-0001` — the GB/T 2260 code of the filing county, the year of filing and the county's
 * running number in that year, at least 4 digits. The format is the platform's own.
 */

const SHAPE = /^(\d{6})-(\d{4})-(\d{4,})$/;

export interface FilingNumber {
  /** GB/T 2260 six-digit division code of the county that filed, e.g. 150802 临河区. */
  countyCode: string;
  year: number;
  /** Running number within the county and year, from 1. */
  seq: number;
}

/**
 * `150802-2026-0001` from its parts; the sequence is zero-padded to 4 digits and may grow beyond.
 *
 * @throws RangeError when the county code is not 6 digits, the year not 1000–9999 or the sequence
 * not a positive integer.
 */
export function formatFilingNumber(countyCode: string, year: number, seq: number): string {
  if (!/^\d{6}$/.test(countyCode)) throw new RangeError(`county code must be 6 digits: ${countyCode}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`year must have 4 digits: ${year}`);
  }
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError(`seq must be a positive integer: ${seq}`);
  return `${countyCode}-${year}-${String(seq).padStart(4, '0')}`;
}

/**
 * Parts of a filing number, or null when `s` is not one in its canonical form (so `0001` but not
 * `00001`, and sequence 0 is refused): every accepted string formats back to itself.
 */
export function parseFilingNumber(s: string): FilingNumber | null {
  const m = SHAPE.exec(s);
  if (!m) return null;
  const countyCode = m[1] ?? '';
  const year = Number(m[2]);
  const seq = Number(m[3]);
  if (year < 1000 || !Number.isSafeInteger(seq) || seq < 1) return null;
  if (formatFilingNumber(countyCode, year, seq) !== s) return null;
  return { countyCode, year, seq };
}
