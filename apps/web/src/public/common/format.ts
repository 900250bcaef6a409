/**
 * Formats shared by the public pages: names from the domain's bilingual lists, ages, dates, fees.
 * Only small pure helpers come from `@tuoyu/domain`; nothing here pulls zod into the public bundle.
 */
import { FEE_UNIT_NAMES, type FeeUnit, formatYuan, type LocalizedText } from '@tuoyu/domain';
import type { Lang, Translate } from '../../shared/i18n';

/** The text of a domain name list entry (SERVICE_FORM_NAMES, …) in the interface language. */
export function localName(text: LocalizedText, lang: Lang): string {
  return lang === 'en' ? text.en : text.zh;
}

/** A child's age as people say it: `8个月`, `1岁`, `1岁半`, `3岁`. */
export function formatAge(t: Translate, months: number): string {
  if (months >= 12 && months % 12 === 0) return t('find.age.years', { n: months / 12 });
  if (months >= 12 && months % 12 === 6) return t('find.age.yearsHalf', { n: (months - 6) / 12 });
  return t('find.age.months', { n: months });
}

/** The ages a provider takes, `6个月至3岁`; a range from 0 starts 出生 (birth). */
export function formatAgeRange(t: Translate, fromMonths: number, toMonths: number): string {
  const from = fromMonths === 0 ? t('find.age.birth') : formatAge(t, fromMonths);
  return t('find.age.range', { from, to: formatAge(t, toMonths) });
}

/** A date the way a document writes it (UX.md): `2026年11月29日`, `29 November 2026`; Beijing time. */
export function formatLongDate(lang: Lang, iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00+08:00` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'Asia/Shanghai',
  }).format(date);
}

/** An amount with its unit, `¥1,680.00/月` (UX.md money convention). */
export function formatFee(lang: Lang, fen: number, unit: FeeUnit): string {
  return `${formatYuan(fen)}/${localName(FEE_UNIT_NAMES[unit], lang)}`;
}

/** A figure with a fixed number of decimals, grouped the way the language writes it: `3.21`. */
export function formatDecimal(lang: Lang, value: number, digits = 2): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    value,
  );
}

/** A distance for a card: one decimal, `1.3`. */
export function formatKm(lang: Lang, km: number): string {
  return formatDecimal(lang, km, km < 10 ? 1 : 0);
}
