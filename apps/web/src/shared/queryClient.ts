import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api';
import { onLangChange } from './i18n';

/** One cache for the whole app; public and console pages share it. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 4xx will not change on retry (not logged in, not allowed, bad filter); network blips may.
      retry: (failureCount, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
    },
  },
});

// Server texts (error details, division names in English, …) follow the language: refetch on switch.
onLangChange(() => {
  void queryClient.invalidateQueries();
});
