import dayjs from 'dayjs';

/** `2026-11-29 08:30:00` — the table convention of UX.md, in the browser's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : '';
}

/** `2026-11-29 08:30` — when seconds add nothing (last login). */
export function formatDateTimeShort(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '';
}

/** True while a login lockout is still running. */
export function isFuture(iso: string | null | undefined): boolean {
  return !!iso && dayjs(iso).isAfter(dayjs());
}
