import { useQuery } from '@tanstack/react-query';
import type { Me } from '@tuoyu/contracts';
import { ApiError, api } from '../../shared/api';
import { meQueryKey } from '../../shared/sessionKeys';

export type ParentSession =
  | { state: 'loading' }
  | { state: 'anonymous' }
  | { state: 'parent'; me: Me }
  | { state: 'other'; me: Me }
  | { state: 'error'; error: unknown };

/**
 * Who is looking, from `GET /api/auth/me` (the cache entry the console shares). On public pages a
 * 401 does not redirect: the page shows a login link instead.
 */
export function useParentSession(): ParentSession {
  const me = useQuery({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => api.get<Me>('/api/auth/me', undefined, signal),
    staleTime: 5 * 60_000,
  });
  if (me.isPending) return { state: 'loading' };
  if (me.isError) {
    return me.error instanceof ApiError && me.error.status === 401
      ? { state: 'anonymous' }
      : { state: 'error', error: me.error };
  }
  return me.data.role === 'parent' ? { state: 'parent', me: me.data } : { state: 'other', me: me.data };
}

/** The login page, coming back here afterwards. */
export const loginHref = (here: string) => `/login?next=${encodeURIComponent(here)}`;

/** Query keys of this feature, for invalidation after a booking or a cancel. */
export const slotsKey = (providerId: number) => ['public', 'slots', providerId] as const;
export const myBookingsKey = ['my', 'bookings'] as const;
