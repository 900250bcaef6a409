import { useQuery } from '@tanstack/react-query';
import type { Me } from '@tuoyu/contracts';
import { sessionQuery } from '../../shared/sessionKeys';

export type ParentSession =
  | { state: 'loading' }
  | { state: 'anonymous' }
  | { state: 'parent'; me: Me }
  | { state: 'other'; me: Me }
  | { state: 'error'; error: unknown };

/**
 * Who is looking, from `GET /api/auth/session` (the cache entry the console shares). Nobody
 * logged in is an ordinary answer, not a 401: the page shows a login link instead.
 */
export function useParentSession(): ParentSession {
  const me = useQuery(sessionQuery);
  if (me.isPending) return { state: 'loading' };
  if (me.isError) return { state: 'error', error: me.error };
  if (!me.data) return { state: 'anonymous' };
  // A parent is whoever books care (the same accounts apply for places and file complaints).
  return me.data.permissions.includes('bookings.book')
    ? { state: 'parent', me: me.data }
    : { state: 'other', me: me.data };
}

/** The login page, coming back here afterwards. */
export const loginHref = (here: string) => `/login?next=${encodeURIComponent(here)}`;

/** Query keys of this feature, for invalidation after a booking or a cancel. */
export const slotsKey = (providerId: number) => ['public', 'slots', providerId] as const;
export const myBookingsKey = ['my', 'bookings'] as const;
