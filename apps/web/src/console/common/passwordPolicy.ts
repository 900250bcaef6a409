import type { Translate } from '../../shared/i18n';

/**
 * Instant feedback on the password policy (≥ 10 characters, 3 of 4 character classes — MLPS 2.0
 * "strong login"). The server enforces the same policy and has the last word; this only saves a
 * round trip while the person types.
 */
export function passwordProblem(password: string, t: Translate): string | null {
  if (password.length < 10) return t('password.tooShort');
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) return t('password.tooSimple');
  return null;
}

/** An Ant Design form rule from `passwordProblem`. */
export function passwordRule(t: Translate) {
  return {
    validator: async (_rule: unknown, value: string | undefined) => {
      if (!value) return;
      const problem = passwordProblem(value, t);
      if (problem) throw new Error(problem);
    },
  };
}
