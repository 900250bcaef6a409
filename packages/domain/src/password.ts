/**
 * Platform password policy, in the spirit of GB/T 22239-2019 (MLPS 2.0) level 3
 * "身份鉴别" (passwords must be hard to guess). The figures are the platform's; the rules here are
 * the ones a browser can check as the person types. The server adds the strength estimate
 * (zxcvbn, score ≥ 3) and refuses the published demo password — see docs/decisions.md. Character
 * class rules were dropped for that estimate (NIST SP 800-63B §5.1.1.2): "Password1!" has four
 * classes and is among the first guesses of any cracker, while a long passphrase has two.
 */

/** Minimum length in characters (Unicode code points). */
export const PASSWORD_MIN_LENGTH = 10;

/** Maximum length: bounds hashing cost, and nobody types more. */
export const PASSWORD_MAX_LENGTH = 128;

/** Usernames shorter than this are not searched for: "ab" would forbid too many passwords. */
const USERNAME_MIN_LENGTH = 3;

export type PasswordProblem = 'too_short' | 'too_long' | 'contains_username';

export interface PasswordCheck {
  ok: boolean;
  problems: PasswordProblem[];
}

/**
 * Checks a password against the platform's length and username rules: 10..128 characters and
 * not containing the username (case-insensitive) when the username has at least 3 characters.
 * Every problem found is listed, so the form can show them all at once.
 */
export function checkPasswordPolicy(pw: string, context?: { username?: string }): PasswordCheck {
  // Count code points, not UTF-16 units, so an emoji or CJK character counts as one.
  const length = [...pw].length;
  const problems: PasswordProblem[] = [];

  if (length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) problems.push('too_long');

  const username = context?.username?.trim() ?? '';
  if ([...username].length >= USERNAME_MIN_LENGTH && pw.toLowerCase().includes(username.toLowerCase())) {
    problems.push('contains_username');
  }

  return { ok: problems.length === 0, problems };
}
