import { addMonths, ageInDays, beijingDate } from '@tuoyu/domain';

/** Today's date in Beijing (the platform's calendar), `YYYY-MM-DD`. */
export const todayInBeijing = () => beijingDate(Date.now());

/** A child's age on `on` as whole months and the days past the last month birthday. */
export function ageParts(birthDate: string, on: string = todayInBeijing()): { months: number; days: number } {
  let months = 0;
  while (months < 240 && addMonths(birthDate, months + 1) <= on) months++;
  return { months, days: Math.max(0, ageInDays(addMonths(birthDate, months), on)) };
}

/** Age in months as a fraction (WHO month: 30.4375 days), for growth charts. */
export const ageMonthsOf = (ageDays: number) => ageDays / 30.4375;
