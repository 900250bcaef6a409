import { describe, expect, it } from 'vitest';
import {
  checkPasswordPolicy,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordProblem,
} from './password';

describe('GB/T 22239-2019 level 3 password policy: length and username (strength is the server’s)', () => {
  it('fixes the limits', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(10);
    expect(PASSWORD_MAX_LENGTH).toBe(128);
  });

  it.each<[string, string, string | undefined, PasswordProblem[]]>([
    ['length: exactly 10', 'Abcdefgh12', undefined, []],
    ['length: exactly 128', `Aa1${'x'.repeat(125)}`, undefined, []],
    ['length: CJK, 10 code points', '托育平台密码Ab12', undefined, []],
    ['length: an emoji counts once per code point', '😀😀😀😀😀😀😀Ab1', undefined, []],
    ['length: a passphrase of two classes is long enough', 'river lamp sunflower', undefined, []],
    ['length: 9 characters', 'Abcdef1!x', undefined, ['too_short']],
    ['length: CJK, 9 code points', '托育平台密码Ab1', undefined, ['too_short']],
    ['length: empty', '', undefined, ['too_short']],
    ['length: 129 characters', `Aa1${'x'.repeat(126)}`, undefined, ['too_long']],
    ['username: contained', 'Zhangsan2024!', 'zhangsan', ['contains_username']],
    ['username: other case', 'xxADMIN2024!', 'admin', ['contains_username']],
    ['username: trimmed', 'Wanglei#2025', '  wanglei ', ['contains_username']],
    ['username: 3 characters count', 'Liu#20250101', 'liu', ['contains_username']],
    ['username: 2 characters ignored', 'Abcdefgh12', 'ab', []],
    ['username: absent from the password', 'Abcdefgh12', 'zhangsan', []],
    ['username: empty', 'Abcdefgh12', '', []],
    ['both rules broken', 'admin', 'admin', ['too_short', 'contains_username']],
  ])('%s', (_label, pw, username, problems) => {
    const result = checkPasswordPolicy(pw, username === undefined ? undefined : { username });
    expect(result).toEqual({ ok: problems.length === 0, problems });
  });
});
