/**
 * Instants and Beijing wall time. The platform stores instants as ISO-8601 UTC strings; people
 * and the rules read them in Beijing time (UTC+8 all year: China keeps no daylight saving). These
 * are the only conversions, used by the server and the web alike.
 */

const BEIJING_OFFSET_MS = 8 * 3600_000;

const shifted = (instant: string | number) =>
  new Date((typeof instant === 'string' ? Date.parse(instant) : instant) + BEIJING_OFFSET_MS).toISOString();

/** The Beijing calendar date (`YYYY-MM-DD`) of an instant (ISO string or epoch milliseconds). */
export const beijingDate = (instant: string | number): string => shifted(instant).slice(0, 10);

/** `2026-11-29 14:30`: an instant in Beijing time, for people to read. */
export const beijingDateTime = (instant: string | number): string =>
  shifted(instant).slice(0, 16).replace('T', ' ');

/** The instant (ISO UTC) of a Beijing date and wall-clock time (`HH:MM`, midnight by default). */
export const beijingInstant = (date: string, time = '00:00'): string =>
  new Date(`${date}T${time}:00+08:00`).toISOString();
