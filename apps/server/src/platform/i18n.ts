/** The language of an answer: Chinese unless the caller asks for English first. */
export type Lang = 'zh' | 'en';

export function langOf(acceptLanguage: string | string[] | undefined): Lang {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : (acceptLanguage ?? '');
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}

/** A message in both languages; `{name}` placeholders are filled from params. */
export interface Bilingual {
  zh: string;
  en: string;
}

export function render(msg: Bilingual, lang: Lang, params: Record<string, string | number> = {}): string {
  return msg[lang].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

/** A message in both languages, Chinese first: what errors, field problems and notices carry. */
export const msg = (zh: string, en: string): Bilingual => ({ zh, en });
