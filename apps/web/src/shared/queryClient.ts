import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api';
import { onLangChange } from './i18n';
import { meQueryKey } from './sessionKeys';

/**
 * The server demands a password change (an administrator reset it during this session): the API
 * client already moves to the password page; refreshing the session makes the console show the
 * "must change first" version of it.
 */
function onApiError(error: Error): void {
  if (error instanceof ApiError && error.code === 'auth.password_change_required') {
    void queryClient.invalidateQueries({ queryKey: meQueryKey });
  }
}

/** One cache for the whole app; public and console pages share it. */
export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 4xx will not change on retry (not logged in, not allowed, bad filter); network blips may.
      retry: (failureCount, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
    },
  },
});

// Server texts (error details, …) follow the language: refetch what is on screen after a switch.
onLangChange(() => {
  void queryClient.invalidateQueries();
});
