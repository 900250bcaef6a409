import type { Translate } from '../../shared/i18n';

/**
 * Instant feedback on the password policy (≥ 10 characters, 3 of 4 character classes, not
 * containing the username — MLPS 2.0 "strong login"). The server enforces the same policy and
 * has the last word; this only saves a round trip while the person types.
 */
export function passwordProblem(password: string, t: Translate, username?: string): string | null {
  if (password.length < 10) return t('password.tooShort');
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) return t('password.tooSimple');
  if (username && password.toLowerCase().includes(username.toLowerCase()))
    return t('password.containsUsername');
  return null;
}

/** An Ant Design form rule from `passwordProblem`; `username` may be read at validation time. */
export function passwordRule(t: Translate, username?: () => string | undefined) {
  return {
    validator: async (_rule: unknown, value: string | undefined) => {
      if (!value) return;
      const problem = passwordProblem(value, t, username?.());
      if (problem) throw new Error(problem);
    },
  };
}
