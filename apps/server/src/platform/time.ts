/** Times are stored as ISO-8601 UTC strings (sortable as text on both engines). */
import { beijingDate } from '@tuoyu/domain';

export { beijingDate, beijingDateTime, beijingInstant } from '@tuoyu/domain';

export const nowIso = () => new Date().toISOString();

export const addMinutes = (iso: string, minutes: number) =>
  new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/** Today's calendar date in Beijing (UTC+8): the date that working-day clocks count from. */
export const todayInBeijing = (now = Date.now()) => beijingDate(now);
