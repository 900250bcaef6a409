/**
 * Filing numbers as printed on the receipt: `150802-2026-0001` (county code, year, sequence; the
 * server's format). People type them from paper, often with full-width digits or other dashes.
 */
const FILING_NUMBER = /^\d{6}-\d{4}-\d{4,}$/;

export function normalizeFilingNumber(input: string): string {
  return input
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[－—–‐‑−ー_\s]+/g, '-');
}

export function isFilingNumber(value: string): boolean {
  return FILING_NUMBER.test(value);
}
