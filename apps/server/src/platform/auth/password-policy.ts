/**
 * The password policy for every password set through the API (own change, reset, new account),
 * in every mode: the length and username rules of @tuoyu/domain, never the published demo
 * password, and a zxcvbn strength score of at least 3 ("safely unguessable", ≥ 10^8 guesses).
 * zxcvbn lives only here, on the server: its dictionaries would add megabytes to the web bundle.
 */

import { checkPasswordPolicy, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@tuoyu/domain';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEn from '@zxcvbn-ts/language-en';
import { AppError } from '../errors';
import type { Bilingual } from '../i18n';

/** The password of every demo account, published in the README (demo/seed.ts): refused everywhere. */
export const DEMO_PASSWORD = 'Tuoyu@2025';

export const MIN_STRENGTH_SCORE = 3;

/** Words anyone attacking this platform tries first; with the account's own names as user inputs. */
const PLATFORM_WORDS = ['tuoyu', 'bayannur', DEMO_PASSWORD];

// Built once: the factory indexes the dictionaries (tens of thousands of words). No Levenshtein
// matching: it costs ~0.4 s a check and adds little once the demo password is refused outright.
let factory: ZxcvbnFactory | undefined;
export function strengthEstimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
  });
  return factory;
}

/** zxcvbn's warning keys, in both languages (its English pack has no Chinese counterpart). */
const WARNINGS: Record<string, Bilingual> = {
  straightRow: { zh: '键盘上连续的一排键很容易被猜中', en: zxcvbnEn.translations.warnings.straightRow },
  keyPattern: { zh: '简短的键盘图案很容易被猜中', en: zxcvbnEn.translations.warnings.keyPattern },
  simpleRepeat: { zh: '“aaa”这样的重复字符很容易被猜中', en: zxcvbnEn.translations.warnings.simpleRepeat },
  extendedRepeat: {
    zh: '“abcabc”这样的重复组合很容易被猜中',
    en: zxcvbnEn.translations.warnings.extendedRepeat,
  },
  sequences: { zh: '“abc”“123”这样的常见序列很容易被猜中', en: zxcvbnEn.translations.warnings.sequences },
  recentYears: { zh: '近年的年份很容易被猜中', en: zxcvbnEn.translations.warnings.recentYears },
  dates: { zh: '日期很容易被猜中', en: zxcvbnEn.translations.warnings.dates },
  topTen: { zh: '这是最常用的密码之一', en: zxcvbnEn.translations.warnings.topTen },
  topHundred: { zh: '这是常用密码之一', en: zxcvbnEn.translations.warnings.topHundred },
  common: { zh: '这是常用密码', en: zxcvbnEn.translations.warnings.common },
  similarToCommon: { zh: '与常用密码过于相似', en: zxcvbnEn.translations.warnings.similarToCommon },
  wordByItself: { zh: '单个单词很容易被猜中', en: zxcvbnEn.translations.warnings.wordByItself },
  namesByThemselves: { zh: '单独的姓名很容易被猜中', en: zxcvbnEn.translations.warnings.namesByThemselves },
  commonNames: { zh: '常见姓名很容易被猜中', en: zxcvbnEn.translations.warnings.commonNames },
  userInputs: {
    zh: '不要使用本人姓名、账号或本平台名称',
    en: 'Do not use your own name, your username or the platform’s name.',
  },
};

const FALLBACK_ADVICE: Bilingual = {
  zh: '请使用由几个不相关词语组成的较长口令，例如“河套-向日葵-Ride-47-Lamp”',
  en: 'Use a longer passphrase of several unrelated words, e.g. “河套-向日葵-Ride-47-Lamp”',
};

export const PASSWORD_PROBLEMS = {
  too_short: {
    zh: `密码太短：至少 ${PASSWORD_MIN_LENGTH} 个字符`,
    en: `Too short: at least ${PASSWORD_MIN_LENGTH} characters`,
  },
  too_long: {
    zh: `密码太长：最多 ${PASSWORD_MAX_LENGTH} 个字符`,
    en: `Too long: at most ${PASSWORD_MAX_LENGTH} characters`,
  },
  contains_username: { zh: '密码不能包含用户名', en: 'Must not contain your username' },
  demo_password: {
    zh: '这是公开的演示密码，任何人都知道',
    en: 'This is the published demo password: everyone knows it',
  },
  too_guessable: { zh: '密码太容易被猜中', en: 'Too easy to guess' },
} satisfies Record<string, Bilingual>;

export interface PasswordOwner {
  username: string;
  displayName?: string | null;
}

/** Why a password is refused, in both languages, or null when it is acceptable. */
export function passwordRefusal(password: string, owner: PasswordOwner): Bilingual | null {
  const { problems } = checkPasswordPolicy(password, { username: owner.username });
  if (problems.length > 0) return join(problems.map((p) => PASSWORD_PROBLEMS[p]));
  if (password.trim().toLowerCase() === DEMO_PASSWORD.toLowerCase()) {
    return join([PASSWORD_PROBLEMS.demo_password]);
  }
  const inputs = [owner.username, owner.displayName ?? '', ...PLATFORM_WORDS].filter((w) => w.length >= 3);
  const warning = weakness(password, inputs) ?? weakness(withoutWords(password, inputs), inputs);
  if (warning === undefined) return null;
  return join([PASSWORD_PROBLEMS.too_guessable, (warning && WARNINGS[warning]) || FALLBACK_ADVICE]);
}

/** undefined when zxcvbn scores the password ≥ 3, else its warning key (null when it has none). */
function weakness(password: string, inputs: string[]): string | null | undefined {
  const result = strengthEstimator().check(password, inputs);
  return result.score >= MIN_STRENGTH_SCORE ? undefined : result.feedback.warning;
}

/**
 * The password with the account's names and the platform's words taken out. zxcvbn rates a known
 * word as one guess, yet "tuoyu2026abc" scores 3 on the strength of "2026abc" alone: an attacker
 * who starts from those words must still face a strong remainder, so the remainder is scored too.
 */
function withoutWords(password: string, words: string[]): string {
  let rest = password;
  for (const w of words) rest = rest.split(new RegExp(escapeRegExp(w), 'i')).join('');
  return rest === password ? password : rest;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One sentence per reason: "密码太容易被猜中；与常用密码过于相似。" */
const join = (parts: Bilingual[]): Bilingual => ({
  zh: `${parts.map((p) => p.zh.replace(/[。.]$/, '')).join('；')}。`,
  en: `${parts.map((p) => p.en.replace(/\.$/, '')).join('. ')}.`,
});

/** 422 `auth.weak_password` saying on the field why the password is refused. */
export function assertPasswordPolicy(password: string, owner: PasswordOwner, path: string) {
  const refusal = passwordRefusal(password, owner);
  if (refusal) throw new AppError('auth.weak_password', {}, [{ path, message: refusal }]);
}
