import { beijingDateTime } from '@tuoyu/domain';

const withSeconds = (iso: string) =>
  new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');

/** `2026-11-29 08:30:00` — the table convention of UX.md, in Beijing time whatever the device's zone. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? withSeconds(iso) : '';
}

/** `2026-11-29 08:30` — when seconds add nothing (last login); Beijing time. */
export function formatDateTimeShort(iso: string | null | undefined): string {
  return iso ? beijingDateTime(iso) : '';
}

/** True while a login lockout is still running. */
export function isFuture(iso: string | null | undefined): boolean {
  return !!iso && Date.parse(iso) > Date.now();
}
