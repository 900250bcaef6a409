import { useSyncExternalStore } from 'react';

/** The two interface languages; zh-CN is the default (SPEC §7). */
export type Lang = 'zh-CN' | 'en';

const STORAGE_KEY = 'tuoyu.lang';

function readStoredLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    // Storage can be blocked (private mode, strict settings): fall back to the default.
    return 'zh-CN';
  }
}

let current: Lang = readStoredLang();
const listeners = new Set<() => void>();
document.documentElement.lang = current;

/** The language in use now; the API client reads it for `Accept-Language` outside React. */
export function getLang(): Lang {
  return current;
}

/** Switches the interface language everywhere and remembers the choice on this device. */
export function setLang(lang: Lang): void {
  if (lang === current) return;
  current = lang;
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered across visits, but the switch still works for this page.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current language, re-rendering the caller when it changes. */
export function useLang(): Lang {
  return useSyncExternalStore(subscribe, getLang);
}

/** Calls `listener` after every language switch (e.g. to refetch server messages). */
export function onLangChange(listener: () => void): () => void {
  return subscribe(listener);
}
