/**
 * Mainland China mobile numbers — numbering plan of the Ministry of Industry and Information
 * Technology, 《电信网编号计划（2017年版）》: 11 digits, leading 1, second digit 3–9.
 */

const MOBILE = /^1[3-9]\d{9}$/;

/** Whether `s` is a mainland China mobile number (11 digits, `1[3-9]` prefix, 电信网编号计划). */
export function isValidMobile(s: string): boolean {
  return MOBILE.test(s);
}

/**
 * Masks a mainland mobile number for lists: first 3 + 4 asterisks + last 4, e.g. `138****0000`.
 * Input that is not 11 characters is masked entirely, so a malformed value never leaks in full.
 */
export function maskMobile(s: string): string {
  if (s.length !== 11) return '*'.repeat(s.length);
  return `${s.slice(0, 3)}****${s.slice(7)}`;
}
