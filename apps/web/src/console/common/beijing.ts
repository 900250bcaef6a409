/**
 * Beijing time in the console whatever the device's time zone (issue 13 item 9): a regulator's
 * laptop set to another zone still sees the platform's days and hours. Date pickers hold calendar
 * days as local-midnight dayjs values, so "today" for a picker is the Beijing date parsed locally,
 * and a date-time picker shows the Beijing wall clock, read back as Beijing time on submit.
 */
import { beijingDate, beijingDateTime, beijingInstant } from '@tuoyu/domain';
import dayjs, { type Dayjs } from 'dayjs';

/** Today's Beijing date, `YYYY-MM-DD`. */
export const beijingToday = () => beijingDate(Date.now());

/** Today's Beijing date as a date-picker value. */
export const beijingTodayValue = () => dayjs(beijingToday());

/** The Beijing wall clock of an instant (now by default) as a date-time-picker value. */
export const beijingWallClock = (iso?: string) => dayjs(beijingDateTime(iso ?? Date.now()).replace(' ', 'T'));

/** A date-time-picker value read as Beijing wall-clock time: the instant, ISO UTC. */
export const instantFromBeijing = (d: Dayjs) => beijingInstant(d.format('YYYY-MM-DD'), d.format('HH:mm'));
