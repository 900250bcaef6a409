/**
 * Platform password policy, in the spirit of GB/T 22239-2019 (MLPS 2.0) level 3
 * "身份鉴别": passwords must be complex and changed regularly. The figures are the platform's.
 */

/** Minimum length in characters (Unicode code points). */
export const PASSWORD_MIN_LENGTH = 10;

/** Maximum length: bounds hashing cost, and nobody types more. */
export const PASSWORD_MAX_LENGTH = 128;

/** Minimum number of character classes out of lowercase, uppercase, digit, other. */
export const PASSWORD_MIN_CLASSES = 3;

/** Usernames shorter than this are not searched for: "ab" would forbid too many passwords. */
const USERNAME_MIN_LENGTH = 3;

export type PasswordProblem = 'too_short' | 'too_few_classes' | 'contains_username' | 'too_long';

export interface PasswordCheck {
  ok: boolean;
  problems: PasswordProblem[];
}

/** Number of classes present among lowercase, uppercase, digit and other (anything else). */
function countClasses(chars: readonly string[]): number {
  let lower = false;
  let upper = false;
  let digit = false;
  let other = false;
  for (const c of chars) {
    if (c >= 'a' && c <= 'z') lower = true;
    else if (c >= 'A' && c <= 'Z') upper = true;
    else if (c >= '0' && c <= '9') digit = true;
    else other = true;
  }
  return [lower, upper, digit, other].filter(Boolean).length;
}

/**
 * Checks a password against the platform policy (GB/T 22239-2019 level 3 spirit):
 * 10..128 characters, at least 3 of 4 classes (lowercase, uppercase, digit, other), and not
 * containing the username (case-insensitive) when the username has at least 3 characters.
 * Every problem found is listed, so the form can show them all at once.
 */
export function checkPasswordPolicy(pw: string, context?: { username?: string }): PasswordCheck {
  // Count code points, not UTF-16 units, so an emoji or CJK character counts as one.
  const chars = [...pw];
  const problems: PasswordProblem[] = [];

  if (chars.length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (chars.length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  if (countClasses(chars) < PASSWORD_MIN_CLASSES) problems.push('too_few_classes');

  const username = context?.username?.trim() ?? '';
  if ([...username].length >= USERNAME_MIN_LENGTH && pw.toLowerCase().includes(username.toLowerCase())) {
    problems.push('contains_username');
  }

  return { ok: problems.length === 0, problems };
}
