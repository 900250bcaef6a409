/** Times are stored as ISO-8601 UTC strings (sortable as text on both engines). */
export const nowIso = () => new Date().toISOString();

export const addMinutes = (iso: string, minutes: number) =>
  new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/** `2026-11-29 14:30`, Beijing time, for messages shown to people. */
export function beijingTime(iso: string): string {
  const d = new Date(Date.parse(iso) + 8 * 3600_000);
  return d.toISOString().slice(0, 16).replace('T', ' ');
}

/** Today's calendar date in Beijing (UTC+8): the date that working-day clocks count from. */
export const todayInBeijing = (now = Date.now()) => new Date(now + 8 * 3600_000).toISOString().slice(0, 10);
