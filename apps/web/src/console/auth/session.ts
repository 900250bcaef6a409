import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me } from '@tuoyu/contracts';
import { createContext, useCallback, useContext } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../shared/api';
import { meQueryKey, sessionQuery } from '../../shared/sessionKeys';

export { meQueryKey };

/** The logged-in person from the session cookie, or null: the session gate sends nobody to login. */
export function useMeQuery() {
  return useQuery(sessionQuery);
}

export const MeContext = createContext<Me | null>(null);

/** The logged-in person inside the console (the session gate guarantees there is one). */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe() used outside the console session gate');
  return me;
}

/** Ends the session, forgets every cached answer (they belong to that person) and goes to login. */
export function useLogout(): () => Promise<void> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } finally {
      // Even if the server is unreachable, this browser must not keep showing the person's data.
      queryClient.clear();
      await navigate('/login', { replace: true });
    }
  }, [queryClient, navigate]);
}

/**
 * Where to go after logging in: a path on this site only (never `//host`, never the API), so a
 * parent who logged in to book returns to the page they came from.
 */
export function safeNextPath(next: string | null): string {
  if (
    next?.startsWith('/') &&
    !next.startsWith('//') &&
    !next.startsWith('/api') &&
    !next.startsWith('/login')
  )
    return next;
  return '/console';
}
