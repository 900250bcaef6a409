import { ageParts, todayInBeijing } from '../../shared/charts/age';
import type { Translate } from '../../shared/i18n';

/** A child's age in plain words on `on` (today in Beijing by default): 1岁3个月, 5个月12天, 20天. */
export function ageText(t: Translate, birthDate: string, on: string = todayInBeijing()): string {
  const { months, days } = ageParts(birthDate, on);
  if (months >= 12) return t('ch.age.years', { y: Math.floor(months / 12), m: months % 12 });
  if (months > 0) return t('ch.age.months', { m: months, d: days });
  return t('ch.age.days', { d: days });
}

/** A rate in percent with one decimal, or the "none" dash. */
export const percentText = (t: Translate, rate: number | null) =>
  rate === null ? t('common.none') : `${rate.toFixed(1)}%`;
