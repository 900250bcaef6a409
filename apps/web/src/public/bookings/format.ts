import { beijingDate } from '@tuoyu/domain';
import type { Lang } from '../../shared/i18n';

/** A slot's day as people say it: `11月30日 周一`, `Mon 30 Nov`; the date is a Beijing date. */
export function formatSlotDay(lang: Lang, date: string): string {
  const d = new Date(`${date}T12:00:00+08:00`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(lang, {
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    timeZone: 'Asia/Shanghai',
  }).format(d);
}

/** Today in Beijing, `YYYY-MM-DD` (the largest birth date a form accepts). */
export const todayInBeijing = () => beijingDate(Date.now());
