import { useCallback } from 'react';
import { en } from './en';
import { enumMessages } from './enums';
import { type Lang, useLang } from './lang';
import { type MessageKey, zhCN } from './zh-CN';

export { type EnumMessageKey, enumKey } from './enums';
export { getLang, type Lang, onLangChange, setLang, useLang } from './lang';
export type { MessageKey } from './zh-CN';

const catalogues: Record<Lang, Record<string, string>> = {
  'zh-CN': { ...zhCN, ...enumMessages('zh-CN') },
  en: { ...en, ...enumMessages('en') },
};

/**
 * Adds a part's catalogues (the console registers its own when its chunk loads), so the first
 * page carries only the strings it shows.
 */
export function registerMessages(parts: Record<Lang, Record<string, string>>): void {
  Object.assign(catalogues['zh-CN'], parts['zh-CN']);
  Object.assign(catalogues.en, parts.en);
}

/** Values substituted for `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/** Looks up `key` in the catalogue of `lang` and fills its placeholders. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const template = catalogues[lang][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The `t()` function for the current language; components re-render when the language changes. */
export function useT(): Translate {
  const lang = useLang();
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}

/** Formats a whole number the way the current language writes it (1,538,715). */
export function formatInteger(lang: Lang, value: number): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}

/** Whether `key` is in the catalogue: for codes from the server (audit actions) that may be new. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogues['zh-CN'], key);
}
