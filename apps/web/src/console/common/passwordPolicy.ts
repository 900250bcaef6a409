import { checkPasswordPolicy } from '@tuoyu/domain';
import type { Translate } from '../../shared/i18n';

/**
 * Instant feedback on the rules a browser can check (≥ 10 characters, not containing the
 * username — @tuoyu/domain). The server also estimates how guessable the password is (zxcvbn,
 * kept out of this bundle) and refuses the demo password; its reason lands on the field.
 */
export function passwordProblem(password: string, t: Translate, username?: string): string | null {
  const { problems } = checkPasswordPolicy(password, username ? { username } : undefined);
  if (problems.includes('too_short')) return t('password.tooShort');
  if (problems.includes('contains_username')) return t('password.containsUsername');
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
