import { describe, expect, it } from 'vitest';
import {
  checkPasswordPolicy,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordProblem,
} from './password';

describe('GB/T 22239-2019 level 3 password policy', () => {
  it('fixes the limits', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(10);
    expect(PASSWORD_MAX_LENGTH).toBe(128);
  });

  it.each<[string, string, string | undefined, PasswordProblem[]]>([
    ['10 chars, upper+lower+digit', 'Abcdefgh12', undefined, []],
    ['lower+digit+symbol', 'abcdefgh1!', undefined, []],
    ['upper+digit+symbol', 'ABCDEFGH1!', undefined, []],
    ['all four classes', 'Tuoyu#2025pw', undefined, []],
    ['exactly 128', `Aa1${'x'.repeat(125)}`, undefined, []],
    ['CJK counts as other, 10 code points', '托育平台密码Ab12', undefined, []],
    ['emoji counts once per code point', '😀😀😀😀😀😀😀Ab1', undefined, []],
    ['9 chars, four classes', 'Abcdef1!x', undefined, ['too_short']],
    ['CJK, 9 code points', '托育平台密码Ab1', undefined, ['too_short']],
    ['129 chars', `Aa1${'x'.repeat(126)}`, undefined, ['too_long']],
    ['lowercase only', 'abcdefghijkl', undefined, ['too_few_classes']],
    ['lower+digit', 'abcdefgh12', undefined, ['too_few_classes']],
    ['upper+digit', 'ABCDEFGH1234', undefined, ['too_few_classes']],
    ['short, one class', 'abc', undefined, ['too_short', 'too_few_classes']],
    ['empty', '', undefined, ['too_short', 'too_few_classes']],
    ['contains username', 'Zhangsan2024!', 'zhangsan', ['contains_username']],
    ['contains username, other case', 'xxADMIN2024!', 'admin', ['contains_username']],
    ['username trimmed', 'Wanglei#2025', '  wanglei ', ['contains_username']],
    ['3-char username counts', 'Liu#20250101', 'liu', ['contains_username']],
    ['2-char username ignored', 'Abcdefgh12', 'ab', []],
    ['username absent from password', 'Abcdefgh12', 'zhangsan', []],
    ['empty username', 'Abcdefgh12', '', []],
    ['everything wrong', 'admin', 'admin', ['too_short', 'too_few_classes', 'contains_username']],
  ])('%s', (_label, pw, username, problems) => {
    const result = checkPasswordPolicy(pw, username === undefined ? undefined : { username });
    expect(result).toEqual({ ok: problems.length === 0, problems });
  });
});
