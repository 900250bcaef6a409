import type { Me, Session } from '@tuoyu/contracts';
import { api } from './api';

/**
 * Cache key of who is logged in — Me, or null for nobody — shared by the console, the public
 * pages and the API error hook.
 */
export const meQueryKey = ['auth', 'me'] as const;

/**
 * Who is logged in, from `GET /api/auth/session`: it answers 200 with null for nobody, so a visit
 * to a public page logs no 401 (`/api/auth/me` keeps its 401 for API clients).
 */
export const sessionQuery = {
  queryKey: meQueryKey,
  queryFn: async ({ signal }: { signal: AbortSignal }): Promise<Me | null> =>
    (await api.get<Session>('/api/auth/session', undefined, signal)).user,
  staleTime: 5 * 60_000,
};
