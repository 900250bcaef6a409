/** Cache key of the logged-in person (`GET /api/auth/me`), shared by the console and the API error hook. */
export const meQueryKey = ['auth', 'me'] as const;
